// Test helper: runs one of the CLIs (scripts/governance/src/<name>.ts) in a child process, as `pnpm <script>` would.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');

export type ScriptResult = { status: number | null; stdout: string; stderr: string };

export function runScript(name: 'spec-diff' | 'spec-changeset' | 'spec-check' | 'spec-review/cli', args: string[], cwd: string): ScriptResult {
  return runTsx(fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url)), args, cwd);
}

/** Runs any TypeScript CLI (a path) in a child process with tsx, in `cwd`. */
export function runTsx(script: string, args: string[], cwd: string): ScriptResult {
  // INIT_CWD is where pnpm was called; a stale one from the test runner would point elsewhere.
  const { INIT_CWD: _stale, ...env } = process.env;
  const result = spawnSync(process.execPath, [tsx, script, ...args], { cwd, env: { ...env, REDOCLY_TELEMETRY: 'off' }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
