// The README examples: `extract` writes every ```ts block of the given READMEs into --out (for
// `tsc`); `run` extracts them and runs each one that can run, against a fresh mock, within
// --limit-ms, and fails when any fails.
//
//   tsx scripts/readme-examples/src/cli.ts extract --out readme ../README.md ../packages/*/README.md
//   tsx scripts/readme-examples/src/cli.ts run --out readme-run ../README.md ../packages/*/README.md
import { relative, resolve } from 'node:path';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { extractExamples } from './extract.ts';
import { runExamples } from './run.ts';

const USAGE = 'cli.ts extract|run --out <dir> [--limit-ms <n>] <README.md>...';
const cli = readCommandLine(process.argv.slice(2), { strings: ['out', 'limit-ms'], required: ['out'], maxPositionals: Infinity, usage: USAGE });
const [command, ...readmes] = cli.positionals;
if (command !== 'extract' && command !== 'run') fail(`the first argument is extract or run\nusage: ${USAGE}`);
if (readmes.length === 0) fail(`name at least one README\nusage: ${USAGE}`);
const limitMs = Number(cli.options['limit-ms'] ?? 15_000);
if (!Number.isInteger(limitMs) || limitMs < 1) fail(`--limit-ms must be a positive integer\nusage: ${USAGE}`);

const out = resolve(cli.options.out!);
const examples = extractExamples(readmes, out);
console.log(`extracted ${examples.length} TypeScript examples from ${readmes.length} READMEs into ${relative(process.cwd(), out)}`);
if (command === 'run') {
  const runs = await runExamples(examples, { cwd: process.cwd(), limitMs });
  for (const run of runs) {
    console.log(`  ${run.result.padEnd(15)} ${run.example.source}${run.result === 'pass' ? ` (${(run.ms / 1000).toFixed(1)} s)` : ''}${run.example.noRun ? `: ${run.example.noRun}` : ''}`);
    if (run.why) console.log(run.why.replace(/^/gm, '      '));
  }
  const passed = runs.filter((r) => r.result === 'pass').length;
  const failed = runs.filter((r) => r.result === 'FAIL').length;
  const skipped = runs.length - passed - failed;
  console.log(`README examples: ${passed} passed, ${failed} failed, ${skipped} skipped (type-check only)`);
  if (failed > 0) process.exit(1);
}
