// Makes sure docs/dist is built and current before any test reads it: when an output is missing or
// older than an input (the spec, the client's or models' sources, the docs config), it runs the build.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { checkStaleness } from '../src/freshness.ts';
import { BUILD_INPUTS, BUILD_OUTPUTS, DOCS_DIR } from '../src/paths.ts';

export default function setup(): void {
  const { stale, reason } = checkStaleness(BUILD_INPUTS, BUILD_OUTPUTS);
  if (!stale) return;
  console.log(`docs: building first (${reason})`);
  execFileSync(process.execPath, ['--import', 'tsx', join(DOCS_DIR, 'scripts/build.ts')], { cwd: DOCS_DIR, stdio: 'inherit' });
}
