// Bad input, fuzzed with fast-check: over a thousand malformed requests (wrong types, bad JSON,
// wrong content types, long and odd headers, unknown paths and methods, 26+ tags, unicode). Every
// one gets a 4xx with CometChat's envelope, the state never changes, and the server keeps answering.
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer, type MockServer } from '../src/index.ts';
import { assertContract, operationOf, U1, U2 } from './helpers.ts';

interface Fuzzed {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const SEED = Number(process.env.FUZZ_SEED ?? 20240101);
const RUNS = 1200;

const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)) });
const oddHeaders = fc.dictionary(fc.stringMatching(/^x-fuzz-[a-z0-9]{1,10}$/), latin1.map((s) => s.trim()), { maxKeys: 3 });
const auth = { apikey: DEMO_API_KEY };
const json = { 'content-type': 'application/json' };

const bodyOps: [string, string][] = [
  ['PUT', `/v3/users/${U2}/conversation`],
  ['DELETE', `/v3/users/${U2}/conversation`],
  ['POST', `/v3/users/${U2}/conversation/delivered`],
  ['POST', `/v3/users/${U2}/conversation/read`],
  ['DELETE', `/v3/users/${U2}/conversation/read`],
  ['PUT', '/v3/groups/project-group/conversation'],
  ['POST', '/v3/groups/project-group/conversation/read'],
  ['DELETE', '/v3/groups/project-group/conversation/read'],
];
const anyOp = fc.constantFrom<[string, string]>(
  ['GET', '/v3/conversations'],
  ['GET', '/v3/conversations/group_project-group'],
  ['DELETE', '/v3/conversations/group_project-group'],
  ['GET', `/v3/users/${U2}/conversation`],
  ['GET', '/v3/groups/project-group/conversation'],
  ['DELETE', '/v3/groups/project-group/conversation'],
  ...bodyOps,
);

const notAnInteger = (min: number, max = Infinity) =>
  fc.oneof(
    max === Infinity ? fc.integer({ max: min - 1 }) : fc.integer({ min: max + 1 }),
    fc.integer({ max: min - 1 }),
    fc.double({ noNaN: true }).filter((d) => !Number.isInteger(d)).map(String),
    fc.string().filter((s) => {
      const n = Number(s);
      return !(s.trim() !== '' && Number.isInteger(n) && n >= min && n <= max);
    }),
  ).map(String);
const notBoolean = fc.string().filter((s) => s !== 'true' && s !== 'false');

/** A query for listConversations with at least one invalid parameter. */
const badQuery = fc
  .tuple(
    fc.oneof(
      notAnInteger(1, 1000).map((v) => ['perPage', v]),
      notAnInteger(1).map((v) => ['page', v]),
      notBoolean.map((v) => ['unread', v]),
      notBoolean.map((v) => ['withTags', v]),
      notBoolean.map((v) => ['withUserAndGroupTags', v]),
      fc.string().filter((s) => s !== 'user' && s !== 'group').map((v) => ['conversationType', v]),
      fc.constantFrom('', ',', 'a,,b', 'a,').map((v) => ['tags', v]),
      fc.string({ minLength: 101, maxLength: 200 }).filter((s) => !s.includes(',')).map((v) => ['tags', v]),
      fc.constantFrom('', ',').map((v) => ['userTags', v]),
      fc.constant(['searchKey', '']),
      fc.tuple(fc.constantFrom('perPage', 'unread', 'conversationType'), fc.constantFrom('1', 'true', 'user')).map(([k, v]) => [k, [v, v]]),
    ),
    oddHeaders,
  )
  .map(([[name, value], headers]): Fuzzed => {
    // Literal commas separate the items of form/explode:false arrays; everything else is encoded.
    const encode = (v: string) => v.split(',').map(encodeURIComponent).join(',');
    const query = (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(name as string)}=${encode(v as string)}`).join('&');
    return { kind: 'query', method: 'GET', path: `/v3/conversations?${query}`, headers: { ...auth, onBehalfOf: U1, ...headers } };
  });

/** An onBehalfOf header that is empty or too long. */
const badHeader = fc
  .tuple(anyOp, fc.oneof(fc.constant(''), fc.stringMatching(/^[ -~]{101,400}$/).filter((s) => s.trim().length > 100)), oddHeaders)
  .map(([[method, path], onBehalfOf, headers]): Fuzzed => ({ kind: 'header', method, path, headers: { ...auth, ...headers, onBehalfOf } }));

/** Bodies that are not JSON at all. */
const badJson = fc
  .tuple(fc.constantFrom(...bodyOps), fc.string({ minLength: 1 }).filter((s) => {
    if (s.trim() === '') return false;
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }))
  .map(([[method, path], body]): Fuzzed => ({ kind: 'json', method, path, headers: { ...auth, ...json, onBehalfOf: U1 }, body }));

const nonObject = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 }));
const badTags = fc.oneof(
  nonObject.filter((v) => !Array.isArray(v)),
  fc.array(fc.string({ maxLength: 20 }), { minLength: 26, maxLength: 40 }),
  fc.tuple(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.string({ minLength: 101, maxLength: 150, unit: 'grapheme' }).filter((s) => s.length > 100)).map(([a, long]) => [...a, long]),
  fc.array(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), { minLength: 1, maxLength: 4 }),
);
const badMessageId = fc.oneof(fc.string(), fc.integer({ max: 0 }), fc.double({ noNaN: true }).filter((d) => !Number.isInteger(d)), fc.boolean(), fc.constant(null));

/** JSON bodies of the wrong shape for their operation. */
const wrongShape = fc
  .oneof(
    fc.tuple(fc.constantFrom(...bodyOps), nonObject).map(([[method, path], value]) => ({ method, path, value })),
    fc.tuple(fc.constantFrom(...bodyOps.filter(([m, p]) => m === 'PUT' && p)), badTags).map(([[method, path], tags]) => ({ method, path, value: { tags } })),
    fc.tuple(fc.constantFrom(...bodyOps.filter(([, p]) => p.endsWith('/read') || p.endsWith('/delivered'))), badMessageId).map(([[method, path], messageId]) => ({ method, path, value: { messageId } })),
    fc.tuple(fc.constantFrom<[string, string]>(['DELETE', `/v3/users/${U2}/conversation`]), fc.oneof(fc.string(), fc.integer())).map(([[method, path], v]) => ({ method, path, value: { deleteMessagesPermanently: v } })),
  )
  .filter(({ method, path, value }) => {
    // The optional-body operations accept no body, an empty object, or null-free objects; keep only
    // values that cannot be valid: non-objects (but an empty string body counts as "no body").
    if (typeof value === 'string' && value.trim() === '') return false;
    const optional = !(method === 'PUT' || (method === 'DELETE' && path.endsWith('/read')));
    if (optional && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return false;
    return true;
  })
  .map(({ method, path, value }): Fuzzed => ({ kind: 'shape', method, path, headers: { ...auth, ...json, onBehalfOf: U1 }, body: JSON.stringify(value) }));

/** Valid JSON sent with another content type. */
const wrongContentType = fc
  .tuple(fc.constantFrom(...bodyOps), fc.oneof(fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/json'), fc.stringMatching(/^[a-z]{1,8}\/[a-z]{1,8}$/).filter((t) => t !== 'application/json')))
  .map(([[method, path], type]): Fuzzed => ({ kind: 'content-type', method, path, headers: { ...auth, onBehalfOf: U1, 'content-type': type }, body: '{"tags":["x"],"messageId":1}' }));

/** Paths that are no operation, any method; and known paths with a method they lack. */
const unknownRoute = fc
  .tuple(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), fc.array(fc.oneof(fc.webSegment(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map(encodeURIComponent)), { minLength: 0, maxLength: 5 }), fc.constantFrom('/v3/', '/', '/v2/', '/v3/conversations/x/'))
  .map(([method, segments, prefix]) => ({ method, path: prefix + segments.join('/') }))
  .filter(({ method, path }) => operationOf(method, new URL(`http://x${path}`).pathname) === undefined)
  .map(({ method, path }): Fuzzed => ({ kind: 'route', method, path, headers: { ...auth, onBehalfOf: 'fuzz-nobody' } }));
const wrongMethod = fc
  .constantFrom<[string, string]>(
    ['PATCH', '/v3/conversations'],
    ['POST', '/v3/conversations'],
    ['DELETE', '/v3/conversations'],
    ['GET', `/v3/users/${U2}/conversation/delivered`],
    ['PUT', `/v3/users/${U2}/conversation/read`],
    ['POST', '/v3/groups/project-group/conversation'],
    ['PATCH', '/v3/groups/project-group/conversation'],
  )
  .map(([method, path]): Fuzzed => ({ kind: 'method', method, path, headers: { ...auth, onBehalfOf: U1 } }));

/** Missing or wrong API keys. */
const badKey = fc
  .tuple(anyOp, fc.option(latin1.map((s) => s.trim()).filter((k) => k !== DEMO_API_KEY), { nil: undefined }))
  .map(([[method, path], apikey]): Fuzzed => ({ kind: 'auth', method, path, headers: { ...(apikey === undefined ? {} : { apikey }), onBehalfOf: U1, ...json }, body: method === 'GET' ? undefined : '{"tags":["x"]}' }));

/** Unicode ids in the path (read-only operations, so nothing could change even if one existed). */
const unicodeIds = fc
  .tuple(fc.constantFrom('users', 'groups', 'conversations'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }))
  .map(([kind, id]): Fuzzed => ({
    kind: 'unicode',
    method: 'GET',
    path: kind === 'conversations' ? `/v3/conversations/${encodeURIComponent(id)}` : `/v3/${kind}/${encodeURIComponent(id)}/conversation`,
    headers: { ...auth, onBehalfOf: U1 },
  }))
  .filter((r) => !/^\/v3\/(users\/cometchat-uid-\d|groups\/(project-group|hiking-group|book-club)|conversations\/group_)/i.test(r.path));

const fuzzed = fc.oneof(badQuery, badHeader, badJson, wrongShape, wrongContentType, unknownRoute, wrongMethod, badKey, unicodeIds);

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ rateLimit: false });
});
afterAll(() => server.close());

describe('fuzzed bad requests', () => {
  it(`answers ${RUNS} malformed requests with 4xx envelopes and changes nothing`, async () => {
    const before = server.store.snapshot();
    const kinds: Record<string, number> = {};
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(fuzzed, async (req) => {
        const res = await fetch(server.origin + req.path, { method: req.method, headers: req.headers, body: req.body });
        const text = await res.text();
        kinds[req.kind] = (kinds[req.kind] ?? 0) + 1;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        expect(res.status, `${req.kind} ${req.method} ${req.path} -> ${text}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        const body = JSON.parse(text);
        assertContract(req.method, new URL(res.url).pathname, res.status, res.headers, body, { rateLimitHeaders: false });
        expect(body.error.source).toBe('chat-api');
        if (req.headers.apikey && req.headers.apikey !== DEMO_API_KEY && req.headers.apikey.length >= 4) expect(text).not.toContain(req.headers.apikey);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`fuzz: ${RUNS} requests (seed ${SEED}); kinds ${JSON.stringify(kinds)}; statuses ${JSON.stringify(statuses)}`);
    expect(Object.keys(kinds).length).toBe(9);
    expect(server.store.snapshot()).toEqual(before);
    const alive = await fetch(`${server.url}/conversations`, { headers: { ...auth, onBehalfOf: U1 } });
    expect(alive.status).toBe(200);
    await alive.json();
    // 1,200 requests through a real socket: seconds on a quiet machine, far more on a loaded one.
  }, 120_000);

  it('answers huge headers (431) and broken HTTP (400) with the envelope, then keeps serving', async () => {
    for (const size of [17_000, 64_000]) {
      const res = await fetch(`${server.url}/conversations`, { headers: { ...auth, onBehalfOf: U1, 'x-huge': 'h'.repeat(size) } });
      expect(res.status).toBe(431);
      expect((await res.json()).error.code).toBe('ERR_BAD_REQUEST');
    }
    const rawAnswer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('GET /v3/conversations HTTP/1.1\r\nHost: x\r\nthis is not a header\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(rawAnswer).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(rawAnswer.slice(rawAnswer.indexOf('\r\n\r\n') + 4)).error.code).toBe('ERR_BAD_REQUEST');
    const alive = await fetch(`${server.url}/conversations`, { headers: { ...auth, onBehalfOf: U1 } });
    expect(alive.status).toBe(200);
    await alive.arrayBuffer();
  });
});
