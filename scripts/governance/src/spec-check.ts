// CI gate: when spec/ changed since the base, a pending changeset must release @cometchat-rest/spec
// with at least the bump the change needs (`pnpm spec:diff`); and when the committed API report of
// @cometchat-rest/models or @cometchat-rest/client lost or narrowed an exported name since the base
// (scripts/api-report/), one must release that package as major. Exits 1 otherwise, naming the fix.
// The base defaults to where the branch forked from origin/main (else main).
//
//   pnpm spec:check [--base <ref>]
import { ApiReportParseError } from '@cometchat-rest/api-report/api-model';
import { cwdOfCaller, fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { GitError } from '@cometchat-rest/script-kit/git';
import { checkApiChangesets, compareApiWithBase } from './lib/api-governance.ts';
import { checkSpecChangesets, compareWithBase } from './lib/governance.ts';
import { SpecInputError } from './lib/load-specs.ts';

const cli = readCommandLine(process.argv.slice(2), { strings: ['base'], usage: 'pnpm spec:check [--base <ref>]' });

try {
  const comparison = await compareWithBase(cwdOfCaller(), cli.options.base);
  const result = checkSpecChangesets(comparison);
  const api = checkApiChangesets(comparison.repo, compareApiWithBase(comparison.repo, comparison.commit), comparison.diff.bump);
  if (!result.ok || !api.ok) {
    if (!result.ok) process.stdout.write(comparison.report);
    fail([result, api].filter((check) => !check.ok).map((check) => check.message).join('\n'));
  }
  console.log(`spec check passed: ${result.message}\n${api.message}`);
} catch (error) {
  if (error instanceof SpecInputError || error instanceof GitError || error instanceof ApiReportParseError) fail(error.message);
  throw error;
}
