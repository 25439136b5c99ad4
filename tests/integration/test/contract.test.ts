// Contract: every operation, client -> mock, with the raw responses checked against the spec (Ajv
// 2020 over the bundled document) for the success status and for 400, 401, 403 and 404, and the
// client's typed result or typed error checked against what came over the wire. The client refuses
// the 400 cases' values itself (the spec's constraints, before sending); to see the mock's 400 too,
// each goes out with a stand-in value that a fetch swaps for the refused one on the wire.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CometChatArgumentError,
  CometChatAuthenticationError,
  CometChatBadRequestError,
  CometChatError,
  CometChatNotFoundError,
  CometChatPermissionDeniedError,
  createCometChatClient,
  type CometChatClient,
} from '@cometchat-rest/client';
import { DEMO_API_KEY, startMockServer, type MockServer } from '@cometchat-rest/mock';
import { componentValidator, explain, leaks, recordingFetch, rejectionOf, responseContract, specOperations, within, type Exchange } from './helpers.ts';

const U1 = 'cometchat-uid-1';
const U2 = 'cometchat-uid-2';
const U5 = 'cometchat-uid-5'; // never talked to U1: 403 ERR_CONVERSATION_NOT_ACCESSIBLE
const GROUP = 'project-group';
const NOT_MY_GROUP = 'book-club'; // U1 is not a member
const WRONG_KEY = 'contract-wrong-key-5e0c1d2b7a9f';
const AUTH_ONLY_KEY = 'contract-auth-only-key-83b1f7c2d4e6';
const TOO_LONG = 'x'.repeat(101); // uid, guid and onBehalfOf allow at most 100 characters
const TAGS_26 = Array.from({ length: 26 }, (_, i) => `tag-${i}`);
/** Sent in place of a value the client refuses, and swapped for it on the wire. */
const STAND_IN = 'stand-in-3f9a';

let server: MockServer;
const recorder = recordingFetch();
let ok: CometChatClient<true>;
let wrongKey: CometChatClient<true>;
let authOnly: CometChatClient<true>;

beforeAll(async () => {
  server = await startMockServer({ port: 0, authOnlyApiKey: AUTH_ONLY_KEY });
  const common = { baseUrl: server.url, onBehalfOf: U1, maxRetries: 0, timeoutMs: 10_000, fetch: recorder.fetch } as const;
  ok = createCometChatClient({ ...common, apiKey: DEMO_API_KEY });
  wrongKey = createCometChatClient({ ...common, apiKey: WRONG_KEY });
  authOnly = createCometChatClient({ ...common, apiKey: AUTH_ONLY_KEY });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.store.reset();
  recorder.exchanges.length = 0;
});

type Kind = 'page' | 'conversation' | 'items' | 'action';
type Call = (client: CometChatClient<true>) => PromiseLike<unknown> & { withResponse(): Promise<{ data: unknown; response: Response }> };
interface ErrorCase {
  status: 400 | 401 | 403 | 404;
  code: string;
  why: string;
  call: Call;
  client?: 'wrongKey' | 'authOnly';
  /**
   * A value the client refuses before sending: `refused` is the call as a user would make it (a
   * CometChatArgumentError, nothing sent); `call` sends `swap[0]` instead, and the wire gets `swap[1]`.
   */
  swap?: readonly [standIn: string, wire: string];
  refused?: Call;
}
interface OperationCase {
  kind: Kind;
  /** Changes to the mock's state before the success call. */
  setup?: () => void;
  success: Call;
  /** A check of the mock's state after the success call. */
  effect?: () => void;
  errors: ErrorCase[];
}

/** 401 and 403 (auth-only key) apply to every operation alike. */
const authErrors = (call: Call): ErrorCase[] => [
  { status: 401, code: 'AUTH_ERR_APIKEY_NOT_FOUND', why: 'an unknown API key', call, client: 'wrongKey' },
  { status: 403, code: 'AUTH_ERR_NO_ACCESS', why: 'an authOnly API key', call, client: 'authOnly' },
];

const refusedUid = (make: (id: string) => Call) => ({ call: make(STAND_IN), swap: [STAND_IN, TOO_LONG] as const, refused: make(TOO_LONG) });
/** The 400 of 26 tags (the spec allows 25), for the update operations. */
const tooManyTags = (update: (tags: string[]) => Call) => ({ call: update([STAND_IN]), swap: [JSON.stringify([STAND_IN]), JSON.stringify(TAGS_26)] as const, refused: update(TAGS_26) });
type BadRequest = Pick<ErrorCase, 'call' | 'swap' | 'refused'>;

const userOp = (success: Call, make: (uid: string) => Call, badRequest?: BadRequest): OperationCase['errors'] => [
  { status: 400, code: 'ERR_BAD_REQUEST', why: badRequest ? '26 tags' : 'a uid of 101 characters', ...(badRequest ?? refusedUid(make)) },
  ...authErrors(success),
  { status: 403, code: 'ERR_CONVERSATION_NOT_ACCESSIBLE', why: 'no message exchanged with that user', call: make(U5) },
  { status: 404, code: 'ERR_UID_NOT_FOUND', why: 'an unknown uid', call: make('no-such-user') },
];
const groupOp = (success: Call, make: (guid: string) => Call, badRequest?: BadRequest): OperationCase['errors'] => [
  { status: 400, code: 'ERR_BAD_REQUEST', why: badRequest ? '26 tags' : 'a guid of 101 characters', ...(badRequest ?? refusedUid(make)) },
  ...authErrors(success),
  { status: 403, code: 'ERR_CONVERSATION_NOT_ACCESSIBLE', why: 'not a member of the group', call: make(NOT_MY_GROUP) },
  { status: 404, code: 'ERR_GUID_NOT_FOUND', why: 'an unknown guid', call: make('no-such-group') },
];
const byIdOp = (success: Call, make: (conversationId: string, onBehalfOf?: string) => Call): OperationCase['errors'] => [
  { status: 400, code: 'ERR_BAD_REQUEST', why: 'an onBehalfOf of 101 characters', call: make(`${U1}_user_${U2}`, STAND_IN), swap: [STAND_IN, TOO_LONG], refused: make(`${U1}_user_${U2}`, TOO_LONG) },
  ...authErrors(success),
  { status: 403, code: 'ERR_CONVERSATION_NOT_ACCESSIBLE', why: "someone else's conversation", call: make(`${U2}_user_cometchat-uid-3`) },
  { status: 404, code: 'ERR_CONVERSATION_NOT_FOUND', why: 'an unknown conversation id', call: make('nobody_user_noone') },
];

const state = (target: { uid: string } | { guid: string }) => server.store.conversationState(U1, target)!;

const cases: Record<string, OperationCase> = {
  listConversations: {
    kind: 'page',
    success: (c) => c.listConversations({ perPage: 2, withTags: true }),
    errors: [
      { status: 400, code: 'ERR_BAD_REQUEST', why: 'perPage 0', call: (c) => c.listConversations({ perPage: 987 }), swap: ['perPage=987', 'perPage=0'], refused: (c) => c.listConversations({ perPage: 0 }) },
      ...authErrors((c) => c.listConversations()),
      { status: 404, code: 'ERR_UID_NOT_FOUND', why: 'an unknown onBehalfOf', call: (c) => c.listConversations({ onBehalfOf: 'no-such-user' }) },
    ],
  },
  getConversation: {
    kind: 'conversation',
    success: (c) => c.getConversation({ conversationId: `${U1}_user_${U2}` }),
    errors: byIdOp(
      (c) => c.getConversation({ conversationId: `${U1}_user_${U2}` }),
      (conversationId, onBehalfOf) => (c) => c.getConversation({ conversationId, ...(onBehalfOf ? { onBehalfOf } : {}) }),
    ),
  },
  deleteConversation: {
    kind: 'action',
    success: (c) => c.deleteConversation({ conversationId: `${U1}_user_${U2}` }),
    effect: () => expect(state({ uid: U2 }).visible).toBe(false),
    errors: byIdOp(
      (c) => c.deleteConversation({ conversationId: `${U1}_user_${U2}` }),
      (conversationId, onBehalfOf) => (c) => c.deleteConversation({ conversationId, ...(onBehalfOf ? { onBehalfOf } : {}) }),
    ),
  },
  getUserConversation: {
    kind: 'conversation',
    success: (c) => c.getUserConversation({ uid: U2 }),
    errors: userOp((c) => c.getUserConversation({ uid: U2 }), (uid) => (c) => c.getUserConversation({ uid })),
  },
  updateUserConversation: {
    kind: 'conversation',
    success: (c) => c.updateUserConversation({ uid: U2, tags: ['pinned', 'q3'] }),
    effect: () => expect(state({ uid: U2 }).tags).toEqual(['pinned', 'q3']),
    errors: userOp(
      (c) => c.updateUserConversation({ uid: U2, tags: ['x'] }),
      (uid) => (c) => c.updateUserConversation({ uid, tags: ['x'] }),
      tooManyTags((tags) => (c) => c.updateUserConversation({ uid: U2, tags })),
    ),
  },
  resetUserConversation: {
    kind: 'action',
    success: (c) => c.resetUserConversation({ uid: U2 }),
    effect: () => expect(state({ uid: U2 })).toMatchObject({ visible: false, unreadMessageCount: 0, tags: [] }),
    errors: userOp((c) => c.resetUserConversation({ uid: U2 }), (uid) => (c) => c.resetUserConversation({ uid })),
  },
  markUserConversationAsDelivered: {
    kind: 'action',
    success: (c) => c.markUserConversationAsDelivered({ uid: U2 }),
    effect: () => expect(state({ uid: U2 }).deliveredUpTo).toBe(4),
    errors: userOp((c) => c.markUserConversationAsDelivered({ uid: U2 }), (uid) => (c) => c.markUserConversationAsDelivered({ uid })),
  },
  markUserConversationAsRead: {
    kind: 'action',
    success: (c) => c.markUserConversationAsRead({ uid: U2, messageId: 3 }),
    effect: () => expect(state({ uid: U2 })).toMatchObject({ readUpTo: 3, unreadMessageCount: 1 }),
    errors: userOp((c) => c.markUserConversationAsRead({ uid: U2 }), (uid) => (c) => c.markUserConversationAsRead({ uid })),
  },
  markUserConversationAsUnread: {
    kind: 'action',
    success: (c) => c.markUserConversationAsUnread({ uid: U2, messageId: 1 }),
    effect: () => expect(state({ uid: U2 })).toMatchObject({ readUpTo: 1, unreadMessageCount: 2 }),
    errors: userOp((c) => c.markUserConversationAsUnread({ uid: U2, messageId: 1 }), (uid) => (c) => c.markUserConversationAsUnread({ uid, messageId: 1 })),
  },
  getGroupConversation: {
    kind: 'conversation',
    success: (c) => c.getGroupConversation({ guid: GROUP }),
    errors: groupOp((c) => c.getGroupConversation({ guid: GROUP }), (guid) => (c) => c.getGroupConversation({ guid })),
  },
  updateGroupConversation: {
    kind: 'conversation',
    success: (c) => c.updateGroupConversation({ guid: GROUP, tags: [] }),
    effect: () => expect(state({ guid: GROUP }).tags).toEqual([]),
    errors: groupOp(
      (c) => c.updateGroupConversation({ guid: GROUP, tags: ['x'] }),
      (guid) => (c) => c.updateGroupConversation({ guid, tags: ['x'] }),
      tooManyTags((tags) => (c) => c.updateGroupConversation({ guid: GROUP, tags })),
    ),
  },
  resetGroupConversation: {
    kind: 'action',
    success: (c) => c.resetGroupConversation({ guid: GROUP }),
    effect: () => expect(state({ guid: GROUP }).visible).toBe(false),
    errors: groupOp((c) => c.resetGroupConversation({ guid: GROUP }), (guid) => (c) => c.resetGroupConversation({ guid })),
  },
  markGroupConversationAsDelivered: {
    kind: 'action',
    success: (c) => c.markGroupConversationAsDelivered({ guid: GROUP }),
    effect: () => expect(state({ guid: GROUP }).deliveredUpTo).toBe(14),
    errors: groupOp((c) => c.markGroupConversationAsDelivered({ guid: GROUP }), (guid) => (c) => c.markGroupConversationAsDelivered({ guid })),
  },
  markGroupConversationAsRead: {
    kind: 'action',
    success: (c) => c.markGroupConversationAsRead({ guid: GROUP }),
    effect: () => expect(state({ guid: GROUP })).toMatchObject({ readUpTo: 14, unreadMessageCount: 0 }),
    errors: groupOp((c) => c.markGroupConversationAsRead({ guid: GROUP }), (guid) => (c) => c.markGroupConversationAsRead({ guid })),
  },
  markGroupConversationAsUnread: {
    kind: 'action',
    success: (c) => c.markGroupConversationAsUnread({ guid: GROUP, messageId: 11 }),
    effect: () => expect(state({ guid: GROUP })).toMatchObject({ readUpTo: 11, unreadMessageCount: 2 }),
    errors: groupOp((c) => c.markGroupConversationAsUnread({ guid: GROUP, messageId: 11 }), (guid) => (c) => c.markGroupConversationAsUnread({ guid, messageId: 11 })),
  },
  listPinnedConversations: {
    kind: 'items',
    setup: () => server.store.setGlobalPins([{ guid: GROUP }, { uid: U2 }]),
    success: (c) => c.listPinnedConversations(),
    errors: authErrors((c) => c.listPinnedConversations()),
  },
  updatePinnedConversations: {
    kind: 'items',
    success: (c) => c.updatePinnedConversations({ pinnedConversations: [{ guid: GROUP }, { uid: U2 }, { guid: GROUP }] }),
    effect: () => expect(server.store.globalPins().map((p) => p.conversationId)).toEqual([`group_${GROUP}`, `user_${U2}`]),
    errors: [
      {
        status: 400,
        code: 'ERR_BAD_REQUEST',
        why: 'a uid of 101 characters',
        call: (c) => c.updatePinnedConversations({ pinnedConversations: [{ uid: STAND_IN }] }),
        swap: [STAND_IN, TOO_LONG],
        refused: (c) => c.updatePinnedConversations({ pinnedConversations: [{ uid: TOO_LONG }] }),
      },
      {
        status: 400,
        code: 'ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED',
        why: '6 distinct conversations (the cap is 5)',
        call: (c) => c.updatePinnedConversations({ pinnedConversations: [{ uid: U1 }, { uid: U2 }, { uid: 'cometchat-uid-3' }, { uid: 'cometchat-uid-4' }, { uid: U5 }, { guid: GROUP }] }),
      },
      ...authErrors((c) => c.updatePinnedConversations({ pinnedConversations: [] })),
      { status: 404, code: 'ERR_GUID_NOT_FOUND', why: 'an unknown guid', call: (c) => c.updatePinnedConversations({ pinnedConversations: [{ uid: U2 }, { guid: 'no-such-group' }] }) },
    ],
  },
  pinUserConversation: {
    kind: 'conversation',
    success: (c) => c.pinUserConversation({ uid: U2 }),
    effect: () => expect(state({ uid: U2 }).pinnedBy).toBe(U1),
    errors: userOp((c) => c.pinUserConversation({ uid: U2 }), (uid) => (c) => c.pinUserConversation({ uid })),
  },
  unpinUserConversation: {
    kind: 'conversation',
    setup: () => server.store.pinConversation(U1, { uid: U2 }),
    success: (c) => c.unpinUserConversation({ uid: U2 }),
    effect: () => expect(state({ uid: U2 })).not.toHaveProperty('pinnedAt'),
    // Unpinning a conversation that does not show succeeds (it is idempotent): no 403 of its own.
    errors: userOp((c) => c.unpinUserConversation({ uid: U2 }), (uid) => (c) => c.unpinUserConversation({ uid })).filter((e) => e.code !== 'ERR_CONVERSATION_NOT_ACCESSIBLE'),
  },
  pinGroupConversation: {
    kind: 'conversation',
    success: (c) => c.pinGroupConversation({ guid: GROUP }),
    effect: () => expect(state({ guid: GROUP }).pinnedBy).toBe(U1),
    errors: groupOp((c) => c.pinGroupConversation({ guid: GROUP }), (guid) => (c) => c.pinGroupConversation({ guid })),
  },
  unpinGroupConversation: {
    kind: 'conversation',
    setup: () => server.store.pinConversation(U1, { guid: GROUP }),
    success: (c) => c.unpinGroupConversation({ guid: GROUP }),
    effect: () => expect(state({ guid: GROUP })).not.toHaveProperty('pinnedAt'),
    errors: groupOp((c) => c.unpinGroupConversation({ guid: GROUP }), (guid) => (c) => c.unpinGroupConversation({ guid })),
  },
};

/** A client whose fetch swaps `standIn` for `wire` in the URL, the headers and the body: the request the client would refuse. */
function swapping([standIn, wire]: readonly [string, string]): CometChatClient<true> {
  const swap = (text: string) => text.split(standIn).join(wire);
  return createCometChatClient({
    baseUrl: server.url,
    apiKey: DEMO_API_KEY,
    onBehalfOf: U1,
    maxRetries: 0,
    timeoutMs: 10_000,
    fetch: async (request, init) => {
      const headers = new Headers([...request.headers].map(([name, value]): [string, string] => [name, swap(value)]));
      const body = request.body ? swap(await request.text()) : undefined;
      return recorder.fetch(new Request(swap(request.url), { method: request.method, headers, body, redirect: request.redirect }), init);
    },
  });
}

/** The only exchange of the call just made, with its body parsed, after checking it against the spec. */
async function checkedExchange(operationId: string, status: number): Promise<{ exchange: Exchange; body: any }> {
  expect(recorder.exchanges, 'one request per call (maxRetries is 0)').toHaveLength(1);
  const exchange = recorder.exchanges[0]!;
  const op = specOperations.find((o) => o.operationId === operationId)!;
  expect(exchange.method).toBe(op.method);
  expect(exchange.status).toBe(status);
  expect(exchange.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(await exchange.copy.text());
  const contract = responseContract(operationId, status);
  expect(contract.declared, `the spec declares ${status} for ${operationId}`).toBe(true);
  expect(contract.validate(body), `${operationId} ${status} body against the spec:\n${explain(contract.validate)}\n${JSON.stringify(body).slice(0, 500)}`).toBe(true);
  for (const header of contract.headers) {
    if (header === 'Retry-After' || header === 'X-Rate-Limit-Reset') continue; // only on 429s
    expect(exchange.headers.get(header), `${operationId} ${status} declares the header ${header}`).toMatch(/^\d+$/);
  }
  return { exchange, body };
}

const conversationSchema = componentValidator('Conversation');
const pinnedSchema = componentValidator('PinnedConversation');
const errorClass = { 400: CometChatBadRequestError, 401: CometChatAuthenticationError, 403: CometChatPermissionDeniedError, 404: CometChatNotFoundError } as const;

describe('contract: client -> mock -> spec', () => {
  it('covers all 21 operations of the spec, and only those', () => {
    expect(Object.keys(cases).sort()).toEqual(specOperations.map((o) => o.operationId).sort());
    expect(specOperations).toHaveLength(21);
  });

  describe.each(Object.entries(cases))('%s', (operationId, testCase) => {
    it('success: the wire body matches the spec, and the typed result is what the spec says', async () => {
      testCase.setup?.();
      const { data, response } = await within(10_000, testCase.success(ok).withResponse(), operationId);
      const { exchange, body } = await checkedExchange(operationId, 200);
      expect(response.status).toBe(200);
      expect(response.bodyUsed, 'the client read the body it hands back').toBe(true);
      expect(response.headers.get('x-rate-limit')).toBe(exchange.headers.get('x-rate-limit'));
      if (testCase.kind === 'page') {
        // A page is the envelope itself: data and meta.pagination, as sent.
        expect(data).toEqual(body);
        expect((data as any).data.length).toBe((data as any).meta.pagination.count);
        for (const conversation of (data as any).data) expect(conversationSchema(conversation), explain(conversationSchema)).toBe(true);
      } else if (testCase.kind === 'conversation') {
        // One conversation, unwrapped from the one-element array (or the bare object) in `data`.
        const sent = Array.isArray(body.data) ? body.data : [body.data];
        expect(sent).toHaveLength(1);
        expect(data).toEqual(sent[0]);
        expect(conversationSchema(data), explain(conversationSchema)).toBe(true);
      } else if (testCase.kind === 'items') {
        // The array in `data`, as sent.
        expect(data).toEqual(body.data);
        expect((data as unknown[]).length).toBeGreaterThan(0);
        for (const pinned of data as unknown[]) expect(pinnedSchema(pinned), explain(pinnedSchema)).toBe(true);
      } else {
        // Normalised: `{ success, message }` whether the wire said `message` or `Message`, and the
        // conversation where it came too (marking unread).
        const { conversation } = body.data;
        expect(data).toEqual({ success: body.data.success, message: body.data.message ?? body.data.Message, ...(conversation ? { conversation } : {}) });
        expect(Object.keys(data as object).sort()).toEqual(conversation ? ['conversation', 'message', 'success'] : ['message', 'success']);
        if (conversation) expect(conversationSchema(conversation), explain(conversationSchema)).toBe(true);
        expect((data as any).success).toBe(true);
        expect((data as any).message).toEqual(expect.any(String));
      }
      testCase.effect?.();
    });

    it.each(testCase.errors.map((e) => [`${e.status} ${e.code} (${e.why})`, e] as const))('error %s: typed, and the wire body matches the spec', async (_, errorCase) => {
      if (errorCase.refused) {
        const refusal = await rejectionOf(errorCase.refused(ok), 10_000, operationId);
        expect(refusal, 'the client refuses the value before sending').toBeInstanceOf(CometChatArgumentError);
        expect(recorder.exchanges).toHaveLength(0);
      }
      const client = errorCase.client === 'wrongKey' ? wrongKey : errorCase.client === 'authOnly' ? authOnly : errorCase.swap ? swapping(errorCase.swap) : ok;
      const before = server.store.snapshot();
      const error = await rejectionOf(errorCase.call(client), 10_000, operationId);
      const { body } = await checkedExchange(operationId, errorCase.status);
      expect(error).toBeInstanceOf(errorClass[errorCase.status]);
      expect(error).toBeInstanceOf(CometChatError);
      expect(error).toMatchObject({ status: errorCase.status, code: errorCase.code, operationId, devMessage: body.error.devMessage });
      expect(body.error.code).toBe(errorCase.code);
      expect(error.body).toEqual(body);
      expect(error.message).toContain(body.error.message);
      if (errorCase.code === 'ERR_BAD_REQUEST') expect(Object.keys(error.details ?? {}).length).toBeGreaterThan(0);
      expect(leaks(error, [WRONG_KEY, AUTH_ONLY_KEY, DEMO_API_KEY])).toEqual([]);
      expect(server.store.snapshot(), 'a refused request changes nothing').toEqual(before);
    });
  });
});
