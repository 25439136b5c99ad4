// The newer List Conversations filters: blocked users, agentic conversations, unique lists, and the
// accepted-but-inert cursor index.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AGENTIC_ROLE, demoSeed, startMockServer, type MockServer } from '../src/index.ts';
import { client, U1, U2, U3 } from './helpers.ts';

const AGENT = 'support-agent';
let server: MockServer;
let call: ReturnType<typeof client>;
beforeAll(async () => {
  const seed = demoSeed();
  seed.users!.push({ uid: AGENT, name: 'Support Agent', role: AGENTIC_ROLE });
  seed.messages!.push({ id: 100, sender: AGENT, receiverType: 'user', receiver: U1, text: 'How can I help?', category: 'agentic', type: 'text' });
  seed.blocks = [{ uid: U1, blocked: U3, blockedAt: 1_630_500_000 }];
  server = await startMockServer({ seed });
  call = client(server.url);
});
afterAll(() => server.close());
beforeEach(() => server.store.reset());

/** `null`: without onBehalfOf (the app's view of every user's list). */
const list = async (query: Record<string, string | number | boolean>, onBehalfOf: string | null = U1) => call('GET', '/conversations', { ...(onBehalfOf !== null ? { onBehalfOf } : {}), query });
const ids = async (query: Record<string, string | number | boolean> = {}, onBehalfOf?: string) =>
  (await list(query, onBehalfOf ?? U1)).body.data.map((c: { conversationId: string }) => c.conversationId);
const U1_U3 = 'cometchat-uid-1_user_cometchat-uid-3';
const U1_AGENT = `cometchat-uid-1_user_${AGENT}`;

describe('blocked users', () => {
  it('leaves out conversations with a user either side blocked, unless includeBlockedUsers', async () => {
    expect(await ids()).not.toContain(U1_U3);
    expect(await ids({}, U3)).not.toContain(U1_U3);
    expect(await ids({ includeBlockedUsers: true })).toContain(U1_U3);
    const page = await list({});
    expect(page.body.meta.pagination.total).toBe(page.body.data.length);
    // Single reads are not filtered.
    expect((await call('GET', `/users/${U3}/conversation`, { onBehalfOf: U1 })).status).toBe(200);
  });

  it('withBlockedInfo adds the block status, from the acting user side', async () => {
    const mine = (await list({ includeBlockedUsers: true, withBlockedInfo: true })).body.data.find((c: { conversationId: string }) => c.conversationId === U1_U3);
    expect(mine.conversationWith).toMatchObject({ uid: U3, blockedByMe: true, hasBlockedMe: false, blockedByMeAt: 1_630_500_000 });
    expect(mine.conversationWith).not.toHaveProperty('blockedAt');
    const theirs = (await list({ includeBlockedUsers: true, withBlockedInfo: true }, U3)).body.data.find((c: { conversationId: string }) => c.conversationId === U1_U3);
    expect(theirs.conversationWith).toMatchObject({ uid: U1, blockedByMe: false, hasBlockedMe: true, blockedAt: 1_630_500_000 });
    const plain = (await list({ includeBlockedUsers: true }, U3)).body.data.find((c: { conversationId: string }) => c.conversationId === U1_U3);
    expect(plain.conversationWith).not.toHaveProperty('blockedByMe');
  });

  it('follows blocks made and lifted through the store', async () => {
    server.store.unblock(U1, U3);
    expect(await ids()).toContain(U1_U3);
    server.store.block(U2, U1);
    expect(await ids()).not.toContain('cometchat-uid-1_user_cometchat-uid-2');
    expect(server.store.isBlocked(U1, U2)).toBe(true);
    expect(() => server.store.block(U1, U1)).toThrow(/different/);
  });
});

describe('agentic conversations', () => {
  it('hideAgentic leaves out conversations with an AI agent; onlyAgentic lists only those', async () => {
    expect(await ids()).toContain(U1_AGENT);
    expect(await ids({ hideAgentic: true })).not.toContain(U1_AGENT);
    expect(await ids({ onlyAgentic: true })).toEqual([U1_AGENT]);
    const agentic = (await list({ onlyAgentic: true })).body.data[0];
    expect(agentic.lastMessage.category).toBe('agentic');
  });

  it('refuses both at once, naming onlyAgentic', async () => {
    const both = await list({ hideAgentic: true, onlyAgentic: true });
    expect([both.status, both.body.error.code, Object.keys(both.body.error.details)]).toEqual([400, 'ERR_BAD_REQUEST', ['onlyAgentic']]);
  });
});

describe('unique lists', () => {
  it('without onBehalfOf, unique=1 lists each conversation once', async () => {
    const all = (await list({ perPage: 1000 }, null)).body.data.map((c: { conversationId: string }) => c.conversationId);
    const unique = (await list({ perPage: 1000, unique: 1 }, null)).body.data.map((c: { conversationId: string }) => c.conversationId);
    expect(new Set(unique).size).toBe(unique.length);
    expect(new Set(unique)).toEqual(new Set(all));
    expect(unique.length).toBeLessThan(all.length);
    expect((await list({ perPage: 1000, unique: 0 }, null)).body.data).toHaveLength(all.length);
  });

  it('refuses unique=1 with onBehalfOf', async () => {
    const refused = await list({ unique: 1 });
    expect([refused.status, Object.keys(refused.body.error.details)]).toEqual([400, ['unique']]);
  });
});

it('accepts useCursoredIndex (0 or 1) and pages the same either way; refuses other values', async () => {
  const plain = await list({ perPage: 2, page: 2 });
  for (const useCursoredIndex of [0, 1]) expect((await list({ perPage: 2, page: 2, useCursoredIndex })).body).toEqual(plain.body);
  expect((await list({ useCursoredIndex: 2 })).status).toBe(400);
});
