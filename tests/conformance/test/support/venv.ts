// Schemathesis's virtualenv: tests/conformance/.venv (gitignored), from the pinned python/requirements.txt,
// made on first use and remade when the requirements change.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
const VENV = `${PACKAGE_DIR}.venv`;
const REQUIREMENTS = `${PACKAGE_DIR}python/requirements.txt`;
const STAMP = `${VENV}/requirements.sha256`;
export const SCHEMATHESIS = `${VENV}/bin/st`;

function check(result: ReturnType<typeof spawnSync>, what: string): void {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}${result.stderr}${result.error ?? ''}`);
}

/** Makes the virtualenv if it is missing or stale; throws (loudly) if Python or pip fails. */
export function ensureSchemathesis(): void {
  const wanted = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted && existsSync(SCHEMATHESIS)) return;
  rmSync(VENV, { recursive: true, force: true });
  check(spawnSync('python3', ['-m', 'venv', VENV], { encoding: 'utf8' }), 'python3 -m venv');
  check(
    spawnSync(`${VENV}/bin/python`, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--require-virtualenv', '-r', REQUIREMENTS], { encoding: 'utf8', timeout: 300_000 }),
    'pip install -r python/requirements.txt',
  );
  writeFileSync(STAMP, wanted);
}
