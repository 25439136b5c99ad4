// Arguments that type-check but break the spec: the client must refuse each with a
// CometChatArgumentError before anything reaches the wire, where Prism (a validating proxy in front of
// the mock) would refuse it. Each case is also sent raw (`cometchat.raw`, the plain openapi-fetch
// client underneath) to show that Prism does refuse it.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { CometChatArgumentError, createCometChatClient } from '@cometchat-rest/client';
import { DEMO_API_KEY, startMockServer, type MockServer } from '@cometchat-rest/mock';
import { ACTING_USER, type Client } from './support/operations.ts';
import { prismProxy } from './support/prism.ts';
import type { Served } from './support/processes.ts';
import { recorder } from './support/recorder.ts';

const LONG = 'x'.repeat(101); // ids and tags allow at most 100 characters
const TAGS_26 = Array.from({ length: 26 }, (_, i) => `tag-${i}`);
const U2 = 'cometchat-uid-2';
const H = { onBehalfOf: ACTING_USER };

type Raw = Client['raw'];
interface Case {
  call: (c: Client) => PromiseLike<unknown>;
  raw: (r: Raw) => PromiseLike<unknown>;
}

const CASES: Record<string, Case> = {
  'listConversations perPage 5000 (maximum 1000)': { call: (c) => c.listConversations({ perPage: 5000 }), raw: (r) => r.GET('/conversations', { params: { header: H, query: { perPage: 5000 } } }) },
  'listConversations perPage 0 (minimum 1)': { call: (c) => c.listConversations({ perPage: 0 }), raw: (r) => r.GET('/conversations', { params: { header: H, query: { perPage: 0 } } }) },
  'listConversations page 0 (minimum 1)': { call: (c) => c.listConversations({ page: 0 }), raw: (r) => r.GET('/conversations', { params: { header: H, query: { page: 0 } } }) },
  'listConversations a tag of 101 characters': { call: (c) => c.listConversations({ tags: [LONG] }), raw: (r) => r.GET('/conversations', { params: { header: H, query: { tags: [LONG] } } }) },
  'listConversations onBehalfOf of 101 characters': { call: (c) => c.listConversations({ onBehalfOf: LONG }), raw: (r) => r.GET('/conversations', { params: { header: { onBehalfOf: LONG } } }) },
  'getUserConversation uid of 101 characters': { call: (c) => c.getUserConversation({ uid: LONG }), raw: (r) => r.GET('/users/{uid}/conversation', { params: { header: H, path: { uid: LONG } } }) },
  'getGroupConversation guid of 101 characters': { call: (c) => c.getGroupConversation({ guid: LONG }), raw: (r) => r.GET('/groups/{guid}/conversation', { params: { header: H, path: { guid: LONG } } }) },
  'updateUserConversation 26 tags (maxItems 25)': {
    call: (c) => c.updateUserConversation({ uid: U2, tags: TAGS_26 }),
    raw: (r) => r.PUT('/users/{uid}/conversation', { params: { header: H, path: { uid: U2 } }, body: { tags: TAGS_26 } }),
  },
  'updateGroupConversation a tag of 101 characters': {
    call: (c) => c.updateGroupConversation({ guid: 'project-group', tags: [LONG] }),
    raw: (r) => r.PUT('/groups/{guid}/conversation', { params: { header: H, path: { guid: 'project-group' } }, body: { tags: [LONG] } }),
  },
  'markUserConversationAsRead messageId 0 (minimum 1)': {
    call: (c) => c.markUserConversationAsRead({ uid: U2, messageId: 0 }),
    raw: (r) => r.POST('/users/{uid}/conversation/read', { params: { header: H, path: { uid: U2 } }, body: { messageId: 0 } }),
  },
  'markGroupConversationAsUnread messageId 0 (minimum 1)': {
    call: (c) => c.markGroupConversationAsUnread({ guid: 'project-group', messageId: 0 }),
    raw: (r) => r.DELETE('/groups/{guid}/conversation/read', { params: { header: H, path: { guid: 'project-group' } }, body: { messageId: 0 } }),
  },
};

let mock: MockServer;
let prism: Served;
const wire = recorder();
let client: Client;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, rateLimit: false });
  prism = await prismProxy(mock.url);
  client = createCometChatClient({ baseUrl: prism.url, apiKey: DEMO_API_KEY, onBehalfOf: ACTING_USER, maxRetries: 0, fetch: wire.fetch });
});
afterAll(async () => {
  await prism?.stop();
  await mock?.close();
});
beforeEach(() => {
  wire.exchanges.length = 0;
});

it('every case breaks the spec: Prism refuses it when it is sent raw', async () => {
  const accepted: string[] = [];
  for (const [name, { raw }] of Object.entries(CASES)) {
    wire.exchanges.length = 0;
    await raw(client.raw);
    if (wire.exchanges[0]?.verdict.error !== 'UNPROCESSABLE_ENTITY') accepted.push(`${name}: ${JSON.stringify(wire.exchanges[0])}`);
  }
  expect(accepted).toEqual([]);
});

it('the client refuses every case with a CometChatArgumentError, before the wire', async () => {
  const reachedTheWire: string[] = [];
  for (const [name, { call }] of Object.entries(CASES)) {
    wire.exchanges.length = 0;
    const error = await Promise.resolve(call(client)).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (wire.exchanges.length > 0 || !(error instanceof CometChatArgumentError)) {
      reachedTheWire.push(`${name}: ${wire.exchanges.length} request(s) sent${wire.exchanges[0]?.verdict.error ? `, Prism: ${wire.exchanges[0].verdict.error}` : ''}; ${error instanceof Error ? error.name : 'resolved'}`);
    }
  }
  if (reachedTheWire.length > 0) console.log(`reached the wire (${reachedTheWire.length} of ${Object.keys(CASES).length}):\n  ${reachedTheWire.join('\n  ')}`);
  expect(reachedTheWire).toEqual([]);
});
