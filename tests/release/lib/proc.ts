// Child processes for the release tests: every command bounded in time and killed (its whole process
// group, which this module created) when it overruns; an environment cleaned of what `pnpm run`,
// turbo and vitest put in ours, so children see this machine's Node and our registry settings only.
import { spawn } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export class CommandError extends Error {
  constructor(
    message: string,
    readonly result: RunResult,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Resolve with the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
}

const tail = (text: string, n = 4000) => (text.length > n ? `…${text.slice(-n)}` : text);

/**
 * Runs a command to its end. It gets its own process group, so a timeout kills it with everything
 * it started (turbo → pnpm → tsdown, npm → node): `kill(-pid)`, the group this call created.
 */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new CommandError(`${command} ${args.join(' ')}: ${error.message}`, { code: null, stdout, stderr, ms: Date.now() - started }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = { code, stdout, stderr, ms: Date.now() - started };
      const what = `${command} ${args.join(' ')} (in ${options.cwd})`;
      if (timedOut) reject(new CommandError(`${what}: killed after ${options.timeoutMs} ms\n${tail(stdout)}\n${tail(stderr)}`, result));
      else if (code !== 0 && !options.allowFailure) reject(new CommandError(`${what}: exit ${code}\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`, result));
      else resolve(result);
    });
  });
}

/** SIGKILLs a process group this module created; nothing if it is gone already. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const outsideNodeModules = (dir: string) => dir !== '' && !dir.split(/[\\/]/).includes('node_modules');

/**
 * This machine's `node`: the first on PATH outside node_modules/.bin. (`pnpm run` puts
 * node_modules/.bin first, and the `node-22` devDependency links a `node` there.)
 */
export function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(outsideNodeModules)) {
    try {
      const candidate = join(dir, 'node');
      if (statSync(candidate).isFile()) return realpathSync(candidate);
    } catch {
      // not here
    }
  }
  throw new Error('no node on PATH outside node_modules');
}

/**
 * The environment for every child: ours without node_modules/.bin on PATH and without the npm_*,
 * pnpm, turbo and vitest variables we inherited (an inherited npm_config_registry would point a
 * publish at the wrong registry), plus telemetry off and `extra`.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|NPM_|PNPM_|pnpm_|TURBO_|VITEST|VITE_|NODE_OPTIONS$|NODE_ENV$|INIT_CWD$|TEST$)/.test(key)) continue;
    env[key] = value;
  }
  const machineBin = machineNode().replace(/[\\/]node$/, '');
  const path = (process.env.PATH ?? '').split(delimiter).filter(outsideNodeModules);
  env.PATH = [machineBin, ...path.filter((dir) => dir !== machineBin)].join(delimiter);
  Object.assign(env, {
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    TURBO_DAEMON: 'false',
    DO_NOT_TRACK: '1',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    SCARF_ANALYTICS: 'false',
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  });
  return env;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
