// Contract: for every operation, every status the mock can answer (200, 400, 401 twice, 403 twice,
// 404, 429 and an injected 5xx) is produced and checked against the spec (body schema for that status,
// declared headers); so are the answers that belong to no operation (404 route, 405, 413, 415).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIds, startMockServer, type MockServer, type OperationId } from '../src/index.ts';
import { client, responseValidator, specOperations, U1, U2, U3, U5, type CallOptions } from './helpers.ts';

type Req = [method: string, path: string, options?: CallOptions];

const LONG = 'x'.repeat(101);
const CASES: Record<OperationId, { ok: Req; bad?: Req; forbidden?: Req; notFound?: Req }> = {
  listConversations: {
    ok: ['GET', '/conversations', { onBehalfOf: U1, query: { perPage: 2, withTags: true, withUserAndGroupTags: true } }],
    bad: ['GET', '/conversations', { onBehalfOf: U1, query: { perPage: 1001, page: 0, conversationType: 'channel' } }],
    notFound: ['GET', '/conversations', { onBehalfOf: 'ghost' }],
  },
  getConversation: {
    ok: ['GET', '/conversations/group_project-group', { onBehalfOf: U1 }],
    bad: ['GET', '/conversations/group_project-group', { onBehalfOf: LONG }],
    forbidden: ['GET', '/conversations/group_project-group', { onBehalfOf: U5 }],
    notFound: ['GET', '/conversations/group_nope', { onBehalfOf: U1 }],
  },
  deleteConversation: {
    ok: ['DELETE', '/conversations/cometchat-uid-2_user_cometchat-uid-3', { onBehalfOf: U2 }],
    bad: ['DELETE', '/conversations/cometchat-uid-2_user_cometchat-uid-3', {}],
    forbidden: ['DELETE', '/conversations/cometchat-uid-2_user_cometchat-uid-3', { onBehalfOf: U1 }],
    notFound: ['DELETE', '/conversations/cometchat-uid-1_user_cometchat-uid-5', { onBehalfOf: U1 }],
  },
  getUserConversation: {
    ok: ['GET', `/users/${U2}/conversation`, { onBehalfOf: U1 }],
    bad: ['GET', `/users/${LONG}/conversation`, { onBehalfOf: U1 }],
    forbidden: ['GET', `/users/${U5}/conversation`, { onBehalfOf: U1 }],
    notFound: ['GET', '/users/ghost/conversation', { onBehalfOf: U1 }],
  },
  updateUserConversation: {
    ok: ['PUT', `/users/${U2}/conversation`, { onBehalfOf: U1, body: { tags: ['a'] } }],
    bad: ['PUT', `/users/${U2}/conversation`, { onBehalfOf: U1, body: { tags: Array.from({ length: 26 }, (_, i) => `t${i}`) } }],
    forbidden: ['PUT', `/users/${U5}/conversation`, { onBehalfOf: U1, body: { tags: [] } }],
    notFound: ['PUT', `/users/${U2}/conversation`, { onBehalfOf: 'ghost', body: { tags: [] } }],
  },
  resetUserConversation: {
    ok: ['DELETE', `/users/${U2}/conversation`, { onBehalfOf: U1, body: { conversationWith: U2, deleteMessagesPermanently: false } }],
    bad: ['DELETE', `/users/${U2}/conversation`, { onBehalfOf: U1, body: { deleteMessagesPermanently: 'yes' } }],
    forbidden: ['DELETE', `/users/${U5}/conversation`, { onBehalfOf: U1 }],
    notFound: ['DELETE', '/users/ghost/conversation', { onBehalfOf: U1 }],
  },
  markUserConversationAsDelivered: {
    ok: ['POST', `/users/${U2}/conversation/delivered`, { onBehalfOf: U1, body: { messageId: 3 } }],
    bad: ['POST', `/users/${U2}/conversation/delivered`, { onBehalfOf: U1, body: { messageId: 'three' } }],
    forbidden: ['POST', `/users/${U5}/conversation/delivered`, { onBehalfOf: U1 }],
    notFound: ['POST', `/users/${U2}/conversation/delivered`, { onBehalfOf: U1, body: { messageId: 999 } }],
  },
  markUserConversationAsRead: {
    ok: ['POST', `/users/${U2}/conversation/read`, { onBehalfOf: U1 }],
    bad: ['POST', `/users/${U2}/conversation/read`, { onBehalfOf: U1, body: { messageId: 0 } }],
    forbidden: ['POST', `/users/${U5}/conversation/read`, { onBehalfOf: U1 }],
    notFound: ['POST', '/users/ghost/conversation/read', { onBehalfOf: U1 }],
  },
  markUserConversationAsUnread: {
    ok: ['DELETE', `/users/${U2}/conversation/read`, { onBehalfOf: U1, body: { messageId: 1 } }],
    bad: ['DELETE', `/users/${U2}/conversation/read`, { onBehalfOf: U1, body: {} }],
    forbidden: ['DELETE', `/users/${U5}/conversation/read`, { onBehalfOf: U1, body: { messageId: 1 } }],
    notFound: ['DELETE', `/users/${U2}/conversation/read`, { onBehalfOf: 'ghost', body: { messageId: 1 } }],
  },
  getGroupConversation: {
    ok: ['GET', '/groups/project-group/conversation', { onBehalfOf: U1 }],
    bad: ['GET', '/groups/project-group/conversation', {}],
    forbidden: ['GET', '/groups/book-club/conversation', { onBehalfOf: U1 }],
    notFound: ['GET', '/groups/nope/conversation', { onBehalfOf: U1 }],
  },
  updateGroupConversation: {
    ok: ['PUT', '/groups/project-group/conversation', { onBehalfOf: U1, body: { tags: ['x', 'y'] } }],
    bad: ['PUT', '/groups/project-group/conversation', { onBehalfOf: U1, body: { tags: ['y'.repeat(101)], extra: 1 } }],
    forbidden: ['PUT', '/groups/project-group/conversation', { onBehalfOf: U5, body: { tags: [] } }],
    notFound: ['PUT', '/groups/nope/conversation', { onBehalfOf: U1, body: { tags: [] } }],
  },
  resetGroupConversation: {
    ok: ['DELETE', '/groups/hiking-group/conversation', { onBehalfOf: U1 }],
    bad: ['DELETE', `/groups/${LONG}/conversation`, { onBehalfOf: U1 }],
    forbidden: ['DELETE', '/groups/hiking-group/conversation', { onBehalfOf: U3 }],
    notFound: ['DELETE', '/groups/hiking-group/conversation', { onBehalfOf: 'ghost' }],
  },
  markGroupConversationAsDelivered: {
    ok: ['POST', '/groups/project-group/conversation/delivered', { onBehalfOf: U1 }],
    bad: ['POST', '/groups/project-group/conversation/delivered', { onBehalfOf: U1, body: [1] }],
    forbidden: ['POST', '/groups/book-club/conversation/delivered', { onBehalfOf: U3 }],
    notFound: ['POST', '/groups/nope/conversation/delivered', { onBehalfOf: U1 }],
  },
  markGroupConversationAsRead: {
    ok: ['POST', '/groups/project-group/conversation/read', { onBehalfOf: U1, body: { messageId: 12 } }],
    bad: ['POST', '/groups/project-group/conversation/read', { onBehalfOf: U1, body: { messageId: 1.5 } }],
    forbidden: ['POST', '/groups/project-group/conversation/read', { onBehalfOf: U5 }],
    notFound: ['POST', '/groups/project-group/conversation/read', { onBehalfOf: U1, body: { messageId: 1 } }],
  },
  markGroupConversationAsUnread: {
    ok: ['DELETE', '/groups/project-group/conversation/read', { onBehalfOf: U1, body: { messageId: 11 } }],
    bad: ['DELETE', '/groups/project-group/conversation/read', { onBehalfOf: U1, body: { messageId: -1 } }],
    forbidden: ['DELETE', '/groups/project-group/conversation/read', { onBehalfOf: U5, body: { messageId: 11 } }],
    notFound: ['DELETE', '/groups/nope/conversation/read', { onBehalfOf: U1, body: { messageId: 11 } }],
  },
  // Takes nothing that could be wrong or missing: no 400, no 404.
  listPinnedConversations: {
    ok: ['GET', '/conversations/pinned'],
  },
  updatePinnedConversations: {
    ok: ['PUT', '/conversations/pinned', { body: { pinnedConversations: [{ guid: 'project-group' }, { uid: U2 }, { guid: 'PROJECT-GROUP' }] } }],
    bad: ['PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: U2, guid: 'project-group' }] } }],
    notFound: ['PUT', '/conversations/pinned', { body: { pinnedConversations: [{ uid: 'ghost' }] } }],
  },
  pinUserConversation: {
    ok: ['POST', `/users/${U2}/conversation/pin`, { onBehalfOf: U1 }],
    bad: ['POST', `/users/${U2}/conversation/pin`, {}],
    forbidden: ['POST', `/users/${U5}/conversation/pin`, { onBehalfOf: U1 }],
    notFound: ['POST', '/users/ghost/conversation/pin', { onBehalfOf: U1 }],
  },
  unpinUserConversation: {
    ok: ['DELETE', `/users/${U2}/conversation/pin`, { onBehalfOf: U1 }],
    bad: ['DELETE', `/users/${LONG}/conversation/pin`, { onBehalfOf: U1 }],
    notFound: ['DELETE', `/users/${U2}/conversation/pin`, { onBehalfOf: 'ghost' }],
  },
  pinGroupConversation: {
    ok: ['POST', '/groups/project-group/conversation/pin', { onBehalfOf: U1 }],
    bad: ['POST', '/groups/project-group/conversation/pin', { onBehalfOf: U1, body: { pinned: true } }],
    forbidden: ['POST', '/groups/book-club/conversation/pin', { onBehalfOf: U1 }],
    notFound: ['POST', '/groups/nope/conversation/pin', { onBehalfOf: U1 }],
  },
  unpinGroupConversation: {
    ok: ['DELETE', '/groups/project-group/conversation/pin', { onBehalfOf: U1 }],
    bad: ['DELETE', '/groups/project-group/conversation/pin', { onBehalfOf: '' }],
    forbidden: ['DELETE', '/groups/book-club/conversation/pin', { onBehalfOf: U1 }],
    notFound: ['DELETE', '/groups/project-group/conversation/pin', { onBehalfOf: 'ghost' }],
  },
};

const WRONG_KEY = 'this-is-not-the-key-0123456789abcdef';
const AUTH_ONLY_KEY = 'auth-only-key-0123456789abcdef0123456789';
let server: MockServer;
let limited: MockServer;
let call: ReturnType<typeof client>;
let callLimited: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startMockServer({ authOnlyApiKey: AUTH_ONLY_KEY });
  limited = await startMockServer({ rateLimit: { perMinute: 1 }, now: () => 1_700_000_000_000 });
  call = client(server.url);
  callLimited = client(limited.url);
  await callLimited('GET', '/conversations', { onBehalfOf: U1 }); // uses up the budget
});
afterAll(async () => {
  await server.close();
  await limited.close();
});

describe('every operation answers each of its statuses as the spec says', () => {
  it('covers all 21 operations', () => {
    expect(Object.keys(CASES).sort()).toEqual([...operationIds].sort());
    expect(operationIds).toHaveLength(21);
  });

  it.each(operationIds)('%s', async (operationId) => {
    const cases = CASES[operationId];
    const run = async (req: Req) => {
      server.store.reset();
      return call(req[0], req[1], req[2]);
    };
    const seen: Record<string, number> = {};

    const ok = await run(cases.ok);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    seen['200'] = ok.status;

    if (cases.bad) {
      const before = (server.store.reset(), server.store.snapshot());
      const bad = await call(cases.bad[0], cases.bad[1], cases.bad[2]);
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('ERR_BAD_REQUEST');
      expect(Object.keys(bad.body.error.details).length).toBeGreaterThan(0);
      expect(server.store.snapshot()).toEqual(before);
      seen['400'] = bad.status;
    }

    const missingKey = await run([cases.ok[0], cases.ok[1], { ...cases.ok[2], apiKey: null }]);
    expect([missingKey.status, missingKey.body.error.code]).toEqual([401, 'AUTH_ERR_EMPTY_APIKEY']);
    const wrongKey = await run([cases.ok[0], cases.ok[1], { ...cases.ok[2], apiKey: WRONG_KEY }]);
    expect([wrongKey.status, wrongKey.body.error.code]).toEqual([401, 'AUTH_ERR_APIKEY_NOT_FOUND']);
    expect(JSON.stringify(wrongKey.body)).not.toContain(WRONG_KEY);
    seen['401'] = 401;

    const authOnly = await run([cases.ok[0], cases.ok[1], { ...cases.ok[2], apiKey: AUTH_ONLY_KEY }]);
    expect([authOnly.status, authOnly.body.error.code]).toEqual([403, 'AUTH_ERR_NO_ACCESS']);
    expect(JSON.stringify(authOnly.body)).not.toContain(AUTH_ONLY_KEY);
    seen['403'] = 403;
    if (cases.forbidden) {
      const forbidden = await run(cases.forbidden);
      expect([forbidden.status, forbidden.body.error.code]).toEqual([403, 'ERR_CONVERSATION_NOT_ACCESSIBLE']);
    }

    if (cases.notFound) {
      const notFound = await run(cases.notFound);
      expect(notFound.status).toBe(404);
      expect(notFound.body.error.code).toMatch(/^ERR_(UID|GUID|CONVERSATION|MESSAGE_ID)_NOT_FOUND$/);
      seen['404'] = 404;
    }

    const tooMany = await callLimited(cases.ok[0], cases.ok[1], cases.ok[2]);
    expect([tooMany.status, tooMany.body.error.code]).toEqual([429, 'ERR_TOO_MANY_REQUESTS']);
    expect(tooMany.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(tooMany.headers.get('x-rate-limit-reset')).toMatch(/^\d+$/);
    seen['429'] = 429;

    server.faults.set([{ operationId, times: 1, fault: { type: 'status', status: 503, code: 'ERR_OPERATION_FAILED' } }]);
    const failed = await run(cases.ok);
    expect([failed.status, failed.body.error.code]).toEqual([503, 'ERR_OPERATION_FAILED']);
    expect(responseValidator(operationId, 503).declared).toBe(false); // validated against `default`
    seen.default = 503;

    const declared = Object.keys(specOperations.find((o) => o.operationId === operationId)!.responses);
    expect(Object.keys(seen).sort()).toEqual(declared.sort());
  });
});

describe('answers outside the operations carry the error envelope too', () => {
  it('404 unknown route, 405 wrong method, 413 huge body, 415 wrong content type, 400 malformed JSON', async () => {
    const unknown = await call('GET', '/messages', { onBehalfOf: U1 });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ERR_API_NOT_FOUND']);
    const outside = await fetch(`${server.origin}/v2/conversations`);
    expect(outside.status).toBe(404);
    const wrongMethod = await call('PATCH', `/users/${U2}/conversation`, { onBehalfOf: U1, body: {} });
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'GET, PUT, DELETE']);
    const huge = await call('PUT', `/users/${U2}/conversation`, { onBehalfOf: U1, rawBody: JSON.stringify({ tags: ['x'.repeat(1_100_000)] }), headers: { 'content-type': 'application/json' } });
    expect([huge.status, huge.body.error.code]).toEqual([413, 'ERR_BAD_REQUEST']);
    const text = await call('PUT', `/users/${U2}/conversation`, { onBehalfOf: U1, rawBody: '{"tags":[]}', headers: { 'content-type': 'text/plain' } });
    expect([text.status, text.body.error.details]).toEqual([415, { 'content-type': ['must be application/json'] }]);
    const malformed = await call('PUT', `/users/${U2}/conversation`, { onBehalfOf: U1, rawBody: '{"tags":[', headers: { 'content-type': 'application/json' } });
    expect([malformed.status, malformed.body.error.details]).toEqual([400, { body: ['must be valid JSON'] }]);
  });
});
