// Writes .changeset/spec-<hash>.md for the spec change of this branch: every package generated from
// the spec, at the bump `pnpm spec:diff` computes, with its report as the summary. Writes nothing
// when the bump is `none`. The base defaults to where the branch forked from origin/main (else
// main); see defaultBase in scripts/kit/src/git.ts.
//
//   pnpm spec:changeset [--base <ref>]
import { cwdOfCaller, fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { GitError } from '@cometchat-rest/script-kit/git';
import { compareWithBase, writeSpecChangeset } from './lib/governance.ts';
import { SpecInputError } from './lib/load-specs.ts';

const cli = readCommandLine(process.argv.slice(2), { strings: ['base'], usage: 'pnpm spec:changeset [--base <ref>]' });

try {
  const comparison = await compareWithBase(cwdOfCaller(), cli.options.base);
  console.log(`base: ${comparison.description}`);
  const written = writeSpecChangeset(comparison);
  if (written === undefined) {
    console.log(comparison.specChanged ? 'spec/ changed, but it describes the same API (bump: none): no changeset written' : 'spec/ has not changed: no changeset written');
  } else {
    for (const file of written.replaced) console.log(`removed ${file} (an earlier spec changeset of this branch)`);
    console.log(`wrote ${written.file} (${comparison.diff.bump}):\n\n${written.content}`);
  }
} catch (error) {
  if (error instanceof SpecInputError || error instanceof GitError) fail(error.message);
  throw error;
}
