// Runs scenario.mjs in the current runtime (Node, Bun or Deno) and prints one line:
//   SCENARIO_RESULT {"runtime":"…","mock":"…","ok":true,"checks":[…]}
// With MOCK_URL (and MOCK_API_KEY) it talks to a mock started elsewhere, which must already carry
// RATE_LIMIT_FAULT; without them it starts the built mock in this same runtime, with that fault.
// Exit code 0 when every check passed, 1 otherwise.
import { RATE_LIMIT_FAULT, runScenario } from './scenario.mjs';

const deno = globalThis.Deno;
const env = (name) => (deno ? deno.env.get(name) : process.env[name]);
const exit = (code) => (deno ? deno.exit(code) : process.exit(code));
const runtime = deno ? `deno ${deno.version.deno}` : globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${process.versions.node}`;

let baseUrl = env('MOCK_URL');
let apiKey = env('MOCK_API_KEY');
let server;
if (!baseUrl) {
  const mock = await import('@cometchat-rest/mock');
  server = await mock.startMockServer({ port: 0, faults: [RATE_LIMIT_FAULT] });
  baseUrl = server.url;
  apiKey = mock.DEMO_API_KEY;
}

let result;
try {
  result = await runScenario({ baseUrl, apiKey, runtime: runtime.split(' ')[0] });
  if (server) {
    // The mock's side of step 4: its one-shot 429 rule fired.
    const remaining = server.faults.list()[0]?.remaining;
    result.checks.push({ name: 'mock: 429 rule fired once', ok: remaining === 0, seen: { remaining } });
    result.ok &&= remaining === 0;
  }
} catch (error) {
  result = { ok: false, checks: [{ name: 'scenario', ok: false, seen: `threw ${error?.name}: ${error?.message}` }] };
} finally {
  await server?.close();
}
console.log(`SCENARIO_RESULT ${JSON.stringify({ runtime, mock: server ? 'in-runtime' : 'external', ...result })}`);
exit(result.ok ? 0 : 1);
