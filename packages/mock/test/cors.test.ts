// CORS for browser clients: preflights are answered, and every answer (success, error, 429,
// injected fault) carries Access-Control-Allow-Origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer, type MockServer } from '../src/index.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ rateLimit: { perMinute: 8 }, now: () => 1_700_000_000_000 });
});
afterAll(() => server.close());

const origin = { origin: 'http://localhost:5173' };
const auth = { ...origin, apikey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' };

describe('CORS', () => {
  it('answers the preflight of a PUT with JSON and the custom headers, even under a fault rule', async () => {
    server.faults.set([{ path: '/users/{uid}/conversation', fault: { type: 'status', status: 500 } }]);
    const res = await fetch(`${server.url}/users/cometchat-uid-2/conversation`, {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'apikey,onbehalfof,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(res.headers.get('access-control-allow-headers')).toBe('apikey,onBehalfOf,content-type');
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    server.faults.clear();
  });

  it('allows the origin on every kind of answer', async () => {
    const answers = [
      await fetch(`${server.url}/conversations`, { headers: auth }),
      await fetch(`${server.url}/conversations?perPage=0`, { headers: auth }),
      await fetch(`${server.url}/conversations`, { headers: origin }),
      await fetch(`${server.url}/nope`, { headers: auth }),
      await fetch(`${server.url}/conversations`, { method: 'POST', headers: auth }),
      await fetch(`${server.url}/users/cometchat-uid-2/conversation`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ tags: ['x'.repeat(2_000_000)] }) }),
    ];
    server.faults.set([
      { operationId: 'getUserConversation', times: 1, fault: { type: 'status', status: 503, retryAfter: 1 } },
      { operationId: 'getUserConversation', times: 1, fault: { type: 'html' } },
    ]);
    answers.push(await fetch(`${server.url}/users/cometchat-uid-2/conversation`, { headers: auth }));
    answers.push(await fetch(`${server.url}/users/cometchat-uid-2/conversation`, { headers: auth }));
    // Preflights and injected faults are not counted: these are the 7th, 8th and 9th of a budget of 8.
    answers.push(await fetch(`${server.url}/conversations`, { headers: auth }));
    answers.push(await fetch(`${server.url}/conversations`, { headers: auth }));
    answers.push(await fetch(`${server.url}/conversations`, { headers: auth }));
    expect(answers.map((r) => r.status)).toEqual([200, 400, 401, 404, 405, 413, 503, 502, 200, 200, 429]);
    for (const res of answers) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      await res.arrayBuffer();
    }
    expect(answers[10]!.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
