// The per-minute budget with a fake clock: headers on every answer, 429 past the budget with
// Retry-After and X-Rate-Limit-Reset, and recovery in the next window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/index.ts';
import { client, U1 } from './helpers.ts';

const START = Date.UTC(2024, 0, 1, 12, 0, 15); // 15 s into a minute
let clock = START;
let server: MockServer;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startMockServer({ rateLimit: { perMinute: 5 }, now: () => clock });
  call = client(server.url);
});
afterAll(() => server.close());

describe('rate limit', () => {
  it('counts down, answers 429 past the budget, and recovers after the window', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      // Any answer counts, errors included.
      const res = await call('GET', i === 4 ? '/nope' : '/conversations', { onBehalfOf: U1 });
      expect(res.headers.get('x-rate-limit')).toBe('5');
      remaining.push(res.headers.get('x-rate-limit-remaining')!);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);

    const before = server.store.snapshot();
    clock = START + 20_000;
    const limited = await call('PUT', '/users/cometchat-uid-2/conversation', { onBehalfOf: U1, body: { tags: ['not-applied'] } });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'ERR_TOO_MANY_REQUESTS', source: 'chat-api' });
    expect(limited.headers.get('retry-after')).toBe('25');
    expect(limited.headers.get('x-rate-limit-reset')).toBe(String(Date.UTC(2024, 0, 1, 12, 1, 0) / 1000));
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(server.store.snapshot()).toEqual(before); // not processed

    clock = START + 44_999;
    expect((await call('GET', '/conversations', { onBehalfOf: U1 })).headers.get('retry-after')).toBe('1');

    clock = START + 45_000; // the next minute
    const recovered = await call('GET', '/conversations', { onBehalfOf: U1 });
    expect(recovered.status).toBe(200);
    expect(recovered.headers.get('x-rate-limit-remaining')).toBe('4');
    expect(server.rateLimiter?.remaining()).toBe(4);
  });

  it('CORS preflight is answered and not counted', async () => {
    server.rateLimiter?.reset();
    const res = await fetch(`${server.url}/conversations`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'apikey,onbehalfof' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase().split(',')).toEqual(expect.arrayContaining(['apikey', 'onbehalfof', 'content-type']));
    expect(res.headers.get('access-control-allow-methods')).toContain('DELETE');
    expect(server.rateLimiter?.remaining()).toBe(5);
    const get = await call('GET', '/conversations', { onBehalfOf: U1, headers: { origin: 'http://localhost:5173' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('access-control-expose-headers')).toContain('X-Rate-Limit-Remaining');
  });

  it('can be turned off: no limit, no rate-limit headers', async () => {
    const open = await startMockServer({ rateLimit: false });
    try {
      const res = await client(open.url, { rateLimitHeaders: false })('GET', '/conversations', { onBehalfOf: U1 });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-rate-limit')).toBeNull();
    } finally {
      await open.close();
    }
  });
});
