// CI gate: when spec/ changed since the base, a pending changeset must release @cometchat-rest/spec
// with at least the bump the change needs (`pnpm spec:diff`). Exits 1 otherwise, naming the command
// that writes it. The base defaults to where the branch forked from origin/main (else main).
//
//   pnpm spec:check [--base <ref>]
import { cwdOfCaller, fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { GitError } from '@cometchat-rest/script-kit/git';
import { checkSpecChangesets, compareWithBase } from './lib/governance.ts';
import { SpecInputError } from './lib/load-specs.ts';

const cli = readCommandLine(process.argv.slice(2), { strings: ['base'], usage: 'pnpm spec:check [--base <ref>]' });

try {
  const comparison = await compareWithBase(cwdOfCaller(), cli.options.base);
  const result = checkSpecChangesets(comparison);
  if (!result.ok) {
    process.stdout.write(comparison.report);
    fail(result.message);
  }
  console.log(`spec check passed: ${result.message}`);
} catch (error) {
  if (error instanceof SpecInputError || error instanceof GitError) fail(error.message);
  throw error;
}
