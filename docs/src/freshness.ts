// Whether the built docs are missing or older than what they are built from (by modification time).
// The tests use it to rebuild before running when needed; turbo's `test` → `build` dependency makes
// this a no-op under `pnpm test`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

export interface Staleness {
  stale: boolean;
  /** Why it is stale: a missing output, or the newest input that is newer than the oldest output. */
  reason?: string;
}

export function checkStaleness(inputs: readonly string[], outputs: readonly string[]): Staleness {
  let oldestOutput = Infinity;
  for (const output of outputs) {
    let mtime: number;
    try {
      mtime = statSync(output).mtimeMs;
    } catch {
      return { stale: true, reason: `${output} is missing` };
    }
    oldestOutput = Math.min(oldestOutput, mtime);
  }
  for (const input of inputs) {
    if (newestMtime(input) > oldestOutput) return { stale: true, reason: `${input} changed after the last build` };
  }
  return { stale: false };
}
