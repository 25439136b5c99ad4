// The edge entry (`@cometchat-rest/mock/app`) served by the runtime's own HTTP server (`Deno.serve` or
// `Bun.serve`, on 127.0.0.1, a free port), with the client's scenario run against it in the same
// process. Prints one line, like run-scenario.mjs:
//   SCENARIO_RESULT {"runtime":"…","mock":"edge entry","ok":true,"checks":[…]}
import { createMockApp, DEMO_API_KEY } from '@cometchat-rest/mock/app';
import { RATE_LIMIT_FAULT, runScenario } from './scenario.mjs';

const deno = globalThis.Deno;
const bun = globalThis.Bun;
const runtime = deno ? `deno ${deno.version.deno}` : bun ? `bun ${bun.version}` : undefined;
if (!runtime) throw new Error('serve-app.mjs runs on Deno or Bun');

const mock = createMockApp({ faults: [RATE_LIMIT_FAULT] });
const handler = (request) => mock.serve(request);

let origin;
let stop;
if (deno) {
  const listening = Promise.withResolvers();
  const server = deno.serve({ hostname: '127.0.0.1', port: 0, onListen: ({ port }) => listening.resolve(port) }, handler);
  origin = `http://127.0.0.1:${await listening.promise}`;
  stop = () => server.shutdown();
} else {
  const server = bun.serve({ hostname: '127.0.0.1', port: 0, fetch: handler });
  origin = `http://127.0.0.1:${server.port}`;
  stop = () => server.stop(true);
}

let result;
try {
  result = await runScenario({ baseUrl: `${origin}/v3`, apiKey: DEMO_API_KEY, runtime: runtime.split(' ')[0] });
  const remaining = mock.faults.list()[0]?.remaining;
  result.checks.push({ name: 'mock: 429 rule fired once', ok: remaining === 0, seen: { remaining } });
  result.ok &&= remaining === 0;
} catch (error) {
  result = { ok: false, checks: [{ name: 'scenario', ok: false, seen: `threw ${error?.name}: ${error?.message}` }] };
} finally {
  await stop();
}
console.log(`SCENARIO_RESULT ${JSON.stringify({ runtime, mock: 'edge entry', ...result })}`);
if (deno) deno.exit(result.ok ? 0 : 1);
else process.exit(result.ok ? 0 : 1);
