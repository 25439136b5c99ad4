// Every operation sends the right request and resolves to the right result, whichever documented
// wire form CometChat uses.
import { describe, expect, it } from 'vitest';
import { API_KEY, clientWith, conversation, json } from './helpers.ts';

const action = (key: 'message' | 'Message' = 'message') => json({ data: { success: true, [key]: 'done' } });

type Case = [operationId: string, params: Record<string, unknown>, method: string, path: string, body: unknown, reply: () => Response];

const CASES: Case[] = [
  ['getConversation', { conversationId: 'group_project-group' }, 'GET', '/v3/conversations/group_project-group', undefined, () => json({ data: [conversation()] })],
  ['deleteConversation', { conversationId: 'group_project-group' }, 'DELETE', '/v3/conversations/group_project-group', undefined, () => action()],
  ['getUserConversation', { uid: 'cometchat-uid-2' }, 'GET', '/v3/users/cometchat-uid-2/conversation', undefined, () => json({ data: [conversation()] })],
  ['updateUserConversation', { uid: 'cometchat-uid-2', tags: ['a', 'b'] }, 'PUT', '/v3/users/cometchat-uid-2/conversation', { tags: ['a', 'b'] }, () => json({ data: [conversation()] })],
  ['resetUserConversation', { uid: 'cometchat-uid-2', deleteMessagesPermanently: true }, 'DELETE', '/v3/users/cometchat-uid-2/conversation', { deleteMessagesPermanently: true }, () => action()],
  ['markUserConversationAsDelivered', { uid: 'cometchat-uid-2', messageId: 50 }, 'POST', '/v3/users/cometchat-uid-2/conversation/delivered', { messageId: 50 }, () => action('Message')],
  ['markUserConversationAsRead', { uid: 'cometchat-uid-2' }, 'POST', '/v3/users/cometchat-uid-2/conversation/read', undefined, () => action('Message')],
  ['markUserConversationAsUnread', { uid: 'cometchat-uid-2', messageId: 50 }, 'DELETE', '/v3/users/cometchat-uid-2/conversation/read', { messageId: 50 }, () => action()],
  ['getGroupConversation', { guid: 'project-group' }, 'GET', '/v3/groups/project-group/conversation', undefined, () => json({ data: conversation() })],
  ['updateGroupConversation', { guid: 'project-group', tags: [] }, 'PUT', '/v3/groups/project-group/conversation', { tags: [] }, () => json({ data: conversation() })],
  ['resetGroupConversation', { guid: 'project-group' }, 'DELETE', '/v3/groups/project-group/conversation', undefined, () => action()],
  ['markGroupConversationAsDelivered', { guid: 'project-group' }, 'POST', '/v3/groups/project-group/conversation/delivered', undefined, () => action()],
  ['markGroupConversationAsRead', { guid: 'project-group', messageId: 7 }, 'POST', '/v3/groups/project-group/conversation/read', { messageId: 7 }, () => action()],
  ['markGroupConversationAsUnread', { guid: 'project-group', messageId: 7 }, 'DELETE', '/v3/groups/project-group/conversation/read', { messageId: 7 }, () => action()],
  ['markUserConversationAsUnread', { uid: 'cometchat-uid-2', messageId: '50' }, 'DELETE', '/v3/users/cometchat-uid-2/conversation/read', { messageId: '50' }, () => action()],
  ['resetGroupConversation', { guid: 'project-group', preserveOrder: true }, 'DELETE', '/v3/groups/project-group/conversation', { preserveOrder: true }, () => action()],
  ['pinUserConversation', { uid: 'cometchat-uid-2' }, 'POST', '/v3/users/cometchat-uid-2/conversation/pin', undefined, () => json({ data: conversation() })],
  ['unpinUserConversation', { uid: 'cometchat-uid-2' }, 'DELETE', '/v3/users/cometchat-uid-2/conversation/pin', undefined, () => json({ data: conversation() })],
  ['pinGroupConversation', { guid: 'project-group' }, 'POST', '/v3/groups/project-group/conversation/pin', undefined, () => json({ data: conversation() })],
  ['unpinGroupConversation', { guid: 'project-group' }, 'DELETE', '/v3/groups/project-group/conversation/pin', undefined, () => json({ data: conversation() })],
];

/** The app-wide operations: no `onBehalfOf`, even when the client has a default. */
const APP_CASES: Case[] = [
  ['listPinnedConversations', {}, 'GET', '/v3/conversations/pinned', undefined, () => json({ data: [conversation()] })],
  ['updatePinnedConversations', { pinnedConversations: [{ guid: 'g' }, { uid: 'u' }] }, 'PUT', '/v3/conversations/pinned', { pinnedConversations: [{ guid: 'g' }, { uid: 'u' }] }, () => json({ data: [conversation()] })],
];

describe('operations', () => {
  it.each(CASES)('%s', async (operationId, params, method, path, body, reply) => {
    const { client, requests } = clientWith(() => reply(), { onBehalfOf: 'cometchat-uid-1' });
    const result = await (client as any)[operationId](params);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.method).toBe(method);
    expect(request!.url.pathname).toBe(path);
    expect(request!.headers.get('apikey')).toBe(API_KEY);
    expect(request!.headers.get('onBehalfOf')).toBe('cometchat-uid-1');
    expect(request!.headers.get('accept')).toBe('application/json');
    if (body === undefined) {
      expect(request!.body).toBe('');
      expect(request!.headers.get('content-type')).toBeNull();
    } else {
      expect(JSON.parse(request!.body)).toEqual(body);
      expect(request!.headers.get('content-type')).toBe('application/json');
    }
    const isAction = (await reply().json()).data?.success !== undefined;
    expect(result).toEqual(isAction ? { success: true, message: 'done' } : conversation());
  });

  it.each(APP_CASES)('%s (app-wide: no onBehalfOf)', async (operationId, params, method, path, body, reply) => {
    const { client, requests } = clientWith(() => reply(), { onBehalfOf: 'cometchat-uid-1' });
    const result = await (client as any)[operationId](params);
    const [request] = requests;
    expect([request!.method, request!.url.pathname]).toEqual([method, path]);
    expect(request!.headers.get('onBehalfOf')).toBeNull();
    expect(request!.body === '' ? undefined : JSON.parse(request!.body)).toEqual(body);
    expect(result).toEqual([conversation()]);
  });

  it('there is one method per operation, and nothing else but raw and withOptions', () => {
    const { client } = clientWith(() => json({}));
    expect(Object.keys(client).sort()).toEqual([...new Set([...CASES, ...APP_CASES].map(([id]) => id)), 'listConversations', 'raw', 'withOptions'].sort());
  });
});

describe('single-conversation results', () => {
  it.each([
    ['a one-element array', { data: [conversation()] }],
    ['an object', { data: conversation() }],
  ])('unwrap %s', async (_, body) => {
    const { client } = clientWith(() => json(body));
    await expect(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' })).resolves.toEqual(conversation());
  });
});

describe('action results', () => {
  it.each(['message', 'Message'] as const)('normalise %s to message', async (key) => {
    const { client } = clientWith(() => json({ data: { success: true, [key]: 'All marked' } }));
    await expect(client.markUserConversationAsRead({ uid: 'u', onBehalfOf: 'me' })).resolves.toEqual({ success: true, message: 'All marked' });
  });

  it('keep the conversation marking unread sends (and only an object)', async () => {
    const { client } = clientWith(() => json({ data: { success: true, message: 'Marked', conversation: conversation() } }));
    await expect(client.markUserConversationAsUnread({ uid: 'u', messageId: 3, onBehalfOf: 'me' })).resolves.toEqual({ success: true, message: 'Marked', conversation: conversation() });
    const odd = clientWith(() => json({ data: { success: true, message: 'Marked', conversation: 'not an object' } }));
    await expect(odd.client.markGroupConversationAsUnread({ guid: 'g', messageId: 3, onBehalfOf: 'me' })).resolves.toEqual({ success: true, message: 'Marked' });
  });
});

describe('listConversations', () => {
  it('serialises filters as the spec says: arrays comma-separated, each item percent-encoded', async () => {
    const { client, requests } = clientWith(() => json({ data: [], meta: { pagination: { total: 0, count: 0, per_page: 10, current_page: 2, total_pages: 1 } } }));
    await client.listConversations({ onBehalfOf: 'me', tags: ['a&b', 'c d'], conversationType: 'group', unread: true, withTags: false, perPage: 10, page: 2, searchKey: 'ä/?' });
    const url = requests[0]!.url;
    expect(url.search).toContain('tags=a%26b,c%20d');
    expect(url.searchParams.get('conversationType')).toBe('group');
    expect(url.searchParams.get('unread')).toBe('true');
    expect(url.searchParams.get('withTags')).toBe('false');
    expect(url.searchParams.get('perPage')).toBe('10');
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('searchKey')).toBe('ä/?');
  });

  it('sends no onBehalfOf when neither the call nor the client has one (it is optional here)', async () => {
    const { client, requests } = clientWith(() => json({ data: [], meta: { pagination: { total: 0, count: 0, per_page: 100, current_page: 1, total_pages: 1 } } }));
    const page = await client.listConversations();
    expect(page.data).toEqual([]);
    expect(requests[0]!.headers.get('onBehalfOf')).toBeNull();
  });
});

describe('withResponse and raw', () => {
  it('withResponse gives the result and the raw Response', async () => {
    const { client } = clientWith(() => json({ data: [conversation()] }, 200, { 'x-rate-limit-remaining': '41' }));
    const { data, response } = await client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }).withResponse();
    expect(data).toEqual(conversation());
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('x-rate-limit-remaining')).toBe('41');
  });

  it('a call is sent once, however often its promise is awaited', async () => {
    const { client, requests } = clientWith(() => json({ data: [conversation()] }));
    const call = client.getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(requests).toHaveLength(1); // sent when the method is called
    await call;
    await call.withResponse();
    await call;
    expect(requests).toHaveLength(1);
  });

  it('raw is the typed openapi-fetch client, with the key and base URL set', async () => {
    const { client, requests } = clientWith(() => json({ data: [conversation()] }));
    const { data } = await client.raw.GET('/users/{uid}/conversation', { params: { path: { uid: 'x' }, header: { onBehalfOf: 'me' } } });
    expect(data?.data).toEqual([conversation()]);
    expect(requests[0]!.url.href).toBe('https://app.api-us.cometchat.io/v3/users/x/conversation');
    expect(requests[0]!.headers.get('apikey')).toBe(API_KEY);
  });
});
