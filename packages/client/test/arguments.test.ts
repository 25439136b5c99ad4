// Bad arguments are refused before anything is sent, with an error that names the argument.
import { describe, expect, it } from 'vitest';
import { CometChatArgumentError, createCometChatClient, type ClientOptions } from '../src/index.ts';
import { API_KEY, clientWith, conversation, json } from './helpers.ts';

const refuse = (options: unknown) => {
  try {
    createCometChatClient(options as ClientOptions);
  } catch (error) {
    return error as CometChatArgumentError;
  }
  throw new Error('expected createCometChatClient to throw');
};

describe('client options', () => {
  it.each([
    ['apiKey', { appId: 'a1', region: 'us' }],
    ['apiKey', { appId: 'a1', region: 'us', apiKey: '' }],
    ['appId', { region: 'us', apiKey: API_KEY }],
    ['appId', { appId: 'bad app/id', region: 'us', apiKey: API_KEY }],
    ['region', { appId: 'a1', apiKey: API_KEY }],
    ['region', { appId: 'a1', region: 'mars', apiKey: API_KEY }],
    ['baseUrl', { baseUrl: 'not a url', apiKey: API_KEY }],
    ['baseUrl', { baseUrl: 'ftp://example.com/v3', apiKey: API_KEY }],
    ['maxRetries', { baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, maxRetries: -1 }],
    ['timeoutMs', { baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, timeoutMs: 0 }],
    ['headers.x-note', { baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, headers: { 'x-note': 'a\r\nx-evil: 1' } }],
    ['headers.apikey', { baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, headers: { apikey: 'other' } }],
    ['onBehalfOf', { baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, onBehalfOf: 'me\n' }],
    ['fetch', { baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, fetch: 'nope' }],
  ])('refuses a bad %s', (argument, options) => {
    const error = refuse(options);
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect(error.argument).toBe(argument);
    expect(error.message).toContain(argument.split('.')[0]);
  });

  it('builds the regional URL from appId and region', async () => {
    const requests: string[] = [];
    const client = createCometChatClient({
      appId: 'a1b2c3',
      region: 'eu',
      apiKey: API_KEY,
      fetch: async (request: Request) => {
        requests.push(request.url);
        return json({ data: conversation() });
      },
    });
    await client.getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(requests).toEqual(['https://a1b2c3.api-eu.cometchat.io/v3/users/u/conversation']);
  });

  it('never names the API key in its errors', () => {
    const error = refuse({ baseUrl: 'http://127.0.0.1/v3', apiKey: 'sec\nret' });
    expect(error.argument).toBe('apiKey');
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain('sec\nret');
  });
});

describe('call arguments', () => {
  const call = async (fn: (client: any) => Promise<unknown>) => {
    const { client, requests } = clientWith(() => json({ data: conversation() }));
    const error = await fn(client).catch((e: unknown) => e);
    expect(requests, 'nothing is sent').toHaveLength(0);
    return error as CometChatArgumentError;
  };

  it.each([
    ['uid', (c: any) => c.getUserConversation({ onBehalfOf: 'me' })],
    ['uid', (c: any) => c.getUserConversation({ uid: '', onBehalfOf: 'me' })],
    ['uid', (c: any) => c.getUserConversation({ uid: 42, onBehalfOf: 'me' })],
    ['uid', (c: any) => c.getUserConversation({ uid: '..', onBehalfOf: 'me' })],
    ['onBehalfOf', (c: any) => c.getUserConversation({ uid: 'u' })],
    ['onBehalfOf', (c: any) => c.getUserConversation({ uid: 'u', onBehalfOf: 'a\r\nb' })],
    ['tags', (c: any) => c.updateUserConversation({ uid: 'u', onBehalfOf: 'me' })],
    ['messageId', (c: any) => c.markGroupConversationAsUnread({ guid: 'g', onBehalfOf: 'me' })],
    ['colour', (c: any) => c.getGroupConversation({ guid: 'g', onBehalfOf: 'me', colour: 'red' })],
    ['params', (c: any) => c.getGroupConversation('g')],
    ['timeoutMs', (c: any) => c.getGroupConversation({ guid: 'g', onBehalfOf: 'me' }, { timeoutMs: -5 })],
    ['maxRetries', (c: any) => c.getGroupConversation({ guid: 'g', onBehalfOf: 'me' }, { maxRetries: 1.5 })],
    ['signal', (c: any) => c.getGroupConversation({ guid: 'g', onBehalfOf: 'me' }, { signal: 'stop' })],
    ['headers.x-a', (c: any) => c.getGroupConversation({ guid: 'g', onBehalfOf: 'me' }, { headers: { 'x-a': 'b\nc' } })],
    ['page', (c: any) => c.listConversations({ page: 0 })],
    ['uid', (c: any) => c.getUserConversation({ uid: 'a\uD800b', onBehalfOf: 'me' })],
    ['tags', (c: any) => c.listConversations({ tags: ['ok', '\uDC00'] })],
    ['onBehalfOf', (c: any) => c.getUserConversation({ uid: 'u', onBehalfOf: 'ユーザー' })],
    ['searchKey', (c: any) => c.listConversations({ searchKey: { nested: { deeper: 1 } } })],
  ])('refuses a bad %s', async (argument, fn) => {
    const error = await call(fn);
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect(error.argument).toBe(argument);
  });

  it('uses the client default onBehalfOf, and a call can override it', async () => {
    const { client, requests } = clientWith(() => json({ data: conversation() }), { onBehalfOf: 'default-user' });
    await client.getUserConversation({ uid: 'u' });
    await client.getUserConversation({ uid: 'u', onBehalfOf: 'other-user' });
    expect(requests.map((r) => r.headers.get('onbehalfof'))).toEqual(['default-user', 'other-user']);
  });

  it('sends client and call headers, the call winning', async () => {
    const { client, requests } = clientWith(() => json({ data: conversation() }), { headers: { 'x-team': 'a', 'x-trace': '1' } });
    await client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }, { headers: { 'x-trace': '2' } });
    expect(requests[0]!.headers.get('x-team')).toBe('a');
    expect(requests[0]!.headers.get('x-trace')).toBe('2');
  });
});

describe('browser guard', () => {
  it('refuses to run where window and document exist, unless dangerouslyAllowBrowser', () => {
    const scope = globalThis as Record<string, unknown>;
    scope.window = {};
    scope.document = {};
    try {
      const error = refuse({ baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY });
      expect(error.argument).toBe('dangerouslyAllowBrowser');
      expect(error.message).toContain('browser');
      expect(() => createCometChatClient({ baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, dangerouslyAllowBrowser: true })).not.toThrow();
    } finally {
      delete scope.window;
      delete scope.document;
    }
  });
});
