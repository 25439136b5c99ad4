// Item 7 of issue 9: `Retry-After` is delta-seconds (a non-negative integer) or an IMF-fixdate, and
// nothing else; anything else ("-1", "2, 30", "-5000", "1.5", an ISO date) falls back to the
// computed backoff instead of being read as a date in 2001 or in the year 5000.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CometChatRateLimitError } from '../src/index.ts';
import { serverWaitMs } from '../src/core/retry.ts';
import { clientWith, conversation, errorBody, json } from './helpers.ts';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const wait = (headers: Record<string, string>) => serverWaitMs(new Headers(headers), NOW);

describe('Retry-After', () => {
  it('accepts delta-seconds and IMF-fixdates', () => {
    expect(wait({ 'retry-after': '0' })).toBe(0);
    expect(wait({ 'retry-after': '15' })).toBe(15_000);
    expect(wait({ 'retry-after': '  15 ' })).toBe(15_000);
    expect(wait({ 'retry-after': 'Sun, 22 Nov 2026 10:00:30 GMT' })).toBe(30_000);
    expect(wait({ 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' })).toBe(0);
  });

  it.each(['-1', '2, 30', '-5000', '1.5', '1e3', '0x10', '+5', '', 'soon', '2026-11-22T10:00:30Z', 'Sun Nov 22 2026 10:00:30 GMT+0000', '22 Nov 2026 10:00:30 GMT'])(
    'ignores %j',
    (value) => {
      expect(wait({ 'retry-after': value })).toBeUndefined();
    },
  );

  it('X-Rate-Limit-Reset is whole Unix seconds; anything else is ignored', () => {
    expect(wait({ 'x-rate-limit-reset': String(NOW / 1000 + 42) })).toBe(42_000);
    for (const value of ['-5', '1.5e9', 'soon', String(NOW / 1000 + 42.5)]) expect(wait({ 'x-rate-limit-reset': value }), value).toBeUndefined();
  });
});

describe('a nonsense Retry-After on a 429', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(['-1', '2, 30', '-5000'])('%j falls back to the backoff (not an immediate retry, not a wait of years)', async (value) => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    let calls = 0;
    const { client, requests } = clientWith(() => (++calls === 1 ? json(errorBody('ERR_TOO_MANY_REQUESTS'), 429, { 'retry-after': value }) : json({ data: conversation() })));
    const result = client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }).then((value) => value);
    await vi.advanceTimersByTimeAsync(490);
    expect(requests, 'no retry before the 500 ms backoff').toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(requests).toHaveLength(2);
    await expect(result).resolves.toEqual(conversation());
  });

  it('a rate limit error thrown after a nonsense Retry-After has no retryAfterSeconds', async () => {
    const { client } = clientWith(() => json(errorBody('ERR_TOO_MANY_REQUESTS'), 429, { 'retry-after': '-5000' }), { maxRetries: 0 });
    const error = await client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CometChatRateLimitError);
    expect((error as CometChatRateLimitError).retryAfterSeconds).toBeUndefined();
  });
});
