// Pinned conversations: a user's own pins (per user, with a limit), the app's global pins (in every
// user's list, first), the feature switch, and how pins order and filter the list.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_SYSTEM, MockStore, startMockServer, type MockServer } from '../src/index.ts';
import { client, U1, U2, U3, U4, U5 } from './helpers.ts';

const START = 1_700_000_000_000;
let clock = START;
let server: MockServer;
let call: ReturnType<typeof client>;
beforeAll(async () => {
  server = await startMockServer({ now: () => clock, pins: { perUserLimit: 2 } });
  call = client(server.url);
});
afterAll(() => server.close());
beforeEach(() => {
  clock = START;
  server.store.reset();
});

const ids = async (uid: string, query: Record<string, string | number | boolean> = {}) =>
  (await call('GET', '/conversations', { onBehalfOf: uid, query })).body.data.map((c: { conversationId: string }) => c.conversationId);
const U1_U2 = 'cometchat-uid-1_user_cometchat-uid-2';
const U1_U3 = 'cometchat-uid-1_user_cometchat-uid-3';
const U1_U4 = 'cometchat-uid-1_user_cometchat-uid-4';

describe("a user's own pins", () => {
  it('pins for that user alone, at the top of their list, and answers the conversation with its pin', async () => {
    expect(await ids(U1)).toEqual(['group_project-group', U1_U2, U1_U3, U1_U4, 'group_hiking-group']);
    const pinned = await call('POST', '/groups/hiking-group/conversation/pin', { onBehalfOf: U1 });
    expect(pinned.status).toBe(200);
    expect(pinned.body.data).toMatchObject({ conversationId: 'group_hiking-group', conversationType: 'group', pinnedBy: U1, pinnedAt: START / 1000 });
    expect(pinned.body.data.conversationWith.guid).toBe('hiking-group');
    expect(await ids(U1)).toEqual(['group_hiking-group', 'group_project-group', U1_U2, U1_U3, U1_U4]);
    // U5 is in the hiking group too: their list is not changed, and their conversation shows no pin.
    const other = await call('GET', '/groups/hiking-group/conversation', { onBehalfOf: U5 });
    expect(other.body.data[0]).not.toHaveProperty('pinnedBy');
  });

  it('is idempotent: pinning again keeps the first pinnedAt; within the pinned section, latest activity first', async () => {
    await call('POST', `/users/${U4}/conversation/pin`, { onBehalfOf: U1 });
    clock += 60_000;
    await call('POST', `/users/${U3}/conversation/pin`, { onBehalfOf: U1 });
    clock += 60_000;
    const again = await call('POST', `/users/${U4}/conversation/pin`, { onBehalfOf: U1 });
    expect(again.body.data.pinnedAt).toBe(START / 1000);
    expect((await ids(U1)).slice(0, 2)).toEqual([U1_U3, U1_U4]);
    expect(server.store.pinCount(U1)).toBe(2);
  });

  it('refuses a pin past the per-user limit (re-pinning at the limit still succeeds), and changes nothing', async () => {
    await call('POST', `/users/${U4}/conversation/pin`, { onBehalfOf: U1 });
    await call('POST', `/users/${U3}/conversation/pin`, { onBehalfOf: U1 });
    const before = server.store.snapshot();
    const third = await call('POST', '/groups/project-group/conversation/pin', { onBehalfOf: U1 });
    expect([third.status, third.body.error.code]).toEqual([400, 'ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED']);
    expect(third.body.error.message).toContain('limit of 2');
    expect(server.store.snapshot()).toEqual(before);
    expect((await call('POST', `/users/${U3}/conversation/pin`, { onBehalfOf: U1 })).status).toBe(200);
    // Another user's pins are counted apart.
    expect((await call('POST', `/users/${U1}/conversation/pin`, { onBehalfOf: U2 })).status).toBe(200);
  });

  it('refuses a conversation without messages (403), an unknown user or group (404), and a stranger to the group (403)', async () => {
    const empty = await call('POST', `/users/${U5}/conversation/pin`, { onBehalfOf: U1 });
    expect([empty.status, empty.body.error.code]).toEqual([403, 'ERR_CONVERSATION_NOT_ACCESSIBLE']);
    expect((await call('POST', '/users/ghost/conversation/pin', { onBehalfOf: U1 })).body.error.code).toBe('ERR_UID_NOT_FOUND');
    expect((await call('POST', '/groups/ghost/conversation/pin', { onBehalfOf: U1 })).body.error.code).toBe('ERR_GUID_NOT_FOUND');
    expect((await call('POST', '/groups/book-club/conversation/pin', { onBehalfOf: U1 })).body.error.code).toBe('ERR_CONVERSATION_NOT_ACCESSIBLE');
    expect((await call('POST', `/users/${U2}/conversation/pin`, { onBehalfOf: 'ghost' })).body.error.code).toBe('ERR_UID_NOT_FOUND');
  });

  it('unpins idempotently, answering the conversation without pinnedBy and pinnedAt', async () => {
    await call('POST', `/users/${U4}/conversation/pin`, { onBehalfOf: U1 });
    for (let i = 0; i < 2; i++) {
      const unpinned = await call('DELETE', `/users/${U4}/conversation/pin`, { onBehalfOf: U1 });
      expect(unpinned.status).toBe(200);
      expect(unpinned.body.data.conversationId).toBe(U1_U4);
      expect(unpinned.body.data).not.toHaveProperty('pinnedBy');
      expect(unpinned.body.data).not.toHaveProperty('pinnedAt');
    }
    expect(await ids(U1)).toEqual(['group_project-group', U1_U2, U1_U3, U1_U4, 'group_hiking-group']);
    // A conversation that does not show (no messages) answers with its id and kind only.
    const none = await call('DELETE', `/users/${U5}/conversation/pin`, { onBehalfOf: U1 });
    expect(none.body.data).toEqual({ conversationId: 'cometchat-uid-1_user_cometchat-uid-5', conversationType: 'user' });
    expect((await call('DELETE', '/groups/book-club/conversation/pin', { onBehalfOf: U1 })).body.error.code).toBe('ERR_CONVERSATION_NOT_ACCESSIBLE');
  });
});

describe("the app's global pins", () => {
  it('replaces the whole list (repeats once, at their first place) and lists it first for every member, in its order', async () => {
    const put = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U4 }, { guid: 'hiking-group' }, { uid: 'COMETCHAT-UID-4' }] } });
    expect(put.status).toBe(200);
    expect(put.body.data).toEqual([
      { conversationId: `user_${U4}`, conversationType: 'user', pinnedBy: APP_SYSTEM, pinnedAt: START / 1000 },
      { conversationId: 'group_hiking-group', conversationType: 'group', pinnedBy: APP_SYSTEM, pinnedAt: START / 1000 },
    ]);
    expect((await call('GET', '/conversations/pinned')).body.data).toEqual(put.body.data);
    expect(await ids(U1)).toEqual([U1_U4, 'group_hiking-group', 'group_project-group', U1_U2, U1_U3]);
    // U5's conversations with U4 and the hiking group are pinned for U5 too.
    expect((await ids(U5)).slice(0, 2)).toEqual(['cometchat-uid-4_user_cometchat-uid-5', 'group_hiking-group']);
    const one = await call('GET', `/users/${U4}/conversation`, { onBehalfOf: U1 });
    expect(one.body.data[0]).toMatchObject({ pinnedBy: APP_SYSTEM, pinnedAt: START / 1000 });
  });

  it('keeps the first pinnedAt of a pin that stays, and an empty array clears the list', async () => {
    await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ guid: 'project-group' }] } });
    clock += 120_000;
    const put = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U2 }, { guid: 'project-group' }] } });
    expect(put.body.data.map((p: { pinnedAt: number }) => p.pinnedAt)).toEqual([START / 1000 + 120, START / 1000]);
    const cleared = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [] } });
    expect(cleared.body.data).toEqual([]);
    expect(await ids(U1)).toEqual(['group_project-group', U1_U2, U1_U3, U1_U4, 'group_hiking-group']);
  });

  it("takes the place of a user's own pin, which users cannot pin or unpin", async () => {
    await call('POST', '/groups/project-group/conversation/pin', { onBehalfOf: U1 });
    expect(server.store.pinCount(U1)).toBe(1);
    await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ guid: 'project-group' }] } });
    expect(server.store.pinCount(U1)).toBe(0);
    const pin = await call('POST', '/groups/project-group/conversation/pin', { onBehalfOf: U2 });
    expect([pin.status, pin.body.error.code]).toEqual([403, 'ERR_SYSTEM_PINNED_CONVERSATION']);
    const unpin = await call('DELETE', '/groups/project-group/conversation/pin', { onBehalfOf: U1 });
    expect([unpin.status, unpin.body.error.code, unpin.body.error.message]).toEqual([
      403,
      'ERR_SYSTEM_PINNED_CONVERSATION',
      'The conversation is pinned for all users by the app and can not be unpinned by a user.',
    ]);
  });

  it('refuses more than 5 distinct conversations and unknown ids, changing nothing', async () => {
    await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U2 }] } });
    const before = server.store.snapshot();
    const six = [{ uid: U1 }, { uid: U2 }, { uid: U3 }, { uid: U4 }, { uid: U5 }, { guid: 'book-club' }];
    const tooMany = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: six } });
    expect([tooMany.status, tooMany.body.error.code]).toEqual([400, 'ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED']);
    // Repeats do not count against the cap.
    const repeats = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [...six.slice(0, 5), { uid: U1 }] } });
    expect(repeats.status).toBe(200);
    server.store.load(before);
    const unknown = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U3 }, { guid: 'ghost' }] } });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ERR_GUID_NOT_FOUND']);
    expect(server.store.snapshot()).toEqual(before);
    const both = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U3, guid: 'hiking-group' }] } });
    expect(both.status).toBe(400);
  });
});

describe('listing by pin', () => {
  beforeEach(async () => {
    await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ guid: 'hiking-group' }] } });
    await call('POST', `/users/${U3}/conversation/pin`, { onBehalfOf: U1 });
  });

  it('pinnedBy=me, system, or both', async () => {
    expect(await ids(U1, { pinnedBy: 'me' })).toEqual([U1_U3]);
    expect(await ids(U1, { pinnedBy: 'system' })).toEqual(['group_hiking-group']);
    expect(await ids(U1, { pinnedBy: 'me,system' })).toEqual(['group_hiking-group', U1_U3]);
    const page = await call('GET', '/conversations', { onBehalfOf: U1, query: { pinnedBy: 'me,system', perPage: 1 } });
    expect(page.body.meta.pagination).toMatchObject({ total: 2, count: 1, total_pages: 2 });
  });

  it('refuses pinnedBy=me without onBehalfOf, and values other than me and system', async () => {
    const noOwner = await call('GET', '/conversations', { query: { pinnedBy: 'me' } });
    expect([noOwner.status, Object.keys(noOwner.body.error.details)]).toEqual([400, ['pinnedBy']]);
    expect((await call('GET', '/conversations', { onBehalfOf: U1, query: { pinnedBy: 'everyone' } })).status).toBe(400);
    // The app's pins, across every user's list.
    const system = await call('GET', '/conversations', { query: { pinnedBy: 'system' } });
    expect(system.body.data.every((c: { conversationId: string }) => c.conversationId === 'group_hiking-group')).toBe(true);
  });
});

describe('reset and pins', () => {
  it('a reset takes the conversation out of the list and unpins it; with preserveOrder it stays, pinned, without messages', async () => {
    await call('POST', `/users/${U3}/conversation/pin`, { onBehalfOf: U1 });
    clock += 60_000;
    await call('POST', `/users/${U4}/conversation/pin`, { onBehalfOf: U1 });
    const kept = await call('DELETE', `/users/${U3}/conversation`, { onBehalfOf: U1, body: { preserveOrder: true } });
    expect(kept.status).toBe(200);
    const listed = (await call('GET', '/conversations', { onBehalfOf: U1 })).body.data;
    // Kept at its place in the pinned section (by its activity before the reset).
    expect(listed.map((c: { conversationId: string }) => c.conversationId).slice(0, 2)).toEqual([U1_U3, U1_U4]);
    const keptOne = listed.find((c: { conversationId: string }) => c.conversationId === U1_U3);
    expect(keptOne).not.toHaveProperty('lastMessage');
    expect(keptOne).toMatchObject({ unreadMessageCount: '0', pinnedBy: U1 });
    await call('DELETE', `/users/${U4}/conversation`, { onBehalfOf: U1 });
    expect(await ids(U1)).not.toContain(U1_U4);
    expect(server.store.pinCount(U1)).toBe(1);
    // A new message brings it back, no longer kept and no longer pinned.
    server.store.addMessage({ sender: U4, receiverType: 'user', receiver: U1, text: 'back' });
    expect(server.store.conversationState(U1, { uid: U4 })).not.toHaveProperty('pinnedAt');

    await call('DELETE', '/groups/project-group/conversation', { onBehalfOf: U1, body: { preserveOrder: true } });
    expect(await ids(U1)).toContain('group_project-group');
    await call('DELETE', '/groups/project-group/conversation', { onBehalfOf: U2 });
    expect(await ids(U2)).not.toContain('group_project-group');
  });
});

describe('the pin feature switched off', () => {
  it('answers 403 ERR_FEATURE_NOT_ACCESSIBLE on every pin operation and changes nothing', async () => {
    const off = await startMockServer({ pins: false });
    try {
      const offCall = client(off.url);
      const before = off.store.snapshot();
      const requests: [string, string, object][] = [
        ['GET', '/conversations/pinned', {}],
        ['PUT', '/conversations/pinned', { body: { pinnedConversations: [] } }],
        ['POST', `/users/${U2}/conversation/pin`, { onBehalfOf: U1 }],
        ['DELETE', `/users/${U2}/conversation/pin`, { onBehalfOf: U1 }],
        ['POST', '/groups/project-group/conversation/pin', { onBehalfOf: U1 }],
        ['DELETE', '/groups/project-group/conversation/pin', { onBehalfOf: U1 }],
      ];
      for (const [method, path, options] of requests) {
        const answer = await offCall(method, path, options);
        expect([method, path, answer.status, answer.body.error.code]).toEqual([method, path, 403, 'ERR_FEATURE_NOT_ACCESSIBLE']);
      }
      expect(off.store.snapshot()).toEqual(before);
      expect((await offCall('GET', '/conversations', { onBehalfOf: U1 })).status).toBe(200);
    } finally {
      await off.close();
    }
  });

  it('checks the settings it is given', () => {
    expect(new MockStore('demo').pinSettings).toEqual({ enabled: true, perUserLimit: 5, globalLimit: 5 });
    expect(() => new MockStore('demo', { pins: { globalLimit: 6 } })).toThrow(/globalLimit must be an integer from 0 to 5/);
    expect(() => new MockStore('demo', { pins: { perUserLimit: -1 } })).toThrow(/perUserLimit/);
  });
});

describe('pins in seeds and snapshots', () => {
  it('a snapshot holds both kinds of pins and loads back to the same lists', async () => {
    await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U4 }, { guid: 'project-group' }] } });
    clock += 1000;
    await call('POST', `/users/${U3}/conversation/pin`, { onBehalfOf: U1 });
    await call('DELETE', '/groups/hiking-group/conversation', { onBehalfOf: U1, body: { preserveOrder: true } });
    const snapshot = server.store.snapshot();
    expect(snapshot.pinnedConversations).toEqual([
      { uid: U4, pinnedAt: START / 1000 },
      { guid: 'project-group', pinnedAt: START / 1000 },
    ]);
    const copy = new MockStore(JSON.parse(JSON.stringify(snapshot)));
    expect(copy.snapshot()).toEqual(snapshot);
    expect(copy.conversations(U1).map((c) => c.conversationId)).toEqual(await ids(U1));
  });

  it('refuses seeds whose pins name nothing, repeat, or pin for a user what the app pinned', () => {
    const seed = (extra: object) => ({ ...new MockStore('demo').snapshot(), ...extra });
    expect(() => new MockStore(seed({ pinnedConversations: [{ guid: 'ghost' }] }))).toThrow(/ghost/);
    expect(() => new MockStore(seed({ pinnedConversations: [{ uid: U2 }, { uid: U2 }] }))).toThrow(/pinnedConversations/);
    expect(() =>
      new MockStore(
        seed({
          pinnedConversations: [{ uid: U2 }],
          conversations: [{ uid: U1, with: { uid: U2 }, pinnedAt: 1 }],
        }),
      ),
    ).toThrow(/pinned/);
  });
});

it('a global pin entry is named by the field that is a valid id; the other may be anything', async () => {
  const answer = await call('PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U2, guid: [1] }, { uid: '', guid: 'project-group' }] } });
  expect(answer.status).toBe(200);
  expect(answer.body.data.map((p: { conversationId: string }) => p.conversationId)).toEqual([`user_${U2}`, 'group_project-group']);
});
