// @cometchat-rest/client beside the clients other generators make from the same spec (OpenAPI
// Generator typescript-fetch, hey-api, orval, Redocly CLI generate-client) and bare openapi-fetch, in
// one process: the same getUserConversation
//   1. on a stub fetch (no network): tinybench, 9 rounds of 0.4 s per contender in rotated order, each
//      from a collected heap, median;
//   2. on loopback: a node:http server on 127.0.0.1, 6,000 requests at concurrency 64, median of 5
//      interleaved rounds;
// and each contender's ESM bundle (esbuild, minified) gzipped. Writes bench/RESULTS.md; the root
// `pnpm bench` gathers it into BENCHMARKS.md.
//
//   node --expose-gc --import tsx bench/peers.bench.ts
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { buildContenders, type Contender } from './build.ts';

type Make = (baseUrl: string, fetch: typeof globalThis.fetch) => () => Promise<unknown>;
const conversation = {
  conversationId: 'cometchat-uid-1_user_cometchat-uid-2',
  conversationType: 'user',
  unreadMessageCount: '0',
  createdAt: 1630071782,
  updatedAt: 1630481413,
  conversationWith: { uid: 'cometchat-uid-2', name: 'George Alan', status: 'offline', role: 'default', createdAt: 1629869270 },
};
const BODY = JSON.stringify({ data: [conversation] });
const HEADERS = { 'content-type': 'application/json' };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const realFetch = globalThis.fetch;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const contenders = await buildContenders();
const makers = new Map<string, Make>();
for (const contender of contenders) makers.set(contender.id, ((await import(contender.bundle)) as { make: Make }).make);

/** Each contender's call, built on `fetch`, checked once to really return the conversation. */
async function calls(baseUrl: string, fetch: typeof globalThis.fetch): Promise<[Contender, () => Promise<unknown>][]> {
  const built: [Contender, () => Promise<unknown>][] = [];
  for (const contender of contenders) {
    const call = makers.get(contender.id)!(baseUrl, fetch);
    const result = JSON.stringify(await call());
    if (!result.includes(conversation.conversationId)) throw new Error(`${contender.name} did not return the conversation: ${result.slice(0, 200)}`);
    built.push([contender, call]);
  }
  return built;
}

async function stub(): Promise<Map<string, number>> {
  const fetch = (async () => new Response(BODY, { status: 200, headers: HEADERS })) as typeof globalThis.fetch;
  const list = await calls('https://app.api-us.cometchat.io/v3', fetch);
  const runs = new Map<string, number[]>();
  for (let round = 0; round < 9; round++) {
    const bench = new Bench({ time: 400, warmup: true, warmupTime: 100 });
    for (let i = 0; i < list.length; i++) {
      const [contender, call] = list[(round + i) % list.length]!;
      bench.add(contender.id, async () => void (await call()), { beforeAll: () => gc!() });
    }
    await bench.run();
    for (const task of bench.tasks) runs.set(task.name, [...(runs.get(task.name) ?? []), task.result && 'throughput' in task.result ? task.result.throughput.mean : 0]);
  }
  return new Map([...runs].map(([id, values]) => [id, median(values)]));
}

async function loopback(): Promise<Map<string, number>> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { ...HEADERS, 'content-length': Buffer.byteLength(BODY) });
    res.end(BODY);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const list = await calls(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`, realFetch);
    const REQUESTS = 6000;
    const CONCURRENCY = 64;
    const measure = async (call: () => Promise<unknown>) => {
      let next = 0;
      const started = performance.now();
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < REQUESTS) await call();
      }));
      return REQUESTS / ((performance.now() - started) / 1000);
    };
    for (const [, call] of list) await measure(call); // warm-up
    const rounds = new Map<string, number[]>();
    for (let round = 0; round < 5; round++) for (const [contender, call] of list) rounds.set(contender.id, [...(rounds.get(contender.id) ?? []), await measure(call)]);
    return new Map([...rounds].map(([id, values]) => [id, median(values)]));
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const onStub = await stub();
const onLoopback = await loopback();
const ours = (results: Map<string, number>) => results.get('ours')!;
const fastestPeer = (results: Map<string, number>) => Math.max(...contenders.filter((c) => c.id !== 'ours').map((c) => results.get(c.id)!));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = contenders.map(
  (c) =>
    `| ${c.name} | ${c.version} | ${Math.round(onStub.get(c.id)!).toLocaleString('en-US')} | ${(onStub.get(c.id)! / ours(onStub)).toFixed(2)}x | ${Math.round(onLoopback.get(c.id)!).toLocaleString('en-US')} | ${(onLoopback.get(c.id)! / ours(onLoopback)).toFixed(2)}x | ${kB(c.gzipBytes)} |`,
);
const aheadOnStub = contenders.filter((c) => c.id !== 'ours' && onStub.get(c.id)! >= ours(onStub)).map((c) => c.name);
const loopbackShare = ours(onLoopback) / fastestPeer(onLoopback);
const report = `## @cometchat-rest/client beside the peers' generated clients

The same \`getUserConversation\`, each client generated from this repository's spec and bundled on its own
(esbuild, ESM, minified; that bundle is what runs). Stub fetch: tinybench, 9 rounds of 0.4 s per contender in
rotated order from a collected heap, median. Loopback: a \`node:http\` server on 127.0.0.1, 6,000 requests at
concurrency 64, median of 5 interleaved rounds. Size: the contender's bundle, gzipped (only what
\`getUserConversation\` needs where the client tree-shakes; the whole client where it does not).
@cometchat-rest/client also retries, throws typed errors and validates its arguments; the others do what
their generator gives them by default.

| client | version | stub ops/s | vs ours | loopback ops/s | vs ours | min+gzip |
|---|---|---:|---:|---:|---:|---:|
${rows.join('\n')}

Goals: ahead of every peer on the stub fetch: ${aheadOnStub.length === 0 ? '**met**' : `**NOT met** (${aheadOnStub.join(', ')} as fast or faster)`}. Within 5 % of the fastest peer on loopback: ours at **${loopbackShare.toFixed(2)}x** of it (${loopbackShare >= 0.95 ? 'met' : 'NOT met'}).
`;
writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
console.log(report);
