// Item 4 of issue 9: the API key is in no rendering of any error: not through a key with surrounding
// whitespace (refused), not through the cause chain (a user's fetch that throws an Error, an
// AggregateError or a string naming the key), not through a 2xx body that carries the key as \u00XX
// escapes, and not through response headers that echo it (util.inspect with showHidden).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CometChatArgumentError, CometChatConnectionError, CometChatError, CometChatInvalidResponseError, CometChatPermissionDeniedError, createCometChatClient } from '../src/index.ts';
import { API_KEY, clientWith, errorBody, json, rejection } from './helpers.ts';

/** Every rendering of an error that can reach a log. */
const renderings = (error: unknown) =>
  [
    String((error as Error).message),
    String((error as Error).stack),
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    inspect(error, { depth: Infinity }),
    String(error),
  ].join('\n');

const failWith = async (fetch: () => Promise<Response>) => {
  const { client } = clientWith(() => fetch(), { maxRetries: 0 });
  return rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
};

describe('a key with surrounding whitespace', () => {
  it.each([` ${API_KEY}`, `${API_KEY} `, `\t${API_KEY}`, `${API_KEY}\t`])('is refused when the client is created, without naming it (%j)', (apiKey) => {
    let error: unknown;
    try {
      createCometChatClient({ baseUrl: 'http://127.0.0.1/v3', apiKey });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect((error as CometChatArgumentError).argument).toBe('apiKey');
    expect(renderings(error)).not.toContain(API_KEY);
  });
});

describe('the cause chain', () => {
  it('an Error thrown by a custom fetch that names the key', async () => {
    const error = await failWith(() => Promise.reject(Object.assign(new Error(`cannot send apikey ${API_KEY}`), { code: 'ECONNRESET', cause: new Error(`deeper ${API_KEY}`) })));
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect((error.cause as { code?: string }).code).toBe('ECONNRESET');
    expect(renderings(error)).not.toContain(API_KEY);
    expect(inspect(error, { depth: 10 })).toContain('[redacted]');
  });

  it('an AggregateError naming the key in one of its errors', async () => {
    const error = await failWith(() => Promise.reject(new AggregateError([new Error('first'), new Error(`second ${API_KEY}`)], 'all failed')));
    expect(renderings(error)).not.toContain(API_KEY);
    expect(inspect(error, { depth: 10, showHidden: true })).toContain('first');
  });

  it('a thrown string naming the key', async () => {
    const error = await failWith(() => Promise.reject(`key ${API_KEY} refused`));
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(renderings(error)).not.toContain(API_KEY);
  });

  it('a cause whose own properties hold the key', async () => {
    const error = await failWith(() => Promise.reject(Object.assign(new TypeError('fetch failed'), { request: { headers: { apikey: API_KEY } } })));
    expect(renderings(error)).not.toContain(API_KEY);
  });
});

describe('bodies and headers', () => {
  it('a 2xx non-envelope body carrying the key as \\u00XX escapes', async () => {
    const escaped = [...API_KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const error = await failWith(async () => new Response(`{"echo":"${escaped}"}`, { status: 200, headers: { 'content-type': 'application/json' } }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(renderings(error)).not.toContain(API_KEY);
    expect(JSON.stringify(error.body)).not.toContain(API_KEY);
  });

  it('an error envelope carrying the key as \\u00XX escapes', async () => {
    const escaped = [...API_KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const error = await failWith(async () => new Response(`{"error":{"code":"AUTH_ERR_NO_ACCESS","message":"The key ${escaped} cannot do this."}}`, { status: 403 }));
    expect(error).toBeInstanceOf(CometChatPermissionDeniedError);
    expect(renderings(error)).not.toContain(API_KEY);
  });

  it('response headers echoing the key (util.inspect with showHidden shows the response)', async () => {
    const error = await failWith(async () => json(errorBody('AUTH_ERR_NO_ACCESS'), 403, { 'x-echo-apikey': API_KEY, 'x-request-id': 'r-1' }));
    expect(error).toBeInstanceOf(CometChatError);
    expect(renderings(error)).not.toContain(API_KEY);
    expect(error.headers?.get('x-echo-apikey')).toBe('[redacted]');
    expect(error.headers?.get('x-request-id')).toBe('r-1');
    expect(error.response?.status).toBe(403);
  });

  it('a key echoed in a successful response is left alone (the caller asked for that data)', async () => {
    const { client } = clientWith(() => json({ data: { success: true, message: `done with ${API_KEY}` } }));
    await expect(client.markUserConversationAsRead({ uid: 'u', onBehalfOf: 'me' })).resolves.toEqual({ success: true, message: `done with ${API_KEY}` });
  });
});
