// Errors are thrown, never returned: a class per failure kind, CometChat's envelope fields, and a
// typed error that says what came back when the body is not the envelope. The key never leaks.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  CometChatAPIError,
  CometChatAuthenticationError,
  CometChatBadRequestError,
  CometChatError,
  CometChatInvalidResponseError,
  CometChatNotFoundError,
  CometChatPermissionDeniedError,
  CometChatRateLimitError,
  CometChatServerError,
  isCometChatError,
} from '../src/index.ts';
import { API_KEY, clientWith, errorBody, json } from './helpers.ts';

const fail = async (reply: () => Response, operation = 'getUserConversation') => {
  const { client } = clientWith(() => reply(), { maxRetries: 0 });
  const params = operation.includes('Group') ? { guid: 'g', onBehalfOf: 'me' } : operation === 'listConversations' ? {} : { uid: 'u', onBehalfOf: 'me' };
  const error = await (client as any)[operation](params).catch((e: unknown) => e);
  expect(isCometChatError(error)).toBe(true);
  return error as CometChatError;
};

describe('HTTP errors', () => {
  it.each([
    [400, 'ERR_BAD_REQUEST', CometChatBadRequestError],
    [401, 'AUTH_ERR_APIKEY_NOT_FOUND', CometChatAuthenticationError],
    [403, 'ERR_CONVERSATION_NOT_ACCESSIBLE', CometChatPermissionDeniedError],
    [404, 'ERR_UID_NOT_FOUND', CometChatNotFoundError],
    [409, 'ERR_CONFLICT', CometChatAPIError],
    [429, 'ERR_TOO_MANY_REQUESTS', CometChatRateLimitError],
    [500, 'ERR_EXCEPTION', CometChatServerError],
    [503, 'ERR_OPERATION_FAILED', CometChatServerError],
  ])('%i %s', async (status, code, Class) => {
    const error = await fail(() => json(errorBody(code, 'It failed', { uid: ['The uid field is required.'] }), status));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(CometChatError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status, code, devMessage: 'dev: It failed', operationId: 'getUserConversation', details: { uid: ['The uid field is required.'] } });
    expect(error.message).toBe(`getUserConversation: ${status} ${code}: It failed (uid: The uid field is required.)`);
    expect(error.response?.status).toBe(status);
    expect(error.headers?.get('content-type')).toBe('application/json');
  });
});

describe('bodies that are not the envelope', () => {
  it('an HTML error page from a proxy', async () => {
    const error = await fail(() => new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(error).toBeInstanceOf(CometChatServerError);
    expect(error.code).toBeUndefined();
    expect(error.message).toContain('502');
    expect(error.message).toContain('text/html');
    expect(error.message).toContain('502 Bad Gateway');
    expect(error.body).toBe('<html><body><h1>502 Bad Gateway</h1></body></html>');
  });

  it('an empty error body', async () => {
    const error = await fail(() => new Response(null, { status: 404 }));
    expect(error).toBeInstanceOf(CometChatNotFoundError);
    expect(error.message).toContain('(empty body)');
  });

  it('truncated JSON on a 200', async () => {
    const error = await fail(() => new Response('{"data":[{"conversationId":"abc', { status: 200, headers: { 'content-type': 'application/json' } }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('not JSON');
    expect(error.message).toContain('{\\"data\\":[{\\"conversationId\\":\\"abc');
  });

  it('an empty 200', async () => {
    const error = await fail(() => new Response('', { status: 200 }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.message).toContain('empty body');
  });

  it('JSON that is not the expected envelope', async () => {
    expect(await fail(() => json({ ok: true }))).toBeInstanceOf(CometChatInvalidResponseError);
    expect(await fail(() => json({ data: [] }))).toBeInstanceOf(CometChatInvalidResponseError);
    expect(await fail(() => json({ data: { success: true } }), 'markGroupConversationAsRead')).toBeInstanceOf(CometChatInvalidResponseError);
    const page = await fail(() => json({ data: [] }), 'listConversations');
    expect(page).toBeInstanceOf(CometChatInvalidResponseError);
    expect(page.message).toContain('meta.pagination');
  });
});

describe('the API key never leaks', () => {
  // CometChat's AUTH_ERR_NO_ACCESS message names the key it refused.
  const echo = () => json(errorBody('AUTH_ERR_NO_ACCESS', `The key ${API_KEY} cannot be used to perform this operation.`, { apikey: [API_KEY] }), 403);

  it.each([
    ['an error envelope echoing it', echo],
    ['an HTML page echoing it', () => new Response(`<p>bad key ${API_KEY}</p>`, { status: 500, headers: { 'content-type': 'text/html' } })],
    ['a broken 200 echoing it', () => new Response(`{"key":"${API_KEY}`, { status: 200 })],
  ])('not from %s', async (_, reply) => {
    const error = await fail(reply);
    const everything = [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), String(error.body), JSON.stringify(error.body), error.devMessage, JSON.stringify(error.details)].join('\n');
    expect(everything).not.toContain(API_KEY);
  });

  it('the redaction keeps the rest of the message', async () => {
    const error = await fail(echo);
    expect(error.message).toBe('getUserConversation: 403 AUTH_ERR_NO_ACCESS: The key [redacted] cannot be used to perform this operation. (apikey: [redacted])');
  });

  it('not from the client object', () => {
    const { client } = clientWith(() => json({}));
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(API_KEY);
    expect(JSON.stringify(client)).not.toContain(API_KEY);
  });
});
