// Behaviour and state of each of the operations against the node server (plain fetch; every
// response is also checked against the spec by the helper).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer, type MockServer } from '../src/index.ts';
import { client, U1, U2, U3, U4, U5 } from './helpers.ts';

const NOW = Date.UTC(2024, 0, 1, 12, 0, 0);
let clock = NOW;
let server: MockServer;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startMockServer({ now: () => clock });
  call = client(server.url);
});
afterAll(() => server.close());
beforeEach(() => {
  clock = NOW;
  server.store.reset();
});

const ids = (body: any) => body.data.map((c: any) => c.conversationId);

describe('listConversations', () => {
  it('lists the acting user\'s conversations, most recently updated first, with wire quirks', async () => {
    const { status, body } = await call('GET', '/conversations', { onBehalfOf: U1 });
    expect(status).toBe(200);
    expect(ids(body)).toEqual([
      'group_project-group',
      'cometchat-uid-1_user_cometchat-uid-2',
      'cometchat-uid-1_user_cometchat-uid-3',
      'cometchat-uid-1_user_cometchat-uid-4',
      'group_hiking-group',
    ]);
    const updated = body.data.map((c: any) => c.updatedAt);
    expect([...updated].sort((a, b) => b - a)).toEqual(updated);
    expect(body.data.map((c: any) => c.unreadMessageCount)).toEqual(['2', '2', '1', '0', '0']);
    expect(typeof body.data[0].lastMessage.id).toBe('string');
    expect(body.data[0].conversationWith).toMatchObject({ guid: 'project-group', scope: 'participant', hasJoined: true, membersCount: 4 });
    expect(body.data[1].conversationWith).toMatchObject({ uid: U2, name: 'George Alan' });
    expect(body.data.every((c: any) => !('tags' in c) && !('uid' in c))).toBe(true);
    expect(body.meta.pagination).toEqual({ total: 5, count: 5, per_page: 100, current_page: 1, total_pages: 1 });
  });

  it('paginates: ceil(total/per_page) pages, an empty page past the end', async () => {
    const pages = [];
    for (const page of [1, 2, 3, 4]) pages.push((await call('GET', '/conversations', { onBehalfOf: U1, query: { perPage: 2, page } })).body);
    expect(pages.map((p) => p.meta.pagination)).toEqual([
      { total: 5, count: 2, per_page: 2, current_page: 1, total_pages: 3 },
      { total: 5, count: 2, per_page: 2, current_page: 2, total_pages: 3 },
      { total: 5, count: 1, per_page: 2, current_page: 3, total_pages: 3 },
      { total: 5, count: 0, per_page: 2, current_page: 4, total_pages: 3 },
    ]);
    expect(pages.flatMap(ids)).toEqual(ids((await call('GET', '/conversations', { onBehalfOf: U1 })).body));
    expect(pages[3].data).toEqual([]);
  });

  it('an empty list still has one page', async () => {
    server.store.addUser({ uid: 'loner', name: 'Lonely Larry' });
    const { body } = await call('GET', '/conversations', { onBehalfOf: 'loner' });
    expect(body).toEqual({ data: [], meta: { pagination: { total: 0, count: 0, per_page: 100, current_page: 1, total_pages: 1 } } });
  });

  it('without onBehalfOf lists every user\'s conversations by uid, then update time, with `uid`', async () => {
    const { body } = await call('GET', '/conversations');
    const owners = body.data.map((c: any) => c.uid);
    expect(owners).toEqual([...owners].sort());
    expect(new Set(owners)).toEqual(new Set([U1, U2, U3, U4, U5]));
    expect(body.meta.pagination.total).toBe(17);
    for (const uid of new Set<string>(owners)) {
      const times = body.data.filter((c: any) => c.uid === uid).map((c: any) => c.updatedAt);
      expect([...times].sort((a: number, b: number) => b - a)).toEqual(times);
    }
  });

  it('filters by type, conversation tags (comma-separated), user/group tags, unread and name', async () => {
    const list = async (query: Record<string, string | number | boolean>) => ids((await call('GET', '/conversations', { onBehalfOf: U1, query })).body);
    expect(await list({ conversationType: 'group' })).toEqual(['group_project-group', 'group_hiking-group']);
    expect(await list({ conversationType: 'user' })).toHaveLength(3);
    expect(await list({ tags: 'nope,important' })).toEqual(['cometchat-uid-1_user_cometchat-uid-2']);
    expect(await list({ tags: 'design' })).toEqual(['group_project-group']);
    expect(await list({ userTags: 'beta,staff' })).toEqual(['cometchat-uid-1_user_cometchat-uid-2', 'cometchat-uid-1_user_cometchat-uid-3']);
    expect(await list({ groupTags: 'outdoors' })).toEqual(['group_hiking-group']);
    expect(await list({ unread: true })).toEqual(['group_project-group', 'cometchat-uid-1_user_cometchat-uid-2', 'cometchat-uid-1_user_cometchat-uid-3']);
    expect(await list({ unread: false })).toHaveLength(5);
    expect(await list({ searchKey: 'gEoRgE' })).toEqual(['cometchat-uid-1_user_cometchat-uid-2']);
    expect(await list({ searchKey: 'GROUP' })).toEqual(['group_project-group', 'group_hiking-group']);
    expect(await list({ conversationType: 'group', unread: true, tags: 'work' })).toEqual(['group_project-group']);
  });

  it('includes `tags` only with withTags=true, user/group tags only with withUserAndGroupTags=true', async () => {
    const plain = (await call('GET', '/conversations', { onBehalfOf: U1, query: { withTags: false } })).body;
    expect(plain.data.some((c: any) => 'tags' in c)).toBe(false);
    const tagged = (await call('GET', '/conversations', { onBehalfOf: U1, query: { withTags: true } })).body;
    expect(tagged.data.map((c: any) => c.tags)).toEqual([['work', 'design'], ['important'], [], [], []]);
    expect(tagged.data.some((c: any) => 'tags' in c.conversationWith)).toBe(false);
    const withEntityTags = (await call('GET', '/conversations', { onBehalfOf: U1, query: { withUserAndGroupTags: true } })).body;
    expect(withEntityTags.data.map((c: any) => c.conversationWith.tags)).toEqual([['work'], ['staff'], ['staff', 'beta'], [], ['outdoors']]);
  });

  it('answers 404 for an unknown onBehalfOf, never echoing the API key', async () => {
    const { status, body } = await call('GET', '/conversations', { onBehalfOf: 'ghost' });
    expect(status).toBe(404);
    expect(body.error.code).toBe('ERR_UID_NOT_FOUND');
    expect(body.error.message).toContain('ghost');
    const sneaky = await call('GET', '/conversations', { onBehalfOf: DEMO_API_KEY });
    expect(sneaky.status).toBe(404);
    expect(JSON.stringify(sneaky.body)).not.toContain(DEMO_API_KEY);
  });
});

describe('getUserConversation / updateUserConversation', () => {
  it('returns the conversation as a one-element data array; UIDs are case-insensitive', async () => {
    const { status, body } = await call('GET', `/users/${U2.toUpperCase()}/conversation`, { onBehalfOf: U1 });
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ conversationId: 'cometchat-uid-1_user_cometchat-uid-2', conversationType: 'user', unreadMessageCount: '2', tags: ['important'] });
    expect(body.data[0].lastMessage).toMatchObject({ id: '4', sender: U2, receiver: U1, category: 'message', type: 'text' });
    expect(body.data[0].lastMessage.data.entities.sender).toMatchObject({ entityType: 'user', entity: { uid: U2 } });
  });

  it('404 for an unknown user or onBehalfOf, 403 when the two never exchanged a message', async () => {
    expect((await call('GET', '/users/ghost/conversation', { onBehalfOf: U1 })).body.error.code).toBe('ERR_UID_NOT_FOUND');
    expect((await call('GET', `/users/${U2}/conversation`, { onBehalfOf: 'ghost' })).status).toBe(404);
    const forbidden = await call('GET', `/users/${U5}/conversation`, { onBehalfOf: U1 });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('ERR_CONVERSATION_NOT_ACCESSIBLE');
  });

  it('replaces the acting user\'s tags and bumps updatedAt', async () => {
    clock = NOW + 60_000;
    const { status, body } = await call('PUT', `/users/${U3}/conversation`, { onBehalfOf: U1, body: { tags: ['a', 'b'] } });
    expect(status).toBe(200);
    expect(body.data[0]).toMatchObject({ tags: ['a', 'b'], updatedAt: Math.floor(clock / 1000) });
    expect(server.store.conversationState(U1, { uid: U3 })?.tags).toEqual(['a', 'b']);
    // The other side's view is untouched.
    expect(server.store.conversationState(U3, { uid: U1 })?.tags).toEqual([]);
    const cleared = await call('PUT', `/users/${U3}/conversation`, { onBehalfOf: U1, body: { tags: [] } });
    expect(cleared.body.data[0].tags).toEqual([]);
    expect(ids((await call('GET', '/conversations', { onBehalfOf: U1 })).body)[0]).toBe('cometchat-uid-1_user_cometchat-uid-3');
  });

  it('refuses 403 for a conversation that does not exist', async () => {
    const before = server.store.snapshot();
    const { status } = await call('PUT', `/users/${U5}/conversation`, { onBehalfOf: U1, body: { tags: ['x'] } });
    expect(status).toBe(403);
    expect(server.store.snapshot()).toEqual(before);
  });
});

describe('resetUserConversation', () => {
  it('removes the conversation from the user\'s list until a new message arrives', async () => {
    const { status, body } = await call('DELETE', `/users/${U2}/conversation`, { onBehalfOf: U1 });
    expect(status).toBe(200);
    expect(body.data).toEqual({ success: true, message: 'The conversation cometchat-uid-1_user_cometchat-uid-2 has been deleted successfully for UID cometchat-uid-1.' });
    expect(ids((await call('GET', '/conversations', { onBehalfOf: U1 })).body)).not.toContain('cometchat-uid-1_user_cometchat-uid-2');
    expect((await call('GET', `/users/${U2}/conversation`, { onBehalfOf: U1 })).status).toBe(403);
    // Only for the acting user; the messages stay.
    expect((await call('GET', `/users/${U1}/conversation`, { onBehalfOf: U2 })).status).toBe(200);
    expect(server.store.messages('cometchat-uid-1_user_cometchat-uid-2')).toHaveLength(4);

    clock = NOW + 5_000;
    server.store.addMessage({ sender: U2, receiverType: 'user', receiver: U1, text: 'ping' });
    const back = await call('GET', `/users/${U2}/conversation`, { onBehalfOf: U1 });
    expect(back.status).toBe(200);
    expect(back.body.data[0]).toMatchObject({ unreadMessageCount: '1', lastMessage: { data: { text: 'ping' }, sentAt: Math.floor(clock / 1000) } });
    expect(back.body.data[0].tags).toBeUndefined();
  });

  it('with deleteMessagesPermanently deletes the messages for everyone', async () => {
    const { status } = await call('DELETE', `/users/${U3}/conversation`, { onBehalfOf: U1, body: { conversationWith: U3, deleteMessagesPermanently: true } });
    expect(status).toBe(200);
    expect(server.store.messages('cometchat-uid-1_user_cometchat-uid-3')).toEqual([]);
    expect((await call('GET', `/users/${U1}/conversation`, { onBehalfOf: U3 })).status).toBe(403);
  });
});

describe('mark user conversation delivered / read / unread', () => {
  it('marks read (the answer spells `Message`), which zeroes the unread count and implies delivered', async () => {
    const { status, body } = await call('POST', `/users/${U2}/conversation/read`, { onBehalfOf: U1 });
    expect(status).toBe(200);
    expect(body.data).toEqual({ success: true, Message: 'All the messages from the user are marked as read for the requesting user.' });
    expect(server.store.conversationState(U1, { uid: U2 })).toMatchObject({ readUpTo: 4, deliveredUpTo: 4, unreadMessageCount: 0 });
  });

  it('marks read and delivered up to a messageId; an id from elsewhere is 404', async () => {
    await call('POST', `/users/${U2}/conversation/read`, { onBehalfOf: U1, body: { messageId: 3 } });
    expect(server.store.conversationState(U1, { uid: U2 })).toMatchObject({ readUpTo: 3, unreadMessageCount: 1 });
    const delivered = await call('POST', `/users/${U2}/conversation/delivered`, { onBehalfOf: U1, body: { messageId: 4 } });
    expect(delivered.body.data.Message).toBe('All the messages from the user are marked as delivered for the requesting user.');
    expect(server.store.conversationState(U1, { uid: U2 })).toMatchObject({ deliveredUpTo: 4, readUpTo: 3 });
    const before = server.store.snapshot();
    const missing = await call('POST', `/users/${U2}/conversation/read`, { onBehalfOf: U1, body: { messageId: 11 } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ERR_MESSAGE_ID_NOT_FOUND');
    expect(server.store.snapshot()).toEqual(before);
  });

  it('marks the messages after messageId unread (`message`, and the conversation as it now is), and requires messageId', async () => {
    await call('POST', `/users/${U2}/conversation/read`, { onBehalfOf: U1 });
    const { body } = await call('DELETE', `/users/${U2}/conversation/read`, { onBehalfOf: U1, body: { messageId: 1 } });
    const { conversation, ...result } = body.data;
    expect(result).toEqual({ success: true, message: 'The messages after the message id 1 from the user cometchat-uid-2 are marked as unread for the user cometchat-uid-1.' });
    expect(conversation).toEqual(server.store.conversation(U1, { uid: U2 }, { withTags: true }));
    expect(conversation.unreadMessageCount).toBe('2');
    expect(server.store.conversationState(U1, { uid: U2 })).toMatchObject({ readUpTo: 1, unreadMessageCount: 2 });
    const bad = await call('DELETE', `/users/${U2}/conversation/read`, { onBehalfOf: U1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual({ body: ['The request body is required.'] });
  });

  it('refuses 403 when there is no conversation to mark', async () => {
    expect((await call('POST', `/users/${U5}/conversation/delivered`, { onBehalfOf: U1 })).status).toBe(403);
  });
});

describe('group conversations', () => {
  it('get: members only, and only once the group has a message', async () => {
    const ok = await call('GET', '/groups/project-group/conversation', { onBehalfOf: U1 });
    expect(ok.body.data[0]).toMatchObject({ conversationId: 'group_project-group', conversationType: 'group', unreadMessageCount: '2', tags: ['work', 'design'] });
    expect(ok.body.data[0].lastMessage).toMatchObject({ category: 'action', type: 'groupMember', data: { action: 'unbanned' } });
    expect(ok.body.data[0].lastMessage.data.entities).toMatchObject({ by: { entity: { uid: U4 } }, on: { entity: { uid: U3 } }, for: { entityType: 'group' } });
    expect((await call('GET', '/groups/project-group/conversation', { onBehalfOf: U5 })).body.error.code).toBe('ERR_CONVERSATION_NOT_ACCESSIBLE');
    expect((await call('GET', '/groups/book-club/conversation', { onBehalfOf: U3 })).status).toBe(403);
    const missing = await call('GET', '/groups/nope/conversation', { onBehalfOf: U1 });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'ERR_GUID_NOT_FOUND']);
  });

  it('update replaces tags; reset removes it until the next message', async () => {
    const updated = await call('PUT', '/groups/hiking-group/conversation', { onBehalfOf: U2, body: { tags: ['weekend'] } });
    expect(updated.body.data[0].tags).toEqual(['weekend']);
    const reset = await call('DELETE', '/groups/hiking-group/conversation', { onBehalfOf: U2 });
    expect(reset.body.data).toEqual({ success: true, message: 'The conversation group_hiking-group has been deleted successfully for UID cometchat-uid-2.' });
    expect(ids((await call('GET', '/conversations', { onBehalfOf: U2 })).body)).not.toContain('group_hiking-group');
    expect((await call('GET', '/groups/hiking-group/conversation', { onBehalfOf: U1 })).status).toBe(200);
    server.store.addMessage({ sender: U5, receiverType: 'group', receiver: 'hiking-group', text: 'rain?' });
    const back = await call('GET', '/groups/hiking-group/conversation', { onBehalfOf: U2 });
    expect(back.body.data[0]).toMatchObject({ unreadMessageCount: '1' });
    expect(back.body.data[0].tags).toBeUndefined();
  });

  it('mark delivered / read / unread', async () => {
    const delivered = await call('POST', '/groups/project-group/conversation/delivered', { onBehalfOf: U1 });
    expect(delivered.body.data).toEqual({ success: true, message: 'All the messages in the group are marked as delivered for the requesting user.' });
    expect(server.store.conversationState(U1, { guid: 'project-group' })).toMatchObject({ deliveredUpTo: 14, readUpTo: 11, unreadMessageCount: 2 });
    const read = await call('POST', '/groups/project-group/conversation/read', { onBehalfOf: U1, body: { messageId: 12 } });
    expect(read.body.data.message).toBe('All the messages in the group are marked as read for the requesting user.');
    expect(server.store.conversationState(U1, { guid: 'project-group' })).toMatchObject({ readUpTo: 12, unreadMessageCount: 1 });
    const unread = await call('DELETE', '/groups/project-group/conversation/read', { onBehalfOf: U1, body: { messageId: 11 } });
    expect(unread.body.data.message).toBe('The messages after the message id 11 in the group project-group are marked as unread for the user cometchat-uid-1.');
    expect(server.store.conversationState(U1, { guid: 'project-group' })).toMatchObject({ readUpTo: 11, unreadMessageCount: 2 });
  });

  it('refuses to mark group messages unread without onBehalfOf (the spec requires it)', async () => {
    const { status, body } = await call('DELETE', '/groups/project-group/conversation/read', { body: { messageId: 11 } });
    expect([status, Object.keys(body.error.details)]).toEqual([400, ['onBehalfOf']]);
  });
});

describe('deprecated getConversation / deleteConversation', () => {
  it('gets by conversation id; 404 ERR_CONVERSATION_NOT_FOUND for an unknown id; 403 for a stranger', async () => {
    const ok = await call('GET', '/conversations/group_project-group', { onBehalfOf: U1 });
    expect(ok.body.data[0].conversationId).toBe('group_project-group');
    const user = await call('GET', '/conversations/cometchat-uid-1_user_cometchat-uid-2', { onBehalfOf: U2 });
    expect(user.body.data[0].conversationWith.uid).toBe(U1);
    const missing = await call('GET', '/conversations/cometchat-uid-1_user_cometchat-uid-5', { onBehalfOf: U1 });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'ERR_CONVERSATION_NOT_FOUND']);
    expect((await call('GET', '/conversations/group_book-club', { onBehalfOf: U1 })).status).toBe(404);
    const stranger = await call('GET', '/conversations/cometchat-uid-2_user_cometchat-uid-3', { onBehalfOf: U1 });
    expect([stranger.status, stranger.body.error.code]).toEqual([403, 'ERR_CONVERSATION_NOT_ACCESSIBLE']);
  });

  it('deletes the conversation for all its users', async () => {
    const { body } = await call('DELETE', '/conversations/group_project-group', { onBehalfOf: U4 });
    expect(body.data).toEqual({ success: true, message: 'The conversation group_project-group has been deleted successfully for all the users.' });
    for (const uid of [U1, U2, U3, U4]) expect(ids((await call('GET', '/conversations', { onBehalfOf: uid })).body)).not.toContain('group_project-group');
    expect((await call('DELETE', '/conversations/group_project-group', { onBehalfOf: U5 })).status).toBe(403);
  });
});

describe('lastMessage', () => {
  it('is absent when the last message was deleted; a new message moves the conversation to the top', async () => {
    server.store.deleteMessage(7);
    const { body } = await call('GET', `/users/${U4}/conversation`, { onBehalfOf: U1 });
    expect(body.data[0].lastMessage).toBeUndefined();
    clock = NOW;
    const sent = server.store.addMessage({ sender: U1, receiverType: 'user', receiver: U4, text: 'new' });
    expect(sent.id).toBe(17);
    const list = (await call('GET', '/conversations', { onBehalfOf: U1 })).body;
    expect(list.data[0]).toMatchObject({ conversationId: 'cometchat-uid-1_user_cometchat-uid-4', unreadMessageCount: '0', lastMessage: { id: '17' } });
  });
});
