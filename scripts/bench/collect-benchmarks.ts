// Gathers the packages' benchmark results (packages/*/bench/RESULTS.md) into BENCHMARKS.md, with
// the machine and the date they were measured on.
//
//   tsx scripts/bench/collect-benchmarks.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fail } from '@cometchat-rest/script-kit/cli';

const root = resolve(import.meta.dirname, '../..');
const sections = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name, 'bench', 'RESULTS.md'))
  .filter((file) => existsSync(file))
  .map((file) => readFileSync(file, 'utf8').trim());
if (sections.length === 0) fail('no packages/*/bench/RESULTS.md: run `pnpm bench`');

const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
const text = `# Benchmarks

Measured by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}.
Every figure is a ratio against a baseline run side by side in the same process; absolute numbers
depend on the machine, ratios much less. Regenerate with \`pnpm bench\`.

${sections.join('\n\n')}
`;
writeFileSync(join(root, 'BENCHMARKS.md'), text);
console.log(`wrote BENCHMARKS.md (${sections.length} sections)`);
