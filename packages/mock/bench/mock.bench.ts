// Throughput of the mock's node server on loopback, next to a bare node:http server that sends the
// same bytes: requests/s for listConversations and getUserConversation at concurrency 64.
//
// The servers run in a child process (bench/servers.ts); this process is the load generator, the same
// for every contender: node:http with a keep-alive agent of 64 sockets, 64 requests in flight, a
// bounded number of requests per round. Two warm-up rounds per contender, then interleaved rounds
// (the order rotates each round) and the median per contender, so machine noise hits all alike.
// Then the scale benchmark (scale.bench.ts) in this process. Writes bench/RESULTS.md; the root
// `pnpm bench` gathers it into BENCHMARKS.md.
//
//   node --expose-gc --import tsx bench/mock.bench.ts
import { Agent, request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scaleSection } from './scale.bench.ts';
import { HEADERS, PATHS, type ServersReady } from './servers.ts';

const CONCURRENCY = 64;
const REQUESTS_PER_ROUND = Number(process.env.MOCK_BENCH_REQUESTS ?? 4_000);
const WARMUP_ROUNDS = 2;
const ROUNDS = Number(process.env.MOCK_BENCH_ROUNDS ?? 9);
const TARGET = 0.6;

// The servers' process loads TypeScript through tsx too, and may collect garbage when asked.
const servers = fork(fileURLToPath(new URL('./servers.ts', import.meta.url)), [], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const messages: ((message: any) => void)[] = [];
servers.on('message', (message) => messages.shift()?.(message));
servers.on('exit', (code) => {
  if (messages.length > 0 || code !== 0) {
    console.error(`the servers' process exited (${code}) unexpectedly`);
    process.exit(1);
  }
});
const next = <T>(type: string) =>
  new Promise<T>((resolve, reject) =>
    messages.push((message) => (message.type === type ? resolve(message) : reject(new Error(`expected ${type}, got ${message.type}`)))),
  );

const { ready } = await next<{ ready: ServersReady }>('ready');
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One GET; resolves with the body length once it is all read, rejects on a non-200. */
const get = (origin: string, path: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(`${origin}${path}`, { agent, headers: HEADERS }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${origin}${path}: ${res.statusCode}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });

type Contender = { name: string; origin: string; path: string; op: keyof typeof PATHS; bare: boolean };
const contenders: Contender[] = (Object.keys(PATHS) as (keyof typeof PATHS)[]).flatMap((op) => [
  { name: `mock ${op}`, origin: ready.mockOrigin, path: PATHS[op], op, bare: false },
  { name: `bare node:http, same ${ready.bodies[PATHS[op]]!.bytes}-byte body`, origin: ready.bareOrigin, path: PATHS[op], op, bare: true },
]);

/** One round: REQUESTS_PER_ROUND requests, CONCURRENCY in flight; requests/s. Every body is checked for its length. */
async function round(contender: Contender): Promise<number> {
  const expected = ready.bodies[contender.path]!.bytes;
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < REQUESTS_PER_ROUND) {
        sent++;
        const bytes = await get(contender.origin, contender.path);
        if (bytes !== expected) throw new Error(`${contender.name}: ${bytes} bytes instead of ${expected}`);
      }
    }),
  );
  return REQUESTS_PER_ROUND / ((performance.now() - started) / 1000);
}

/** Collects garbage in both processes between rounds, so no round pays for another's garbage. */
async function collect() {
  (globalThis as { gc?: () => void }).gc?.();
  const done = next('gc-done');
  servers.send({ type: 'gc' });
  await done;
}

const loadBefore = loadavg()[0]!;
for (const contender of contenders) for (let i = 0; i < WARMUP_ROUNDS; i++) await round(contender);
const results = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
for (let r = 0; r < ROUNDS; r++) {
  // Rotate the order, so no contender always runs first (or right after the same one).
  for (let k = 0; k < contenders.length; k++) {
    const contender = contenders[(r + k) % contenders.length]!;
    await collect();
    results.get(contender.name)!.push(await round(contender));
  }
}
const loadAfter = loadavg()[0]!;

const closed = next('closed');
servers.send({ type: 'close' });
await closed;
agent.destroy();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (n: number) => Math.round(n).toLocaleString('en-US');
const rows = contenders.map((c) => {
  const values = results.get(c.name)!;
  return { ...c, median: median(values), min: Math.min(...values), max: Math.max(...values) };
});
const ratios = (Object.keys(PATHS) as (keyof typeof PATHS)[]).map((op) => {
  const mock = rows.find((row) => row.op === op && !row.bare)!;
  const bare = rows.find((row) => row.op === op && row.bare)!;
  return { op, ratio: mock.median / bare.median };
});
const table = [
  '| contender | req/s (median) | min–max of rounds | vs bare, same body |',
  '|---|---:|---:|---:|',
  ...rows.map((row) => {
    const bare = rows.find((other) => other.op === row.op && other.bare)!;
    return `| ${row.name} | ${rate(row.median)} | ${rate(row.min)}–${rate(row.max)} | ${(row.median / bare.median).toFixed(2)}x |`;
  }),
].join('\n');
const verdict = ratios.map(({ op, ratio }) => `\`${op}\` **${ratio.toFixed(2)}x** (${ratio >= TARGET ? 'met' : 'NOT met'})`).join(', ');
const report = `## @cometchat-rest/mock

Throughput of the mock's node server (\`startMockServer\`, demo seed, rate limiter on with a budget no round reaches)
on loopback, next to a bare \`node:http\` server that answers with the very bytes the mock sends for the same
request (listConversations for \`cometchat-uid-1\`: ${ready.bodies[PATHS.listConversations]!.bytes} bytes; getUserConversation: ${ready.bodies[PATHS.getUserConversation]!.bytes} bytes).
The servers run in a child process; the load generator runs in the parent process and is the same for every
contender: \`node:http\` with a keep-alive agent of ${CONCURRENCY} sockets, ${CONCURRENCY} requests in flight,
${REQUESTS_PER_ROUND.toLocaleString('en-US')} requests per round, every body read and its length checked.
${WARMUP_ROUNDS} warm-up rounds per contender, then the median of ${ROUNDS} interleaved rounds (order rotated each round,
garbage collected in both processes before each). Load average (1 min): ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.

${table}

Target: at least ${TARGET}x the bare server. Measured: ${verdict}.
`;
const scale = await scaleSection();
writeFileSync(new URL('./RESULTS.md', import.meta.url), `${report}\n${scale}`);
console.log(`${report}\n${scale}`);
