// CI gate: when spec/ changed since the base, a pending changeset must release @cometchat-rest/spec
// with at least the bump the change needs (`pnpm spec:diff`); and when the committed API report of
// @cometchat-rest/models or @cometchat-rest/client lost or narrowed an exported name since the base
// (scripts/api-report/), one must release that package as major. Exits 1 otherwise, naming the fix.
// The base defaults to where the branch forked from origin/main (else main).
//
//   pnpm spec:check [--base <ref>]
import { checkApiChangesets, compareApiWithBase } from './api-report/governance.ts';
import { ApiReportParseError } from './api-report/api-model.ts';
import { cwdOfCaller, fail, parseCommandLine } from './lib/cli.ts';
import { GitError } from './lib/git.ts';
import { checkSpecChangesets, compareWithBase } from './lib/spec-diff/governance.ts';
import { SpecInputError } from './lib/spec-diff/load-specs.ts';

const cli = parseCommandLine(process.argv.slice(2), { options: ['base'], usage: 'pnpm spec:check [--base <ref>]' });

try {
  const comparison = compareWithBase(cwdOfCaller(), cli.options.base);
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
