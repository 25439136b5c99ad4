// Load through the client: 5,000 calls at concurrency 64 against the mock (a mix of reads, list
// pages and idempotent writes), with zero errors, every result checked, no retries (the mock saw
// exactly one request per call), connections reused, and the throughput reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCometChatClient, type CometChatClient } from '@cometchat-rest/client';
import { DEMO_API_KEY, DEMO_UIDS, startMockServer, type MockServer } from '@cometchat-rest/mock';
import { within } from './helpers.ts';

const CALLS = 5_000;
const CONCURRENCY = 64;
const [U1, U2, U3] = DEMO_UIDS;

let server: MockServer;
let client: CometChatClient<true>;
let requests = 0;
let connections = 0;
let closed = 0;

beforeAll(async () => {
  server = await startMockServer({ port: 0, rateLimit: false });
  server.httpServer.on('request', () => requests++);
  server.httpServer.on('connection', (socket) => {
    connections++;
    socket.on('close', () => closed++);
  });
  // maxRetries 0: any failure surfaces as an error instead of being hidden by a retry.
  client = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY, onBehalfOf: U1, maxRetries: 0, timeoutMs: 15_000 });
});
afterAll(async () => {
  await server?.close();
});

/** The i-th call and the check of its result. */
const calls: ((i: number) => Promise<void>)[] = [
  async () => {
    const conversation = await client.getUserConversation({ uid: U2 });
    expect(conversation.conversationId).toBe(`${U1}_user_${U2}`);
  },
  async (i) => {
    const page = await client.listConversations({ perPage: 2, page: (i % 3) + 1 });
    expect(page.meta.pagination).toMatchObject({ total: 5, current_page: (i % 3) + 1, total_pages: 3 });
    expect(page.data.length).toBe(i % 3 === 2 ? 1 : 2);
  },
  async () => {
    const conversation = await client.getGroupConversation({ guid: 'project-group' });
    expect(conversation.conversationType).toBe('group');
  },
  async (i) => {
    const tags = [`t${i % 7}`];
    const conversation = await client.updateUserConversation({ uid: U3, tags });
    expect(conversation.tags).toEqual(tags);
  },
  async () => {
    const result = await client.markGroupConversationAsDelivered({ guid: 'hiking-group' });
    expect(result.success).toBe(true);
  },
];

describe('load through the client', () => {
  it(`${CALLS.toLocaleString('en-US')} calls at concurrency ${CONCURRENCY}: zero errors, one request per call`, async () => {
    const errors: unknown[] = [];
    const perKind = new Array<number>(calls.length).fill(0);
    let next = 0;
    const started = performance.now();
    await within(
      90_000,
      Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < CALLS) {
            const i = next++;
            try {
              await calls[i % calls.length]!(i);
              perKind[i % calls.length]!++;
            } catch (error) {
              errors.push(error);
            }
          }
        }),
      ),
      'load',
    );
    const seconds = (performance.now() - started) / 1000;
    const rate = CALLS / seconds;
    console.log(`load: ${CALLS} client calls at concurrency ${CONCURRENCY} in ${seconds.toFixed(2)} s = ${Math.round(rate).toLocaleString('en-US')} req/s (${connections} connections)`);

    expect(errors.slice(0, 3)).toEqual([]);
    expect(errors).toHaveLength(0);
    expect(perKind).toEqual(new Array(calls.length).fill(CALLS / calls.length));
    expect(requests).toBe(CALLS);
    // Keep-alive: connections are reused, not one per request. undici opens some more than the
    // concurrency during the first burst, while connections are being set up; on a slow run one of
    // those extra, idle ones may reach its keep-alive timeout and close, which is harmless.
    expect(connections).toBeGreaterThan(0);
    expect(connections).toBeLessThanOrEqual(2 * CONCURRENCY);
    expect(closed).toBeLessThanOrEqual(connections - CONCURRENCY / 2);
    expect(rate).toBeGreaterThan(0);
    // The writes landed: the last tag set of uid-3's conversation is one of those sent.
    expect(server.store.conversationState(U1, { uid: U3 })!.tags).toEqual([expect.stringMatching(/^t[0-6]$/)]);
  }, 120_000);

  it('afterwards every connection is still open, and a new call reuses one', async () => {
    const open = await new Promise<number>((resolve, reject) => server.httpServer.getConnections((error, count) => (error ? reject(error) : resolve(count))));
    expect(open).toBe(connections - closed);
    // One more call goes through at once on the warm pool.
    const before = connections;
    await within(5_000, client.getUserConversation({ uid: U2 }));
    expect(connections).toBe(before);
  });
});
