// The committed API reports of the published packages (`packages/<name>/<name>.api.md`):
//
//   pnpm api:check [--package <name>]    fails when the built API differs from the report, naming the update command
//   pnpm api:update [--package <name>]   writes the reports from the built packages (build first: `pnpm api:update` does)
//
// <name> is `client`, `models` or a full package name; without it, every reported package. The
// repository is the one the command runs in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { cwdOfCaller, fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { GitError, gitRoot } from '@cometchat-rest/script-kit/git';
import { extractReport } from './extract.ts';
import { ApiReportInputError, REPORTED_PACKAGES, reportedPackage } from './packages.ts';

const USAGE = 'tsx scripts/api-report/src/cli.ts check|update [--package <name>]';
const UPDATE_COMMAND = 'pnpm api:update';

const cli = readCommandLine(process.argv.slice(2), { strings: ['package'], maxPositionals: 1, usage: USAGE });
const mode = cli.positionals[0];
if (mode !== 'check' && mode !== 'update') fail(`say check or update\nusage: ${USAGE}`);

try {
  const repo = gitRoot(cwdOfCaller());
  const packages = cli.options.package === undefined ? REPORTED_PACKAGES : [reportedPackage(cli.options.package)];
  const stale: string[] = [];
  for (const pkg of packages) {
    const { report, warnings } = extractReport(repo, pkg);
    for (const warning of warnings) console.warn(`warning: ${warning}`);
    const file = join(repo, pkg.report);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (committed === report) {
      console.log(`${pkg.report}: up to date`);
    } else if (mode === 'update') {
      writeFileSync(file, report);
      console.log(`${pkg.report}: ${committed === undefined ? 'written' : 'updated'}`);
    } else {
      stale.push(pkg.report);
      if (committed === undefined) console.error(`${pkg.report} does not exist`);
      else process.stderr.write(createTwoFilesPatch(`${pkg.report} (committed)`, `${pkg.report} (built)`, committed, report, undefined, undefined, { context: 2 }));
    }
  }
  if (stale.length > 0) fail(`the built API differs from ${stale.join(' and ')}.\nfix: run \`${UPDATE_COMMAND}\`, review the change and commit the report.`);
} catch (error) {
  if (error instanceof ApiReportInputError || error instanceof GitError) fail(error.message);
  throw error;
}
