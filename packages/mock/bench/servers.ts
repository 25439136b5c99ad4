// The servers of the mock benchmark, in a child process (so they do not share a thread with the load
// generator): the mock (the built package) and a bare node:http server that answers each benchmarked
// path with the very bytes the mock sends for it. Started by mock.bench.ts with an IPC channel; it
// answers `gc` and `close` messages.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_API_KEY, startMockServer } from '../dist/index.mjs';

export type ServersReady = {
  mockOrigin: string;
  bareOrigin: string;
  /** Path -> the body the mock sends for it (and the bare server too). */
  bodies: Record<string, { bytes: number; contentType: string }>;
};

export const PATHS = {
  listConversations: '/v3/conversations',
  getUserConversation: '/v3/users/cometchat-uid-2/conversation',
} as const;
export const HEADERS = { apikey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' };

if (process.send) {
  const send = (message: object) => process.send!(message);
  // The rate limiter stays on (its headers are part of every answer) with a budget no round reaches.
  const mock = await startMockServer({ port: 0, seed: 'demo', rateLimit: { perMinute: 1_000_000_000 } });
  const fixed = new Map<string, { body: Buffer; headers: Record<string, string | number> }>();
  for (const path of Object.values(PATHS)) {
    const response = await fetch(`${mock.origin}${path}`, { headers: HEADERS });
    if (response.status !== 200) throw new Error(`the mock answered ${response.status} for ${path}`);
    const body = Buffer.from(await response.arrayBuffer());
    fixed.set(path, { body, headers: { 'content-type': response.headers.get('content-type') ?? 'application/json', 'content-length': body.length } });
  }
  const bare = createServer({ keepAliveTimeout: 5_000 }, (request, response) => {
    const answer = fixed.get(request.url ?? '');
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, answer.headers);
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const ready: ServersReady = {
    mockOrigin: mock.origin,
    bareOrigin: `http://127.0.0.1:${(bare.address() as AddressInfo).port}`,
    bodies: Object.fromEntries([...fixed].map(([path, { body, headers }]) => [path, { bytes: body.length, contentType: String(headers['content-type']) }])),
  };
  send({ type: 'ready', ready });
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      send({ type: 'gc-done' });
    } else if (message.type === 'close') {
      bare.closeAllConnections();
      await Promise.all([mock.close(), new Promise<void>((resolve) => bare.close(() => resolve()))]);
      send({ type: 'closed' });
      process.disconnect();
    }
  });
}
