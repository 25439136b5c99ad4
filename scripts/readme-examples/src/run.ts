// Runs extracted README examples, each in its own Node process (tsx, with preload.ts pointing
// CometChat's hosts at a fresh mock), one after the other, each within a time limit: an example
// passes when it exits 0 by itself in time.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ExtractedExample } from './extract.ts';

export interface ExampleRun {
  example: ExtractedExample;
  /** `pass`, `FAIL`, or `type-check only` (a no-run block). */
  result: 'pass' | 'FAIL' | 'type-check only';
  ms: number;
  /** Why it failed: the exit code or the time limit, and the end of its output. */
  why?: string;
}

const PRELOAD = fileURLToPath(new URL('./preload.ts', import.meta.url));
// Resolved from here, so that examples run from any folder.
const TSX = import.meta.resolve('tsx');

function runOne(file: string, cwd: string, limitMs: number): Promise<{ code: number | null; output: string; timedOut: boolean; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', TSX, '--import', PRELOAD, file], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut, ms: performance.now() - started });
    });
  });
}

export async function runExamples(examples: readonly ExtractedExample[], options: { cwd: string; limitMs: number }): Promise<ExampleRun[]> {
  const runs: ExampleRun[] = [];
  for (const example of examples) {
    if (example.noRun !== undefined) {
      runs.push({ example, result: 'type-check only', ms: 0 });
      continue;
    }
    const { code, output, timedOut, ms } = await runOne(example.file, options.cwd, options.limitMs);
    const tail = output.trim().split('\n').slice(-20).join('\n');
    if (code === 0 && !timedOut) runs.push({ example, result: 'pass', ms });
    else runs.push({ example, result: 'FAIL', ms, why: `${timedOut ? `still running after ${options.limitMs / 1000} s (does it close everything it opens?)` : `exit code ${code}`}\n${tail}` });
  }
  return runs;
}
