// Retries: 408/429/5xx and connection failures, exponential backoff with jitter, the server's
// Retry-After / X-Rate-Limit-Reset honoured, long waits thrown instead of slept, and ambiguous
// failures retried only for operations the spec marks safe.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CometChatAbortError, CometChatConnectionError, CometChatInvalidResponseError, CometChatNotFoundError, CometChatRateLimitError, CometChatServerError } from '../src/index.ts';
import { backoffMs, serverWaitMs } from '../src/core/retry.ts';
import { clientWith, conversation, errorBody, json } from './helpers.ts';

const ok = () => json({ data: conversation() });
const action = () => json({ data: { success: true, message: 'done' } });
const tooMany = (headers: Record<string, string> = { 'retry-after': '0' }) => json(errorBody('ERR_TOO_MANY_REQUESTS'), 429, headers);
const connectionError = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`connect ${code}`), { code }) });

/** Answers with each reply in turn, then with the last one. */
const sequence = (...replies: Array<() => Response>) => (_: Request, index: number) => replies[Math.min(index, replies.length - 1)]!();
const getUser = (client: any, options?: object) => client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }, options);
const resetUser = (client: any, options?: object) => client.resetUserConversation({ uid: 'u', onBehalfOf: 'me' }, options);

describe('which failures are retried', () => {
  it('a 429 then success: resolves after one retry', async () => {
    const { client, requests } = clientWith(sequence(tooMany, ok));
    await expect(getUser(client)).resolves.toEqual(conversation());
    expect(requests).toHaveLength(2);
  });

  it('a 429 is retried even for an operation that is not safe to retry (it was not processed)', async () => {
    const { client, requests } = clientWith(sequence(tooMany, action));
    await expect(resetUser(client)).resolves.toEqual({ success: true, message: 'done' });
    expect(requests).toHaveLength(2);
  });

  it.each([408, 500, 502, 503, 504])('a %i is retried for a retry-safe operation', async (status) => {
    const { client, requests } = clientWith(sequence(() => json(errorBody('ERR_EXCEPTION'), status, { 'retry-after': '0' }), ok));
    await expect(getUser(client)).resolves.toEqual(conversation());
    expect(requests).toHaveLength(2);
  });

  it.each([500, 502, 503, 504])('a %i is not retried for an operation that is not safe to retry', async (status) => {
    const { client, requests } = clientWith(sequence(() => json(errorBody('ERR_EXCEPTION'), status), action));
    await expect(resetUser(client)).rejects.toBeInstanceOf(CometChatServerError);
    expect(requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 409])('a %i is never retried', async (status) => {
    const { client, requests } = clientWith(sequence(() => json(errorBody('ERR_X'), status), ok));
    await expect(getUser(client)).rejects.toMatchObject({ status });
    expect(requests).toHaveLength(1);
  });

  it('a refused connection is retried even when not safe (the request never left)', async () => {
    let calls = 0;
    const { client } = clientWith(() => (++calls === 1 ? Promise.reject(connectionError('ECONNREFUSED')) : action()), { maxRetries: 1 });
    vi.useFakeTimers();
    try {
      const result = resetUser(client).then((value: unknown) => value);
      await vi.runAllTimersAsync();
      await expect(result).resolves.toEqual({ success: true, message: 'done' });
    } finally {
      vi.useRealTimers();
    }
    expect(calls).toBe(2);
  });

  it('a reset connection is retried only when safe', async () => {
    let calls = 0;
    const { client } = clientWith(() => {
      calls++;
      return Promise.reject(connectionError('ECONNRESET'));
    }, { maxRetries: 0 });
    const error = await resetUser(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(error.message).toContain('ECONNRESET');
    expect(calls).toBe(1);
  });

  it('an unparseable 200 is retried for a retry-safe operation only', async () => {
    const broken = () => new Response('{"data":', { status: 200 });
    const safe = clientWith(sequence(broken, ok), { maxRetries: 1 });
    vi.useFakeTimers();
    try {
      const result = getUser(safe.client).then((value: unknown) => value);
      await vi.runAllTimersAsync();
      await expect(result).resolves.toEqual(conversation());
    } finally {
      vi.useRealTimers();
    }
    const unsafe = clientWith(sequence(broken, action));
    await expect(resetUser(unsafe.client)).rejects.toBeInstanceOf(CometChatInvalidResponseError);
    expect(unsafe.requests).toHaveLength(1);
  });

  it('stops after maxRetries and throws the last error', async () => {
    const { client, requests } = clientWith(() => tooMany({ 'retry-after': '0' }), { maxRetries: 3 });
    const error = await getUser(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CometChatRateLimitError);
    expect(error.retryAfterSeconds).toBe(0);
    expect(requests).toHaveLength(4);
  });

  it('a call can change maxRetries', async () => {
    const { client, requests } = clientWith(() => tooMany(), { maxRetries: 5 });
    await expect(getUser(client, { maxRetries: 0 })).rejects.toBeInstanceOf(CometChatRateLimitError);
    expect(requests).toHaveLength(1);
  });

  it('a not-found is reported as such, not retried into something else', async () => {
    const { client } = clientWith(() => json(errorBody('ERR_UID_NOT_FOUND'), 404));
    await expect(getUser(client)).rejects.toBeInstanceOf(CometChatNotFoundError);
  });
});

describe('how long it waits', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-11-22T10:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const waits = async (reply: () => Response, expectedMs: number) => {
    const { client, requests } = clientWith(sequence(reply, ok));
    const result = getUser(client).then((value: unknown) => value);
    await vi.advanceTimersByTimeAsync(expectedMs - 5);
    expect(requests, `no retry before ${expectedMs} ms`).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests, `retried at ${expectedMs} ms`).toHaveLength(2);
    await expect(result).resolves.toEqual(conversation());
  };

  it('Retry-After in seconds', () => waits(() => tooMany({ 'retry-after': '3' }), 3000));
  it('Retry-After as an HTTP date', () => waits(() => tooMany({ 'retry-after': new Date(Date.now() + 5000).toUTCString() }), 5000));
  it('X-Rate-Limit-Reset as Unix seconds', () => waits(() => tooMany({ 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 7) }), 7000));
  it('Retry-After on a 503', () => waits(() => json(errorBody('ERR_OPERATION_FAILED'), 503, { 'retry-after': '2' }), 2000));

  it('backs off exponentially with jitter when the server does not say', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { client, requests } = clientWith(() => json(errorBody('ERR_EXCEPTION'), 500), { maxRetries: 3 });
    const result = getUser(client).catch((e: unknown) => e);
    const times: number[] = [];
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    while (requests.length < 4) {
      const before = requests.length;
      await vi.advanceTimersByTimeAsync(50);
      if (requests.length > before) times.push(Date.now() - start);
    }
    expect(await result).toBeInstanceOf(CometChatServerError);
    expect(times).toEqual([500, 1500, 3500]);
  });

  it('a wait beyond maxRetryWaitMs is not slept but thrown, with the time', async () => {
    const { client, requests } = clientWith(() => tooMany({ 'retry-after': '3600' }), { maxRetryWaitMs: 60_000 });
    const error = await getUser(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CometChatRateLimitError);
    expect(error.retryAfterSeconds).toBe(3600);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an abort during the wait ends the call at once, leaving no timer', async () => {
    const controller = new AbortController();
    const { client, requests } = clientWith(() => tooMany({ 'retry-after': '30' }));
    const result = getUser(client, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await result).toBeInstanceOf(CometChatAbortError);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('retry arithmetic', () => {
  it('backoff doubles from 0.5 s to a cap of 8 s, minus up to 25 % jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffMs(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffMs(0, () => 0.999)).toBeGreaterThanOrEqual(375);
    expect(backoffMs(3, () => 0.999)).toBeGreaterThanOrEqual(3000);
  });

  it('reads Retry-After and X-Rate-Limit-Reset, ignoring nonsense', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(serverWaitMs(new Headers({ 'retry-after': '15' }), now)).toBe(15_000);
    expect(serverWaitMs(new Headers({ 'retry-after': '1.5' }), now)).toBeUndefined(); // delta-seconds are whole
    expect(serverWaitMs(new Headers({ 'retry-after': 'Sun, 22 Nov 2026 10:00:30 GMT' }), now)).toBe(30_000);
    expect(serverWaitMs(new Headers({ 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' }), now)).toBe(0);
    expect(serverWaitMs(new Headers({ 'x-rate-limit-reset': String(now / 1000 + 42) }), now)).toBe(42_000);
    expect(serverWaitMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(serverWaitMs(new Headers({ 'x-rate-limit-reset': '-5' }), now)).toBeUndefined();
    expect(serverWaitMs(new Headers(), now)).toBeUndefined();
  });
});
