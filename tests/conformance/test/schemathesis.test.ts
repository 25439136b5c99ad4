// Schemathesis 4 (PyPI, in tests/conformance/.venv) against the mock with the bundled spec: every
// check (`--checks all`: server errors, status codes, content types, headers, response schemas,
// negative data rejected, positive data accepted, unsupported methods answered 405, auth ignored, ...),
// positive and negative data (`--mode all`), all four phases, a fixed seed and a bounded example
// count. Its JSON report goes to results/schemathesis.json (gitignored) and its summary to the log.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer, type MockServer } from '@cometchat-rest/mock';
import { SPEC } from './support/prism.ts';
import { ensureSchemathesis, SCHEMATHESIS } from './support/venv.ts';

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
const REPORT = `${RESULTS}schemathesis.json`;
const CONFIG = fileURLToPath(new URL('../schemathesis.toml', import.meta.url));
const SEED = '20261202';
const MAX_EXAMPLES = '50';
let mock: MockServer;

beforeAll(async () => {
  ensureSchemathesis();
  mkdirSync(RESULTS, { recursive: true });
  // No rate limit: Schemathesis sends well over a thousand requests.
  mock = await startMockServer({ port: 0, rateLimit: false });
});
afterAll(async () => {
  await mock?.close();
});

function schemathesis(args: string[], timeoutMs: number): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    // In results/: Schemathesis and Hypothesis leave their caches (.schemathesis, .hypothesis) in the working directory.
    const child = spawn(SCHEMATHESIS, args, { cwd: RESULTS, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

it('finds no failure in the mock with every check, positive and negative data', { timeout: 300_000 }, async () => {
  const args = ['--config-file', CONFIG, 'run', SPEC, '--url', mock.url, '--checks', 'all', '--mode', 'all', '--phases', 'examples,coverage,fuzzing,stateful',
    '--seed', SEED, '--max-examples', MAX_EXAMPLES, '--workers', '1', '--request-timeout', '10', '--generation-database', 'none', '-H', `apikey: ${DEMO_API_KEY}`, '--report-json-path', REPORT];
  const run = await schemathesis(args, 240_000);
  const summary = run.output.slice(run.output.lastIndexOf('SUMMARY'));
  console.log(`schemathesis ${args.join(' ').replace(DEMO_API_KEY, '[key]')}\n${summary}`);
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  expect(report.schemathesis_version).toMatch(/^4\./);
  expect(report.operations).toMatchObject({ total: 21, selected: 21, tested: 21, errored: 0 });
  expect(report.failures, run.output).toEqual([]);
  expect(report.errors, run.output).toEqual([]);
  expect(Object.values(report.phases).map((phase: any) => phase.status)).toEqual(['success', 'success', 'success', 'success']);
  expect(report.test_cases.generated).toBeGreaterThan(1000);
  expect(report.test_cases.with_failures).toBe(0);
  expect(run.status, run.output).toBe(0);
});
