// Faults: every fault kind of the mock against the client. Retried where the operation is retry-safe
// (and the final result is right), a typed error otherwise; an unsafe write is never repeated (the
// mock's store counts what it processed); 429 waits for Retry-After; refused connections are always
// retried; every call settles before a hard deadline; no unhandled rejection; and the API key shows
// in no rendering of any error.
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CometChatAuthenticationError,
  CometChatBadRequestError,
  CometChatConnectionError,
  CometChatError,
  CometChatInvalidResponseError,
  CometChatNotFoundError,
  CometChatRateLimitError,
  CometChatServerError,
  CometChatTimeoutError,
  createCometChatClient,
  type ClientOptions,
} from '@cometchat-rest/client';
import { startMockServer, type Fault, type FaultRule, type MockServer, type OperationId } from '@cometchat-rest/mock';
import { leaks, rejectionOf, within } from './helpers.ts';

// A distinctive key, with a quote and a backslash so that escaped forms (JSON, util.inspect) are checked too.
const KEY = 'itest-key-7f3c9a1e5b2d4c6f8a0e"q\\b';
const KEY_FORMS = [KEY, '7f3c9a1e5b2d4c6f8a0e', JSON.stringify(KEY).slice(1, -1)];
const U1 = 'cometchat-uid-1';
const U2 = 'cometchat-uid-2';
const GROUP = 'project-group';
const DEADLINE = 10_000;

let server: MockServer;
/** Requests the mock's HTTP server received since the test began (faulted ones included). */
let seen = 0;
const errorsSeen: unknown[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  server = await startMockServer({ port: 0, apiKey: KEY, rateLimit: false });
  server.httpServer.on('request', () => seen++);
});
afterAll(async () => {
  await server?.close();
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
});
beforeEach(() => {
  server.store.reset();
  server.faults.clear();
  seen = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
});

const client = (options: Partial<ClientOptions> = {}) => createCometChatClient({ baseUrl: server.url, apiKey: KEY, onBehalfOf: U1, maxRetries: 2, timeoutMs: 5_000, ...options });
const fault = (operationId: OperationId, f: Fault, times?: number): FaultRule => ({ operationId, fault: f, ...(times === undefined ? {} : { times }) });
/** The typed error of a call that must fail (before the deadline), recorded for the key check. */
async function failure(promise: PromiseLike<unknown>, what: string): Promise<any> {
  const error = await rejectionOf(promise, DEADLINE, what);
  errorsSeen.push(error);
  expect(error).toBeInstanceOf(CometChatError);
  expect(leaks(error, KEY_FORMS)).toEqual([]);
  return error;
}
const timed = async <T>(promise: PromiseLike<T>, what: string) => {
  const started = performance.now();
  const value = await within(DEADLINE, promise, what);
  return { value, ms: performance.now() - started };
};
/** How many times the store did the work (calls to one of its methods) during `run`. */
const processed = (method: 'resetConversation' | 'resetConversationForAll' | 'markRead' | 'markDelivered' | 'setTags') => vi.spyOn(server.store, method);
const visible = (target: { uid: string } | { guid: string }) => server.store.conversationState(U1, target)!.visible;

// Every kind of failure after the request reached the app (so a retry would repeat the work).
const ambiguousFaults: [string, Fault][] = [
  ['reset afterProcessing (RST, no answer)', { type: 'reset', afterProcessing: true }],
  ['reset-after-headers (RST mid-body)', { type: 'reset-after-headers' }],
  ['truncate content-length (FIN mid-body)', { type: 'truncate' }],
  ['truncate chunked (no last chunk)', { type: 'truncate', encoding: 'chunked' }],
];
// Failures that come back before the app ran.
const earlyFaults: [string, Fault, new (...args: any[]) => CometChatError][] = [
  ['status 500', { type: 'status', status: 500 }, CometChatServerError],
  ['status 502', { type: 'status', status: 502 }, CometChatServerError],
  ['status 503', { type: 'status', status: 503 }, CometChatServerError],
  ['status 504', { type: 'status', status: 504 }, CometChatServerError],
  ['html 502 (proxy page)', { type: 'html' }, CometChatServerError],
  ['reset (RST before processing)', { type: 'reset' }, CometChatConnectionError],
];

describe('faults: retry-safe operations are retried and end in success', () => {
  it.each([...earlyFaults.map(([name, f]) => [name, f] as const), ...ambiguousFaults])('%s once: getUserConversation succeeds on the retry', async (_, f) => {
    server.faults.set([fault('getUserConversation', f, 1)]);
    const { value } = await timed(client().getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(value.conversationId).toBe(`${U1}_user_${U2}`);
    expect(seen).toBe(2);
  });

  it.each(ambiguousFaults)('%s once on markUserConversationAsRead: retried, processed twice, same final state as one clean call', async (_, f) => {
    const clean = client({ maxRetries: 0 });
    await within(DEADLINE, clean.markUserConversationAsRead({ uid: U2, messageId: 3 }));
    const expected = server.store.snapshot();
    server.store.reset();
    seen = 0;
    const markRead = processed('markRead');
    server.faults.set([fault('markUserConversationAsRead', f, 1)]);
    const { value } = await timed(client().markUserConversationAsRead({ uid: U2, messageId: 3 }), 'markUserConversationAsRead');
    expect(value).toEqual({ success: true, message: expect.any(String) });
    expect(seen).toBe(2);
    expect(markRead).toHaveBeenCalledTimes(2);
    expect(server.store.snapshot()).toEqual(expected);
  });

  it('truncate chunked once on updateUserConversation: the retry stores exactly the tags sent', async () => {
    const setTags = processed('setTags');
    server.faults.set([fault('updateUserConversation', { type: 'truncate', encoding: 'chunked', bytes: 10 }, 1)]);
    const { value } = await timed(client().updateUserConversation({ uid: U2, tags: ['x', 'y'] }), 'update');
    expect(value.tags).toEqual(['x', 'y']);
    expect(setTags).toHaveBeenCalledTimes(2);
    expect(server.store.conversationState(U1, { uid: U2 })!.tags).toEqual(['x', 'y']);
  });

  it('listConversations survives a truncated first page and a reset second page while iterating', async () => {
    server.faults.set([fault('listConversations', { type: 'truncate' }, 1)]);
    const ids: string[] = [];
    await within(DEADLINE, (async () => {
      for await (const conversation of client().listConversations({ perPage: 3 })) {
        // Page 1 has arrived: fault the next request, which is page 2.
        if (ids.push(conversation.conversationId) === 1) server.faults.set([fault('listConversations', { type: 'reset-after-headers', bytes: 5 }, 1)]);
      }
    })());
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(seen).toBe(4); // 2 pages, each with one faulted attempt
    expect(server.faults.list().every((rule) => rule.remaining === 0)).toBe(true);
  });

  it('persistent status 500: retried maxRetries times, then a CometChatServerError (no hang)', async () => {
    const markRead = processed('markRead');
    server.faults.set([fault('markUserConversationAsRead', { type: 'status', status: 500 })]);
    const started = performance.now();
    const error = await failure(client({ maxRetries: 2 }).markUserConversationAsRead({ uid: U2 }), 'markRead');
    expect(error).toBeInstanceOf(CometChatServerError);
    expect(error).toMatchObject({ status: 500, code: 'ERR_EXCEPTION', operationId: 'markUserConversationAsRead' });
    expect(seen).toBe(3);
    expect(markRead).not.toHaveBeenCalled();
    // Backoff: about 0.5 s then 1 s, less up to 25 % jitter.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_100);
  });

  it('persistent html 502: a CometChatServerError that says the body is not the envelope', async () => {
    server.faults.set([fault('getGroupConversation', { type: 'html' })]);
    const error = await failure(client({ maxRetries: 1 }).getGroupConversation({ guid: GROUP }), 'getGroupConversation');
    expect(error).toBeInstanceOf(CometChatServerError);
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/not CometChat's error envelope \(text\/html\)/);
    expect(error.body).toMatch(/<title>502 Bad Gateway<\/title>/);
    expect(seen).toBe(2);
  });

  it.each(ambiguousFaults)('persistent %s: a CometChatConnectionError after the retries', async (_, f) => {
    server.faults.set([fault('getUserConversation', f)]);
    const error = await failure(client({ maxRetries: 1 }).getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(error).not.toBeInstanceOf(CometChatTimeoutError);
    expect(error.message).toMatch(/connection to 127\.0\.0\.1:\d+ failed/); // the host, and the root cause:
    expect(error.message).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect(seen).toBe(2);
  });

  it('delay longer than timeoutMs once: the attempt times out, the retry succeeds', async () => {
    server.faults.set([fault('getUserConversation', { type: 'delay', ms: 1_500 }, 1)]);
    const { value, ms } = await timed(client({ timeoutMs: 300 }).getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(value.conversationId).toBe(`${U1}_user_${U2}`);
    expect(seen).toBe(2);
    expect(ms).toBeGreaterThanOrEqual(300 + 375);
    expect(ms).toBeLessThan(1_500 + 500); // it did not wait for the delayed answer
  });

  it('persistent delay: CometChatTimeoutError after every attempt timed out', async () => {
    server.faults.set([fault('getGroupConversation', { type: 'delay', ms: 2_000 })]);
    const started = performance.now();
    const error = await failure(client({ timeoutMs: 200, maxRetries: 1 }).getGroupConversation({ guid: GROUP }), 'getGroupConversation');
    expect(error).toBeInstanceOf(CometChatTimeoutError);
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(error.message).toContain('no complete response within 200 ms');
    expect(seen).toBe(2);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a non-retryable status (404 injected): not retried, CometChatNotFoundError', async () => {
    server.faults.set([fault('getUserConversation', { type: 'status', status: 404, code: 'ERR_UID_NOT_FOUND' })]);
    const error = await failure(client().getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(error).toBeInstanceOf(CometChatNotFoundError);
    expect(error.code).toBe('ERR_UID_NOT_FOUND');
    expect(seen).toBe(1);
  });
});

describe('faults: unsafe writes are never repeated', () => {
  it.each(ambiguousFaults)('%s on resetUserConversation: CometChatConnectionError, not retried, processed exactly once', async (_, f) => {
    const reset = processed('resetConversation');
    server.faults.set([fault('resetUserConversation', f)]);
    const error = await failure(client({ maxRetries: 3 }).resetUserConversation({ uid: U2 }), 'resetUserConversation');
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(seen).toBe(1);
    expect(reset).toHaveBeenCalledTimes(1);
    expect(visible({ uid: U2 })).toBe(false); // the write happened; only the answer was lost
  });

  it.each(ambiguousFaults)('%s on the deprecated deleteConversation: not retried, processed exactly once', async (_, f) => {
    const resetForAll = processed('resetConversationForAll');
    server.faults.set([fault('deleteConversation', f)]);
    const error = await failure(client({ maxRetries: 3 }).deleteConversation({ conversationId: `${U1}_user_${U2}` }), 'deleteConversation');
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(seen).toBe(1);
    expect(resetForAll).toHaveBeenCalledTimes(1);
  });

  it.each(earlyFaults)('%s on resetGroupConversation: the typed error, not retried, nothing processed', async (_, f, type) => {
    const reset = processed('resetConversation');
    const before = server.store.snapshot();
    server.faults.set([fault('resetGroupConversation', f)]);
    const error = await failure(client({ maxRetries: 3 }).resetGroupConversation({ guid: GROUP }), 'resetGroupConversation');
    expect(error).toBeInstanceOf(type);
    expect(seen).toBe(1);
    expect(reset).not.toHaveBeenCalled();
    expect(server.store.snapshot()).toEqual(before);
  });

  it('delay past timeoutMs on resetUserConversation: CometChatTimeoutError, not retried; the late write lands once', async () => {
    const reset = processed('resetConversation');
    server.faults.set([fault('resetUserConversation', { type: 'delay', ms: 600 })]);
    const error = await failure(client({ timeoutMs: 150, maxRetries: 3 }).resetUserConversation({ uid: U2 }), 'resetUserConversation');
    expect(error).toBeInstanceOf(CometChatTimeoutError);
    expect(seen).toBe(1);
    await vi.waitFor(() => expect(reset).toHaveBeenCalledTimes(1), { timeout: 3_000, interval: 50 });
    await new Promise((resolve) => setTimeout(resolve, 700)); // nothing else arrives later
    expect(reset).toHaveBeenCalledTimes(1);
    expect(seen).toBe(1);
  });

  it('status 408 on resetUserConversation: retried (not processed), then processed once', async () => {
    const reset = processed('resetConversation');
    server.faults.set([fault('resetUserConversation', { type: 'status', status: 408, code: 'ERR_TIMEOUT' }, 1)]);
    const { value } = await timed(client().resetUserConversation({ uid: U2 }), 'resetUserConversation');
    expect(value.success).toBe(true);
    expect(seen).toBe(2);
    expect(reset).toHaveBeenCalledTimes(1);
  });
});

describe('faults: rate limits', () => {
  it('429 with Retry-After: 1 on an unsafe write: waits about a second, retries, processed once', async () => {
    const reset = processed('resetConversation');
    server.faults.set([fault('resetUserConversation', { type: 'status', status: 429, code: 'ERR_TOO_MANY_REQUESTS', retryAfter: 1 }, 1)]);
    const { value, ms } = await timed(client().resetUserConversation({ uid: U2 }), 'resetUserConversation');
    expect(value.success).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(seen).toBe(2);
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('429 asking for longer than maxRetryWaitMs: CometChatRateLimitError at once, with retryAfterSeconds', async () => {
    server.faults.set([fault('getUserConversation', { type: 'status', status: 429, code: 'ERR_TOO_MANY_REQUESTS', retryAfter: 30 })]);
    const started = performance.now();
    const error = await failure(client({ maxRetryWaitMs: 1_000 }).getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(error).toBeInstanceOf(CometChatRateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'ERR_TOO_MANY_REQUESTS', retryAfterSeconds: 30 });
    expect(seen).toBe(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("the mock's own limiter: its 429 is waited out (Retry-After), and the write is processed once", async () => {
    // The mock's clock stands half a second before the end of a minute, with a budget of 1: the
    // second request is refused with Retry-After: 1. When that 429 passes by, the clock moves on to
    // the next minute, so the retry (a second later, in real time) finds a fresh budget.
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    let clock = minute + 59_500;
    const limited = await startMockServer({ port: 0, apiKey: KEY, rateLimit: { perMinute: 1 }, now: () => clock });
    const statuses: number[] = [];
    const watch = async (r: Request, i?: RequestInit) => {
      const response = await fetch(r, i);
      statuses.push(response.status);
      if (response.status === 429) clock = minute + 60_000;
      return response;
    };
    try {
      const reset = vi.spyOn(limited.store, 'resetConversation');
      const c = createCometChatClient({ baseUrl: limited.url, apiKey: KEY, onBehalfOf: U1, maxRetries: 2, timeoutMs: 5_000, fetch: watch });
      await within(DEADLINE, c.getUserConversation({ uid: U2 }));
      const { value, ms } = await timed(c.resetUserConversation({ uid: U2 }), 'resetUserConversation');
      expect(value.success).toBe(true);
      expect(statuses).toEqual([200, 429, 200]);
      expect(ms).toBeGreaterThanOrEqual(950);
      expect(reset).toHaveBeenCalledTimes(1);
    } finally {
      await limited.close();
    }
  });
});

describe('faults: connections', () => {
  /** A port on 127.0.0.1 that nothing listens on (taken, then released). */
  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = createNetServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });

  it('refused connection: retried even for an unsafe write, which succeeds once the server is up', async () => {
    const port = await freePort();
    let attempts = 0;
    const c = createCometChatClient({ baseUrl: `http://127.0.0.1:${port}/v3`, apiKey: KEY, onBehalfOf: U1, maxRetries: 3, fetch: (r, i) => (attempts++, fetch(r, i)) });
    let late: MockServer | undefined;
    try {
      const call = within(DEADLINE, c.resetUserConversation({ uid: U2 }));
      await vi.waitFor(() => expect(attempts).toBeGreaterThanOrEqual(1), { timeout: 2_000, interval: 10 });
      late = await startMockServer({ port, apiKey: KEY, rateLimit: false });
      const reset = vi.spyOn(late.store, 'resetConversation');
      expect((await call).success).toBe(true);
      expect(attempts).toBeGreaterThanOrEqual(2);
      expect(reset).toHaveBeenCalledTimes(1);
    } finally {
      await late?.close();
    }
  });

  it('refused connection for good: CometChatConnectionError (ECONNREFUSED) after maxRetries + 1 attempts', async () => {
    const port = await freePort();
    let attempts = 0;
    const c = createCometChatClient({ baseUrl: `http://127.0.0.1:${port}/v3`, apiKey: KEY, onBehalfOf: U1, maxRetries: 1, fetch: (r, i) => (attempts++, fetch(r, i)) });
    const error = await failure(c.resetUserConversation({ uid: U2 }), 'resetUserConversation');
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(error.message).toContain('ECONNREFUSED');
    expect(attempts).toBe(2);
  });

  it('a 2xx body that is not JSON (a proxy turning the HTML page into a 200): CometChatInvalidResponseError; retried only when safe', async () => {
    // What the mock cannot send by itself: a 200 with an HTML body. A fetch in front of the client
    // turns the mock's injected HTML page into a 200, as a misconfigured proxy would.
    const proxy = (r: Request, i?: RequestInit) =>
      fetch(r, i).then((res) => (res.headers.get('content-type')?.startsWith('text/html') ? new Response(res.body, { status: 200, headers: res.headers }) : res));
    const reset = processed('resetConversation');
    server.faults.set([fault('resetUserConversation', { type: 'html', body: `<html>captive portal ${KEY}</html>` })]);
    const error = await failure(client({ fetch: proxy }).resetUserConversation({ uid: U2 }), 'resetUserConversation');
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(/is not JSON \(text\/html\)/);
    expect(error.body).toContain('[redacted]');
    expect(seen).toBe(1);
    expect(reset).not.toHaveBeenCalled();

    seen = 0;
    server.faults.set([fault('getUserConversation', { type: 'html' }, 1)]);
    const ok = await within(DEADLINE, client({ fetch: proxy }).getUserConversation({ uid: U2 }));
    expect(ok.conversationId).toBe(`${U1}_user_${U2}`);
    expect(seen).toBe(2);
  });
});

describe('faults: the API key never shows in an error', () => {
  it('texts from the server that echo the key (JSON envelope and HTML page) are redacted', async () => {
    server.faults.set([fault('getUserConversation', { type: 'status', status: 400, code: 'ERR_BAD_REQUEST', message: `bad key ${KEY}` })]);
    const json = await failure(client().getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(json).toBeInstanceOf(CometChatBadRequestError);
    expect(json.message).toContain('bad key [redacted]');
    server.faults.set([fault('getUserConversation', { type: 'html', status: 500, body: `<p>key=${KEY}</p>` })]);
    const html = await failure(client({ maxRetries: 0 }).getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(html).toBeInstanceOf(CometChatServerError);
    expect(String(html.body)).toContain('key=[redacted]');
  });

  it('a wrong (distinctive) key: CometChatAuthenticationError without the key', async () => {
    const wrong = `${KEY}-wrong`;
    const error = await failure(client({ apiKey: wrong }).getUserConversation({ uid: U2 }), 'getUserConversation');
    expect(error).toBeInstanceOf(CometChatAuthenticationError);
    expect(leaks(error, [wrong])).toEqual([]);
  });

  it('no error of this suite carries the key in message, stack, JSON, util.inspect (hidden, depth 10) or body', () => {
    expect(errorsSeen.length).toBeGreaterThanOrEqual(25);
    const kinds = new Set(errorsSeen.map((e) => (e as Error).name));
    for (const name of ['CometChatServerError', 'CometChatConnectionError', 'CometChatTimeoutError', 'CometChatRateLimitError', 'CometChatInvalidResponseError', 'CometChatAuthenticationError']) {
      expect(kinds).toContain(name);
    }
    for (const error of errorsSeen) expect(leaks(error, KEY_FORMS)).toEqual([]);
  });
});

describe('faults: nothing left behind', () => {
  it('no unhandled rejection or uncaught exception during the suite', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled).toEqual([]);
  });
});
