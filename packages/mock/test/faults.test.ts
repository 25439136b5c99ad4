// Fault injection, observed from raw clients (node:http and fetch) against the node server.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer, type MockServer } from '../src/index.ts';
import { assertContract, U1, U2 } from './helpers.ts';

let server: MockServer;
const headers = { apikey: DEMO_API_KEY, onBehalfOf: U1 };

beforeAll(async () => {
  server = await startMockServer({ faults: [{ path: '/users/{uid}/conversation', method: 'GET', times: 1, fault: { type: 'status', status: 502 } }] });
});
afterAll(() => server.close());
beforeEach(() => server.store.reset());

interface RawResult {
  status?: number;
  headers?: Record<string, string | string[] | undefined>;
  received: Buffer;
  error?: NodeJS.ErrnoException;
  /** The response started, then failed. */
  aborted: boolean;
}

/** One request over node:http, recording what arrived before any failure. */
function raw(path: string, init: { method?: string; body?: string } = {}): Promise<RawResult> {
  return new Promise((resolve) => {
    const result: RawResult = { received: Buffer.alloc(0), aborted: false };
    const req = httpRequest(
      `${server.url}${path}`,
      { method: init.method ?? 'GET', headers: { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) }, agent: false },
      (res) => {
        result.status = res.statusCode;
        result.headers = res.headers;
        res.on('data', (chunk: Buffer) => (result.received = Buffer.concat([result.received, chunk])));
        res.on('aborted', () => (result.aborted = true));
        res.on('error', (error) => {
          result.error ??= error;
          result.aborted = true;
        });
        res.on('close', () => {
          if (!res.complete) result.aborted = true;
          resolve(result);
        });
      },
    );
    req.on('error', (error) => {
      result.error ??= error;
      if (result.status !== undefined) result.aborted = true;
      resolve(result);
    });
    req.end(init.body);
  });
}

describe('faults', () => {
  it('starts with the rules given as an option (method + path template, once)', async () => {
    const first = await fetch(`${server.url}/users/${U2}/conversation`, { headers });
    expect(first.status).toBe(502);
    const second = await fetch(`${server.url}/users/${U2}/conversation`, { headers });
    expect(second.status).toBe(200);
    await second.arrayBuffer();
  });

  it('status: the error envelope with the status, code and Retry-After asked for', async () => {
    server.faults.set([{ operationId: 'listConversations', fault: { type: 'status', status: 503, code: 'ERR_SERVICE_UNAVAILABLE', retryAfter: 7 } }]);
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}/conversations`, { headers });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('7');
      const body = await res.json();
      expect(body.error).toMatchObject({ code: 'ERR_SERVICE_UNAVAILABLE', source: 'chat-api' });
      assertContract('GET', '/v3/conversations', 503, res.headers, body);
    }
    server.faults.clear();
    expect((await fetch(`${server.url}/conversations`, { headers })).status).toBe(200);
  });

  it('html: a proxy-style 502 text/html page', async () => {
    server.faults.set([{ path: '/v3/conversations', fault: { type: 'html' } }]);
    const res = await fetch(`${server.url}/conversations`, { headers });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toContain('<h1>502 Bad Gateway</h1>');
    server.faults.clear();
  });

  it('delay: answers normally after the delay', async () => {
    server.faults.set([{ operationId: 'getGroupConversation', fault: { type: 'delay', ms: 200 } }]);
    const started = performance.now();
    const res = await fetch(`${server.url}/groups/project-group/conversation`, { headers });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(res.status).toBe(200);
    await res.json();
    server.faults.clear();
  });

  it('reset: the connection is reset before any header (nothing processed unless asked)', async () => {
    server.faults.set([{ operationId: 'updateUserConversation', times: 2, fault: { type: 'reset' } }]);
    const before = server.store.snapshot();
    const result = await raw(`/users/${U2}/conversation`, { method: 'PUT', body: JSON.stringify({ tags: ['lost'] }) });
    expect(result.status).toBeUndefined();
    expect(result.error?.code).toBe('ECONNRESET');
    await expect(fetch(`${server.url}/users/${U2}/conversation`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: '{"tags":[]}' })).rejects.toThrow(TypeError);
    expect(server.store.snapshot()).toEqual(before);

    server.faults.set([{ operationId: 'updateUserConversation', times: 1, fault: { type: 'reset', afterProcessing: true } }]);
    const processed = await raw(`/users/${U2}/conversation`, { method: 'PUT', body: JSON.stringify({ tags: ['applied'] }) });
    expect(processed.error?.code).toBe('ECONNRESET');
    expect(server.store.conversationState(U1, { uid: U2 })?.tags).toEqual(['applied']);
  });

  it('reset-after-headers: the headers and the first bytes arrive, then a reset', async () => {
    server.faults.set([{ operationId: 'listConversations', times: 1, fault: { type: 'reset-after-headers', bytes: 10 } }]);
    const result = await raw('/conversations');
    expect(result.status).toBe(200);
    expect(result.headers?.['content-type']).toBe('application/json');
    expect(Number(result.headers?.['content-length'])).toBeGreaterThan(10);
    expect(result.received.toString()).toBe('{"data":[{');
    expect(result.aborted).toBe(true);
    expect(result.error?.code).toBe('ECONNRESET');
  });

  it('truncate (content-length): fewer bytes than announced, then the connection closes', async () => {
    server.faults.set([{ operationId: 'listConversations', times: 2, fault: { type: 'truncate', bytes: 100 } }]);
    const result = await raw('/conversations');
    expect(result.status).toBe(200);
    const announced = Number(result.headers?.['content-length']);
    expect(announced).toBeGreaterThan(100);
    expect(result.received.length).toBe(100);
    expect(result.aborted).toBe(true);
    const res = await fetch(`${server.url}/conversations`, { headers });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow(TypeError);
  });

  it('truncate (chunked): a chunked body that stops without its last chunk', async () => {
    server.faults.set([{ operationId: 'listConversations', times: 1, fault: { type: 'truncate', encoding: 'chunked' } }]);
    const result = await raw('/conversations');
    expect(result.status).toBe(200);
    expect(result.headers?.['transfer-encoding']).toBe('chunked');
    expect(result.headers?.['content-length']).toBeUndefined();
    expect(result.received.length).toBeGreaterThan(0);
    expect(result.aborted).toBe(true);
  });

  it('probability: seeded, so the same seed faults the same requests', async () => {
    const pattern = async (seed: number) => {
      server.faults.seed(seed);
      server.faults.set([{ operationId: 'listConversations', probability: 0.3, fault: { type: 'status', status: 500 } }]);
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) {
        const res = await fetch(`${server.url}/conversations?perPage=1`, { headers });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      return statuses;
    };
    const a = await pattern(42);
    const b = await pattern(42);
    const c = await pattern(7);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const faulted = a.filter((s) => s === 500).length;
    expect(faulted).toBeGreaterThan(5);
    expect(faulted).toBeLessThan(35);
    server.faults.clear();
  });

  it('rejects bad rules with a clear error', () => {
    expect(() => server.faults.set([{ fault: { type: 'explode' } as never }])).toThrow(/^faults\[0\]\.fault\.type: must be one of/);
    expect(() => server.faults.set([{ fault: { type: 'reset' } }, { probabilty: 0.5, fault: { type: 'reset' } } as never])).toThrow(/^faults\[1\]\.probabilty: is not a rule field/);
    expect(() => server.faults.set([{ fault: { type: 'delay', ms: 5, bytes: 3 } as never }])).toThrow(/^faults\[0\]\.fault\.bytes: is not a field of a delay fault/);
    expect(() => server.faults.set([{ fault: { type: 'status', headers: { 'x-a': 1 } } as never }])).toThrow(/^faults\[0\]\.fault\.headers: must be an object of header names to string values/);
    expect(() => server.faults.set([{ fault: { type: 'truncate', encoding: 'gzip' } as never }])).toThrow(/^faults\[0\]\.fault\.encoding/);
    expect(() => server.faults.set([{ operationId: 'nope' as never, fault: { type: 'reset' } }])).toThrow(/unknown operationId nope/);
    expect(() => server.faults.set([{ probability: 2, fault: { type: 'reset' } }])).toThrow(/probability/);
    expect(() => server.faults.set([{ fault: { type: 'status', status: 200 } }])).toThrow(/400-599/);
  });

  it('429 and 503 answer as CometChat\'s rate limit does, unless the rule says otherwise', async () => {
    server.faults.set([
      { operationId: 'getUserConversation', times: 1, fault: { type: 'status', status: 429 } },
      { operationId: 'getUserConversation', times: 1, fault: { type: 'status', status: 503, retryAfter: 7, code: 'ERR_BUSY', headers: { 'X-Rate-Limit': '700' } } },
    ]);
    const limited = await fetch(`${server.url}/users/${U2}/conversation`, { headers });
    expect(limited.status).toBe(429);
    expect(Object.fromEntries(['retry-after', 'x-rate-limit', 'x-rate-limit-remaining'].map((h) => [h, limited.headers.get(h)]))).toEqual({
      'retry-after': '1',
      'x-rate-limit': '20000',
      'x-rate-limit-remaining': '0',
    });
    expect(Number(limited.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect((await limited.json()).error).toMatchObject({ code: 'ERR_TOO_MANY_REQUESTS', message: 'Too many requests. Please try again later.', source: 'chat-api' });
    const overridden = await fetch(`${server.url}/users/${U2}/conversation`, { headers });
    expect([overridden.status, overridden.headers.get('retry-after'), overridden.headers.get('x-rate-limit'), (await overridden.json()).error.code]).toEqual([503, '7', '700', 'ERR_BUSY']);
    server.faults.clear();
  });

  it('the server keeps answering after every fault', async () => {
    server.faults.clear();
    const res = await fetch(`${server.url}/conversations`, { headers });
    expect(res.status).toBe(200);
    await res.json();
  });
});
