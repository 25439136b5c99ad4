// Items 5 and 6 of issue 9: values fetch (or the timer) would mangle are refused before anything is
// sent, as argument errors, instead of failing later as a retried "connection failure" or a timeout
// after 1 ms: timeouts at or above 2^31 ms, control characters in the key, onBehalfOf or headers,
// reserved header names, credentials in baseUrl, a whitespace-only onBehalfOf. A body that cannot be
// parsed (100,000-deep JSON) gives the response's own typed error.
import { afterEach, describe, expect, it } from 'vitest';
import { CometChatArgumentError, CometChatBadRequestError, CometChatInvalidResponseError, createCometChatClient, type ClientOptions } from '../src/index.ts';
import { API_KEY, conversation, rejection, startServer } from './helpers.ts';

const MAX_TIMER = 2 ** 31 - 1;
type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A real server that answers every request with `body`; counts what reaches it and what fetch was asked to send. */
async function serve(status = 200, body = JSON.stringify({ data: [conversation()] })) {
  const seen = { requests: 0, fetches: 0 };
  server = await startServer((_req, res) => {
    seen.requests++;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
  const create = (options: Partial<ClientOptions> = {}) =>
    createCometChatClient({ baseUrl: server!.url, apiKey: API_KEY, onBehalfOf: 'me', fetch: (request, init) => (seen.fetches++, fetch(request, init)), ...options } as ClientOptions);
  return { seen, create };
}

const refusedAtCreation = (options: Partial<ClientOptions>) => {
  try {
    createCometChatClient({ baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, ...options } as ClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(CometChatArgumentError);
    return error as CometChatArgumentError;
  }
  throw new Error('expected createCometChatClient to throw');
};

describe('timer limits (item 5)', () => {
  it.each(['timeoutMs', 'maxRetryWaitMs'] as const)('%s of 2^31 ms or more is refused when the client is created', (name) => {
    expect(refusedAtCreation({ [name]: MAX_TIMER + 1 }).argument).toBe(name);
    expect(refusedAtCreation({ [name]: 2 ** 40 }).argument).toBe(name);
    expect(() => createCometChatClient({ baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, [name]: MAX_TIMER })).not.toThrow();
  });

  it('a call with timeoutMs of 2^31 is refused before sending (Node would fire the timer after 1 ms)', async () => {
    const { seen, create } = await serve();
    const error = await rejection(create().getUserConversation({ uid: 'u' }, { timeoutMs: MAX_TIMER + 1 }));
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect((error as CometChatArgumentError).argument).toBe('timeoutMs');
    expect(seen.requests).toBe(0);
    await expect(create().getUserConversation({ uid: 'u' }, { timeoutMs: MAX_TIMER })).resolves.toEqual(conversation());
  });
});

describe('control characters and reserved headers (item 6)', () => {
  const CONTROL = ['\x01', '\x7f', '\x1b', '\x00'];

  it.each(CONTROL)('%j in apiKey is refused when the client is created', (c) => {
    expect(refusedAtCreation({ apiKey: `key${c}rest` }).argument).toBe('apiKey');
  });

  it.each(CONTROL)('%j in onBehalfOf or a header is refused at creation and in calls; nothing is sent, nothing retried', async (c) => {
    expect(refusedAtCreation({ onBehalfOf: `me${c}` }).argument).toBe('onBehalfOf');
    expect(refusedAtCreation({ headers: { 'x-note': `a${c}b` } }).argument).toBe('headers.x-note');
    const { seen, create } = await serve();
    const client = create({ maxRetries: 2 });
    expect(((await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: `me${c}` }))) as CometChatArgumentError).argument).toBe('onBehalfOf');
    expect(((await rejection(client.getUserConversation({ uid: 'u' }, { headers: { 'x-note': `a${c}b` } }))) as CometChatArgumentError).argument).toBe('headers.x-note');
    expect(seen).toEqual({ requests: 0, fetches: 0 });
  });

  it.each(['connection', 'transfer-encoding', 'Host', 'keep-alive', 'upgrade', 'expect', 'content-length', 'te', 'trailer'])('the reserved header %s is refused', async (name) => {
    expect(refusedAtCreation({ headers: { [name]: 'x' } }).argument).toBe(`headers.${name}`);
    const { seen, create } = await serve();
    const error = await rejection(create().getUserConversation({ uid: 'u' }, { headers: { [name]: 'x' } }));
    expect((error as CometChatArgumentError).argument).toBe(`headers.${name}`);
    expect(seen).toEqual({ requests: 0, fetches: 0 });
  });

  it('a baseUrl with user:password is refused when the client is created, without echoing the password', () => {
    const error = refusedAtCreation({ baseUrl: 'http://user:hunter2@127.0.0.1/v3' });
    expect(error.argument).toBe('baseUrl');
    expect(error.message).not.toContain('hunter2');
  });

  it.each([' ', '   ', '\t'])('a whitespace-only onBehalfOf (%j) is refused, as a default and in a call', async (onBehalfOf) => {
    expect(refusedAtCreation({ onBehalfOf }).argument).toBe('onBehalfOf');
    const { seen, create } = await serve();
    const error = await rejection(create().getUserConversation({ uid: 'u', onBehalfOf }));
    expect((error as CometChatArgumentError).argument).toBe('onBehalfOf');
    expect(seen.requests).toBe(0);
  });
});

describe('bodies that cannot be parsed (item 6)', () => {
  const deep = (depth: number) => `{"data":${'['.repeat(depth)}${']'.repeat(depth)}}`;

  it('a 200 with 100,000-deep JSON is an invalid response error, not a RangeError', async () => {
    const { create } = await serve(200, deep(100_000));
    const error = await rejection(create({ maxRetries: 0 }).getUserConversation({ uid: 'u' }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.status).toBe(200);
  });

  it('a 400 with 100,000-deep JSON stays a bad request error and is not retried', async () => {
    const { seen, create } = await serve(400, `{"error":${deep(100_000)}}`);
    const error = await rejection(create({ maxRetries: 2 }).getUserConversation({ uid: 'u' }));
    expect(error).toBeInstanceOf(CometChatBadRequestError);
    expect(error.status).toBe(400);
    expect(seen.requests).toBe(1);
  });
});
