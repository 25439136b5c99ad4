// Item 13 of issue 9: error messages say what happened and what to do: connection errors name the
// host and the root cause, 400s list CometChat's details per field, a 429 that is not retried says
// why, and an unexpected body is described in plain English.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CometChatBadRequestError, CometChatConnectionError, CometChatInvalidResponseError, CometChatRateLimitError, createCometChatClient } from '../src/index.ts';
import { API_KEY, clientWith, errorBody, json, rejection } from './helpers.ts';

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('connection errors', () => {
  it('an unknown host: the host and getaddrinfo ENOTFOUND, not "fetch failed"', async () => {
    const client = createCometChatClient({ baseUrl: 'http://myapp.api-eu.cometchat.invalid/v3', apiKey: API_KEY, maxRetries: 0 });
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(error.message).toContain('myapp.api-eu.cometchat.invalid');
    expect(error.message).toContain('ENOTFOUND');
    expect(error.message).not.toMatch(/: fetch failed$/);
  });

  it('a refused connection: host:port and ECONNREFUSED', async () => {
    const port = await closedPort();
    const client = createCometChatClient({ baseUrl: `http://127.0.0.1:${port}/v3`, apiKey: API_KEY, maxRetries: 0 });
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain('ECONNREFUSED');
  });
});

describe('HTTP errors', () => {
  it('a 400 lists the details per field', async () => {
    const { client } = clientWith(() => json(errorBody('ERR_BAD_REQUEST', 'Failed to validate the data sent with the request.', { uid: ['The uid must be a string.'], tags: ['Too many tags.', 'A tag is too long.'] }), 400));
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
    expect(error).toBeInstanceOf(CometChatBadRequestError);
    expect(error.message).toBe('getUserConversation: 400 ERR_BAD_REQUEST: Failed to validate the data sent with the request. (uid: The uid must be a string.; tags: Too many tags. A tag is too long.)');
  });

  it('a 429 that is not retried says why: the wait the server asked is over maxRetryWaitMs', async () => {
    const { client, requests } = clientWith(() => json(errorBody('ERR_TOO_MANY_REQUESTS', 'Too many requests.'), 429, { 'retry-after': '120' }), { maxRetryWaitMs: 60_000 });
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
    expect(error).toBeInstanceOf(CometChatRateLimitError);
    expect(error.message).toContain('not retried: the server asked to wait 120 s, over maxRetryWaitMs (60 s)');
    expect(requests).toHaveLength(1);
  });

  it('a 429 after the retries are spent says how many attempts were made', async () => {
    const { client, requests } = clientWith(() => json(errorBody('ERR_TOO_MANY_REQUESTS', 'Too many requests.'), 429, { 'retry-after': '0' }), { maxRetries: 2 });
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
    expect(error.message).toContain('gave up after 3 attempts');
    expect(requests).toHaveLength(3);
  });
});

describe('unexpected bodies', () => {
  it.each([
    ['getUserConversation', { data: [] }, 'getUserConversation: 200 response has no object in `data` (an object or a one-element array): "{\\"data\\":[]}"'],
    ['markUserConversationAsRead', { data: { success: 'yes' } }, 'markUserConversationAsRead: 200 response has no action result (`data.success` and `data.message`): "{\\"data\\":{\\"success\\":\\"yes\\"}}"'],
  ])('%s: plain English naming what is missing', async (operation, body, message) => {
    const { client } = clientWith(() => json(body));
    const error = await rejection((client as any)[operation]({ uid: 'u', onBehalfOf: 'me' }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.message).toBe(message);
  });
});
