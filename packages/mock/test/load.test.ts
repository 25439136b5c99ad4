// Load: 20,000 requests at concurrency 256 against the node server over keep-alive sockets. No
// errors, no sockets left open after close(), a bounded heap. Prints requests/s and heap figures.
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer } from '../src/index.ts';
import { U1, U2 } from './helpers.ts';

const TOTAL = 20_000;
const CONCURRENCY = 256;
const MiB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

describe('load', () => {
  it(`serves ${TOTAL} requests at concurrency ${CONCURRENCY} without errors or leaks`, async () => {
    const server = await startMockServer({ rateLimit: false });
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const { hostname, port } = new URL(server.url);
    const headers = { apikey: DEMO_API_KEY, onBehalfOf: U1, 'content-type': 'application/json' };
    const requests: [string, string, string | undefined][] = [
      ['GET', '/v3/conversations?perPage=2&withTags=true', undefined],
      ['GET', `/v3/users/${U2}/conversation`, undefined],
      ['GET', '/v3/groups/project-group/conversation', undefined],
      ['POST', `/v3/users/${U2}/conversation/delivered`, '{"messageId":3}'],
      ['PUT', '/v3/groups/hiking-group/conversation', '{"tags":["load","test"]}'],
    ];
    const send = (i: number) =>
      new Promise<number>((resolve, reject) => {
        const [method, path, body] = requests[i % requests.length]!;
        const req = request({ agent, hostname, port, method, path, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
      });

    let errors = 0;
    const statuses = new Map<number, number>();
    let next = 0;
    try {
      // Warm up (JIT, validators), then measure.
      await Promise.all(Array.from({ length: 200 }, (_, i) => send(i)));
      const heapBefore = heapUsed();
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < TOTAL) {
            const i = next++;
            try {
              const status = await send(i);
              statuses.set(status, (statuses.get(status) ?? 0) + 1);
              if (status !== 200) errors++;
            } catch {
              errors++;
            }
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const heapAfter = heapUsed();
      const open = await new Promise<number>((resolve, reject) => server.httpServer.getConnections((e, n) => (e ? reject(e) : resolve(n))));

      console.log(
        `load: ${TOTAL} requests, concurrency ${CONCURRENCY}, ${seconds.toFixed(2)} s, ${Math.round(TOTAL / seconds)} req/s, ` +
          `errors ${errors}, heap ${(heapBefore / MiB).toFixed(1)} -> ${(heapAfter / MiB).toFixed(1)} MiB${gc ? ' (after gc)' : ''}, ` +
          `open sockets before close ${open}`,
      );
      expect(errors).toBe(0);
      expect(statuses.get(200)).toBe(TOTAL);
      expect(open).toBeLessThanOrEqual(CONCURRENCY);
      expect(heapAfter - heapBefore).toBeLessThan(64 * MiB);
      expect(server.store.conversationState(U1, { guid: 'hiking-group' })?.tags).toEqual(['load', 'test']);
    } finally {
      await server.close();
      agent.destroy();
    }
    const left = await new Promise<number>((resolve) => server.httpServer.getConnections((_e, n) => resolve(n)));
    expect(left).toBe(0);
    expect(server.httpServer.listening).toBe(false);
    await server.close(); // idempotent
  }, 120_000);
});
