// The MSW face: handlers for CometChat's hosts (and a base URL) running the same app in-process,
// with its own store; the faults a Response can express.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../src/msw.ts';
import { DEMO_API_KEY } from '../src/index.ts';
import { client, U1, U2 } from './helpers.ts';

const mock = createHandlers({ baseUrl: 'http://localhost:9999/api/' });
const server = setupServer(...mock.handlers);
const headers = { apikey: DEMO_API_KEY, onBehalfOf: U1 };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  mock.store.reset();
  mock.faults.clear();
});

describe('MSW handlers', () => {
  it('answer any CometChat app and region, checked against the spec', async () => {
    // The client is made after listen(), so its fetch is the intercepted one.
    const call = client('https://myapp.api-us.cometchat.io/v3');
    const list = await call('GET', '/conversations', { onBehalfOf: U1, query: { perPage: 2 } });
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination).toMatchObject({ total: 5, total_pages: 3 });
    const eu = await client('https://otherapp.api-eu.cometchat.io/v3')('GET', `/users/${U2}/conversation`, { onBehalfOf: U1 });
    expect(eu.body.data[0].conversationId).toBe('cometchat-uid-1_user_cometchat-uid-2');
    const unauthorized = await call('GET', '/conversations', { apiKey: null });
    expect(unauthorized.body.error.code).toBe('AUTH_ERR_EMPTY_APIKEY');
    const unknown = await call('GET', '/messages', { onBehalfOf: U1 });
    expect(unknown.status).toBe(404);
  });

  it('keep state in their own store', async () => {
    const call = client('https://myapp.api-us.cometchat.io/v3');
    await call('PUT', `/users/${U2}/conversation`, { onBehalfOf: U1, body: { tags: ['via-msw'] } });
    expect(mock.store.conversationState(U1, { uid: U2 })?.tags).toEqual(['via-msw']);
    mock.store.addMessage({ sender: U2, receiverType: 'user', receiver: U1, text: 'hello from the store' });
    const { body } = await call('GET', `/users/${U2}/conversation`, { onBehalfOf: U1 });
    expect(body.data[0]).toMatchObject({ unreadMessageCount: '3', lastMessage: { data: { text: 'hello from the store' } } });
  });

  it('answer a custom base URL, whose path stands for /v3', async () => {
    const res = await fetch(`http://localhost:9999/api/groups/project-group/conversation`, { headers });
    expect(res.status).toBe(200);
    expect((await res.json()).data[0].conversationId).toBe('group_project-group');
  });

  it('leave other requests unhandled (onUnhandledRequest: error)', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await expect(fetch('https://example.invalid/v3/conversations')).rejects.toThrow();
      expect(quiet).toHaveBeenCalled();
    } finally {
      quiet.mockRestore();
    }
  });

  it('support the status, html and delay faults as responses', async () => {
    mock.faults.set([
      { operationId: 'getUserConversation', times: 1, fault: { type: 'status', status: 503, retryAfter: 2 } },
      { operationId: 'getGroupConversation', times: 1, fault: { type: 'html' } },
      { operationId: 'listConversations', times: 1, fault: { type: 'delay', ms: 150 } },
    ]);
    const base = 'https://myapp.api-in.cometchat.io/v3';
    const status = await fetch(`${base}/users/${U2}/conversation`, { headers });
    // 503 answers as CometChat's rate limit does, with the rule's Retry-After.
    expect([status.status, status.headers.get('retry-after'), status.headers.get('x-rate-limit-remaining'), (await status.json()).error.code]).toEqual([503, '2', '0', 'ERR_TOO_MANY_REQUESTS']);
    const html = await fetch(`${base}/groups/project-group/conversation`, { headers });
    expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html']);
    expect(await html.text()).toContain('502 Bad Gateway');
    const started = performance.now();
    const delayed = await fetch(`${base}/conversations`, { headers });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(delayed.status).toBe(200);
    await delayed.json();
  });

  it('express reset as a network error and partial bodies as a failing body stream', async () => {
    const base = 'https://myapp.api-us.cometchat.io/v3';
    mock.faults.set([{ operationId: 'getUserConversation', times: 1, fault: { type: 'reset' } }]);
    await expect(fetch(`${base}/users/${U2}/conversation`, { headers })).rejects.toThrow(TypeError);

    mock.faults.set([{ operationId: 'getUserConversation', times: 1, fault: { type: 'truncate', bytes: 20 } }]);
    const truncated = await fetch(`${base}/users/${U2}/conversation`, { headers });
    expect(truncated.status).toBe(200);
    await expect(truncated.text()).rejects.toThrow();

    mock.faults.set([{ operationId: 'updateUserConversation', times: 1, fault: { type: 'reset-after-headers' } }]);
    const cut = await fetch(`${base}/users/${U2}/conversation`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: '{"tags":["kept"]}' });
    expect(cut.status).toBe(200);
    await expect(cut.json()).rejects.toThrow();
    // The request was processed before the answer was cut.
    expect(mock.store.conversationState(U1, { uid: U2 })?.tags).toEqual(['kept']);
  });
});
