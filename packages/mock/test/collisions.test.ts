// Conversations are keyed by who is in them, never by the id the wire shows: two conversations can
// render with the same id (users `a` + `b_user_c` and `a_user_b` + `c`; group `a_user_z` and users
// `group_a` + `z`) and stay apart. Where an API names a conversation by id only, the id is resolved
// from the acting user's side (see MockStore).
import { describe, expect, it } from 'vitest';
import { createMockApp, MockStore, type Seed } from '../src/index.ts';
import { client } from './helpers.ts';

function setup(seed: Seed) {
  const mock = createMockApp({ seed, rateLimit: false });
  const call = client('http://mock.test/v3', { fetch: (input, init) => mock.fetch(new Request(input, init)), rateLimitHeaders: false });
  return { store: mock.store, call };
}

const text = (conversation: any) => conversation.lastMessage?.data?.text;

describe('user/user collision: a + b_user_c and a_user_b + c share a_user_b_user_c', () => {
  const seed: Seed = {
    users: ['a', 'b_user_c', 'a_user_b', 'c'].map((uid) => ({ uid, name: uid.toUpperCase() })),
    messages: [
      { sender: 'a', receiverType: 'user', receiver: 'b_user_c', text: 'from a to b_user_c', sentAt: 1_700_000_000 },
      { sender: 'c', receiverType: 'user', receiver: 'a_user_b', text: "c's private message", sentAt: 1_700_000_100 },
    ],
  };

  it('keeps their messages apart in the store', () => {
    const store = new MockStore(seed);
    expect(store.conversation('a', { uid: 'b_user_c' })!.conversationId).toBe('a_user_b_user_c');
    expect(store.conversation('c', { uid: 'a_user_b' })!.conversationId).toBe('a_user_b_user_c');
    expect(text(store.conversation('a', { uid: 'b_user_c' }))).toBe('from a to b_user_c');
    expect(text(store.conversation('c', { uid: 'a_user_b' }))).toBe("c's private message");
    expect(store.conversations('a').map(text)).toEqual(['from a to b_user_c']);
    expect(store.conversationState('a', { uid: 'b_user_c' })!.unreadMessageCount).toBe(0);
    expect(store.conversationState('b_user_c', { uid: 'a' })!.unreadMessageCount).toBe(1);
    // By id, each user gets their own conversation.
    expect(text(store.conversation('a', 'a_user_b_user_c'))).toBe('from a to b_user_c');
    expect(text(store.conversation('c', 'a_user_b_user_c'))).toBe("c's private message");
    expect(new MockStore(store.snapshot()).snapshot()).toEqual(store.snapshot());
  });

  it('over HTTP: a never reads c\'s message, and c reaches its own conversation by id', async () => {
    const { call } = setup(seed);
    const asA = await call('GET', '/conversations/a_user_b_user_c', { onBehalfOf: 'a' });
    expect(asA.status).toBe(200);
    expect(text(asA.body.data[0])).toBe('from a to b_user_c');
    expect(asA.body.data[0].conversationWith.uid).toBe('b_user_c');
    const asC = await call('GET', '/conversations/a_user_b_user_c', { onBehalfOf: 'c' });
    expect(asC.status).toBe(200);
    expect(text(asC.body.data[0])).toBe("c's private message");
    expect(asC.body.data[0].conversationWith.uid).toBe('a_user_b');
    const list = await call('GET', '/conversations', { onBehalfOf: 'a' });
    expect(list.body.data.map(text)).toEqual(['from a to b_user_c']);
  });

  it('the deprecated delete resets only the acting user\'s conversation', async () => {
    const { store, call } = setup(seed);
    expect((await call('DELETE', '/conversations/a_user_b_user_c', { onBehalfOf: 'c' })).status).toBe(200);
    expect(store.isVisible('c', { uid: 'a_user_b' })).toBe(false);
    expect(store.isVisible('a_user_b', { uid: 'c' })).toBe(false);
    expect(store.isVisible('a', { uid: 'b_user_c' })).toBe(true);
    expect(store.isVisible('b_user_c', { uid: 'a' })).toBe(true);
  });

  it('a mark by id changes the acting user\'s conversation only', () => {
    const store = new MockStore(seed);
    store.markRead('a_user_b', 'a_user_b_user_c');
    expect(store.conversationState('a_user_b', { uid: 'c' })!.unreadMessageCount).toBe(0);
    expect(store.conversationState('b_user_c', { uid: 'a' })!.unreadMessageCount).toBe(1);
  });
});

describe('group/user collision: group a_user_z and users group_a + z share group_a_user_z', () => {
  const seed: Seed = {
    users: [{ uid: 'z', name: 'Zed' }, { uid: 'group_a', name: 'Group A (a user)' }],
    groups: [{ guid: 'a_user_z', name: 'A group', owner: 'z' }],
    messages: [
      { sender: 'z', receiverType: 'group', receiver: 'a_user_z', text: 'to the group', sentAt: 1_700_000_000 },
      { sender: 'group_a', receiverType: 'user', receiver: 'z', text: 'private to z', sentAt: 1_700_000_100 },
    ],
  };

  it('keeps them apart: by target, each is its own conversation', async () => {
    const { store, call } = setup(seed);
    expect(store.conversation('z', { guid: 'a_user_z' })!.conversationId).toBe('group_a_user_z');
    expect(store.conversation('z', { uid: 'group_a' })!.conversationId).toBe('group_a_user_z');
    expect(store.conversations('z').map(text)).toEqual(['private to z', 'to the group']);
    expect(text((await call('GET', '/groups/a_user_z/conversation', { onBehalfOf: 'z' })).body.data[0])).toBe('to the group');
    expect(text((await call('GET', '/users/group_a/conversation', { onBehalfOf: 'z' })).body.data[0])).toBe('private to z');
    // group_a is no member of the group: by id it gets its own conversation with z.
    const asGroupA = await call('GET', '/conversations/group_a_user_z', { onBehalfOf: 'group_a' });
    expect(asGroupA.body.data[0]).toMatchObject({ conversationType: 'user', conversationWith: { uid: 'z' } });
  });

  it('by id, for a user in both: the one that shows in their list, else the group', async () => {
    const { store, call } = setup(seed);
    const both = await call('GET', '/conversations/group_a_user_z', { onBehalfOf: 'z' });
    expect(both.body.data[0]).toMatchObject({ conversationType: 'group', conversationWith: { guid: 'a_user_z' } });
    expect((await call('DELETE', '/groups/a_user_z/conversation', { onBehalfOf: 'z' })).status).toBe(200);
    const afterReset = await call('GET', '/conversations/group_a_user_z', { onBehalfOf: 'z' });
    expect(afterReset.body.data[0]).toMatchObject({ conversationType: 'user', conversationWith: { uid: 'group_a' } });
    expect(store.conversationState('z', 'group_a_user_z')).toMatchObject({ visible: true, unreadMessageCount: 1 });
  });

  it('id-only store lookups take the group first', () => {
    const store = new MockStore(seed);
    expect(store.messages('group_a_user_z').map((m) => m.data.text)).toEqual(['to the group']);
    expect(store.participants('group_a_user_z')).toEqual(['z']);
    expect(store.hasMessage('group_a_user_z', 2)).toBe(true);
    expect(store.hasMessage({ guid: 'a_user_z' }, 2, 'z')).toBe(false);
    expect(store.hasMessage({ uid: 'group_a' }, 2, 'z')).toBe(true);
  });
});
