// Seeds and the store API used from tests: validation with clear errors, snapshots that round-trip,
// and store helpers that refuse bad data without changing anything.
import { describe, expect, it } from 'vitest';
import { MockStore, SeedError, startMockServer, type Seed } from '../src/index.ts';

const problemsOf = (seed: unknown): string[] => {
  try {
    new MockStore(seed as Seed);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as SeedError).problems;
  }
  throw new Error('the seed was accepted');
};

describe('seed validation', () => {
  it('reports shape problems with their JSON path', () => {
    const problems = problemsOf({
      users: [{ uid: 'has space', name: 'X' }, { uid: 'ok', name: 'Y', createdAt: 1_700_000_000_000, colour: 'red' }],
      groups: [{ guid: 'g', name: 'G', owner: 'ok', type: 'secret' }],
      messages: [{ sender: 'ok', receiverType: 'user', receiver: 'x', data: { entities: {} } }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        '$.users[0].uid: must match pattern "^[A-Za-z0-9_-]+$"',
        '$.users[1]: must NOT have additional properties (colour)',
        '$.users[1].createdAt: must be <= 99999999999 (timestamps are Unix seconds, not milliseconds)',
        '$.groups[0].type: must be equal to one of the allowed values (public, private, password)',
        '$.messages[0].data: must not contain entities (they are generated)',
      ]),
    );
    expect(problemsOf([])).toEqual(['$: a seed must be an object whose users, groups, members, messages, conversations, pinnedConversations and blocks are arrays (each optional)']);
  });

  it('reports broken references', () => {
    const problems = problemsOf({
      users: [{ uid: 'Ann', name: 'Ann' }, { uid: 'ann', name: 'Ann again' }, { uid: 'bob', name: 'Bob' }],
      groups: [{ guid: 'club', name: 'Club', owner: 'carol' }],
      members: [{ guid: 'club', uid: 'bob' }, { guid: 'nope', uid: 'bob' }],
      messages: [
        { sender: 'bob', receiverType: 'user', receiver: 'dave' },
        { sender: 'ann', receiverType: 'group', receiver: 'club' },
        { sender: 'bob', receiverType: 'user', receiver: 'bob' },
        { sender: 'bob', receiverType: 'group', receiver: 'club', parentId: 99 },
      ],
      conversations: [{ uid: 'ann', with: { guid: 'club' } }],
    });
    expect(problems).toEqual([
      '$.users[1].uid: duplicate UID ann (UIDs are case-insensitive)',
      '$.groups[0].owner: unknown user carol',
      '$.members[1].guid: unknown group nope',
      '$.messages[0].receiver: unknown user dave',
      '$.messages[1].sender: ann is not a member of the group club',
      '$.messages[2].receiver: a user cannot message themself',
      '$.messages[3].parentId: no message has the id 99 (give the parent an explicit id)',
      '$.conversations[0].uid: ann is not a member of the group club',
    ]);
  });

  it('startMockServer rejects a bad seed before listening', async () => {
    await expect(startMockServer({ seed: { users: [{ uid: 'x' }] } as unknown as Seed })).rejects.toThrow(/Invalid seed:\n {2}- \$\.users\[0\]: must have required property 'name'/);
  });
});

describe('store', () => {
  it('lowercases ids, fills defaults, and snapshots round-trip as seeds', () => {
    const store = new MockStore(
      {
        users: [{ uid: 'Alice', name: 'Alice' }, { uid: 'bob', name: 'Bob', tags: ['t'] }],
        groups: [{ guid: 'Team', name: 'Team', owner: 'alice' }],
        members: [{ guid: 'team', uid: 'BOB', scope: 'moderator' }],
        messages: [
          { sender: 'alice', receiverType: 'user', receiver: 'bob', text: 'hi' },
          { sender: 'bob', receiverType: 'group', receiver: 'team', category: 'custom', type: 'poll', data: { customData: { q: 1 } } },
        ],
      },
      { now: () => 1_700_000_000_000 },
    );
    const snapshot = store.snapshot();
    expect(snapshot.users.map((u) => u.uid)).toEqual(['alice', 'bob']);
    expect(snapshot.members).toEqual([
      { guid: 'team', uid: 'alice', scope: 'admin', joinedAt: 1_700_000_000 },
      { guid: 'team', uid: 'bob', scope: 'moderator', joinedAt: 1_700_000_000 },
    ]);
    expect(snapshot.messages.map((m) => [m.id, m.sentAt, m.data])).toEqual([
      [1, 1_700_000_000, { text: 'hi' }],
      [2, 1_700_000_000, { customData: { q: 1 } }],
    ]);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(new MockStore(snapshot).snapshot()).toEqual(snapshot);
    expect(store.conversation('BOB', { guid: 'TEAM' })).toMatchObject({ conversationId: 'group_team', unreadMessageCount: '0' });
    // Same update time: ordered by the other side's id (bob < team).
    expect(store.conversations('alice').map((c) => c.conversationId)).toEqual(['alice_user_bob', 'group_team']);
  });

  it('helpers validate like a seed and change nothing on error; reset goes back to the seed', () => {
    const store = new MockStore('demo');
    const before = store.snapshot();
    expect(() => store.addMessage({ sender: 'ghost', receiverType: 'user', receiver: 'cometchat-uid-1' })).toThrow(SeedError);
    expect(() => store.addMember({ guid: 'book-club', uid: 'cometchat-uid-3' })).toThrow(/listed twice/);
    expect(store.snapshot()).toEqual(before);
    store.addUser({ uid: 'new-user', name: 'New' });
    store.addMember({ guid: 'book-club', uid: 'new-user' });
    const message = store.addMessage({ sender: 'new-user', receiverType: 'group', receiver: 'book-club', text: 'first!' });
    expect(message).toMatchObject({ id: 17, conversationId: 'group_book-club' });
    expect(store.conversation('cometchat-uid-3', { guid: 'book-club' })?.unreadMessageCount).toBe('1');
    store.reset();
    expect(store.snapshot()).toEqual(before);
    const empty = new MockStore('empty');
    expect(empty.entries()).toEqual([]);
  });

  it('returns copies: changing a result does not change the store', () => {
    const store = new MockStore('demo');
    const conversation = store.conversation('cometchat-uid-1', { guid: 'project-group' })!;
    (conversation.lastMessage!.data as Record<string, unknown>).action = 'changed';
    expect(store.conversation('cometchat-uid-1', { guid: 'project-group' })!.lastMessage!.data!.action).toBe('unbanned');
  });
});
