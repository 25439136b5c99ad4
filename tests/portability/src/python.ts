// Python for the OpenAPI Generator python client: a virtualenv in tests/portability/.venv (gitignored)
// with the pinned python/requirements.txt, made once and remade when the requirements change.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type Outcome } from './exec.ts';
import { PACKAGE_DIR } from './paths.ts';

const VENV = join(PACKAGE_DIR, '.venv');
const REQUIREMENTS = join(PACKAGE_DIR, 'python/requirements.txt');
const STAMP = join(VENV, 'requirements.sha256');
export const PYTHON = join(VENV, 'bin/python');

export async function ensureVenv(): Promise<Outcome> {
  const wanted = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return { ok: true, status: 0, output: 'virtualenv up to date\n', ms: 0 };
  rmSync(VENV, { recursive: true, force: true });
  const created = await run('python3', ['-m', 'venv', VENV], { cwd: PACKAGE_DIR, timeoutMs: 120_000 });
  if (!created.ok) return created;
  const installed = await run(PYTHON, ['-m', 'pip', 'install', '--quiet', '--require-virtualenv', '-r', REQUIREMENTS], { cwd: PACKAGE_DIR, timeoutMs: 300_000 });
  if (installed.ok) writeFileSync(STAMP, wanted);
  return installed;
}

/** Runs `python -m <module> ...` (or a script) with the generated package importable. */
export const python = (out: string, args: string[], env: Record<string, string> = {}) =>
  run(PYTHON, args, { cwd: out, env: { PYTHONPATH: out, PYTHONDONTWRITEBYTECODE: '1', ...env }, timeoutMs: 180_000 });

/** mypy's error lines as `file [code]`, for comparing with the errors a generator is known to make. */
export const mypyErrors = (output: string) =>
  output
    .split('\n')
    .map((line) => /^(\S+?):\d+: error: .*\[([\w-]+)\]$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} [${match[2]}]`);
