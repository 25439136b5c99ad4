// The spec review comment of a pull request, in Markdown: the semver bump and why (spec:diff), what
// the change does to the public TypeScript API of @cometchat-rest/models and @cometchat-rest/client
// (their committed API reports at the base against the work tree's), the docs check of
// spec/docs-snapshots/, and whether the pending changesets give what `pnpm spec:check` asks for.
// The spec-review workflow posts it; locally it prints the same. Exits 0 whatever it finds (the
// gate is spec:check); 1 on bad input.
//
//   pnpm spec:review [--base <ref>] [--output <file>]
//
// The base defaults to where the branch forked from origin/main (else main), as for spec:check.
// The API section reads the reports in the work tree: after changing a package, `pnpm api:update`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiReportParseError } from '@cometchat-rest/api-report/api-model';
import { ApiReportInputError } from '@cometchat-rest/api-report/packages';
import { InputError } from '@cometchat-rest/docs-check/read-inputs';
import { cwdOfCaller, fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { GitError } from '@cometchat-rest/script-kit/git';
import { SpecInputError } from '../lib/load-specs.ts';
import { renderReview } from './render.ts';
import { reviewSpecChange } from './review.ts';

const cli = readCommandLine(process.argv.slice(2), { strings: ['base', 'output'], usage: 'pnpm spec:review [--base <ref>] [--output <file>]' });
const cwd = cwdOfCaller();

try {
  const markdown = renderReview(await reviewSpecChange(cwd, cli.options.base));
  if (cli.options.output === undefined) process.stdout.write(markdown);
  else writeFileSync(resolve(cwd, cli.options.output), markdown);
} catch (error) {
  if (error instanceof SpecInputError || error instanceof GitError || error instanceof ApiReportInputError || error instanceof ApiReportParseError || error instanceof InputError) fail(error.message);
  throw error;
}
