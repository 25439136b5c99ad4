// Runs one command with a deadline and keeps its output (stdout and stderr interleaved), for the report.
import { spawn } from 'node:child_process';

export interface Outcome {
  ok: boolean;
  status: number | null;
  output: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

/** Telemetry and update checks off for every tool this package runs. */
export const QUIET_ENV = {
  DO_NOT_TRACK: '1',
  SCARF_ANALYTICS: 'false',
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
  PIP_NO_INPUT: '1',
  GOTOOLCHAIN: 'local',
  GOFLAGS: '-mod=mod',
  NO_UPDATE_NOTIFIER: '1',
};

export function run(command: string, args: string[], options: RunOptions): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...QUIET_ENV, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => void (output += chunk.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n[killed after ${options.timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, status: null, output: `${output}\n${command}: ${error.message}`, ms: performance.now() - started });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ ok: status === 0, status, output, ms: performance.now() - started });
    });
  });
}

/** The last `lines` lines of a command's output: enough to say why it failed. */
export const tail = (output: string, lines = 15) => output.trimEnd().split('\n').slice(-lines).join('\n');
