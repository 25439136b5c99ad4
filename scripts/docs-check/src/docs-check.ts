// pnpm docs:check <file-or-folder> [--json]
//
// Compares exported CometChat docs pages (plain text, see spec/docs-snapshots/) with the bundled
// spec and reports where they disagree. Exit 0: every page matches; 1: a page drifts or documents
// an operation the spec lacks; 2: bad input (missing file, no pages, bad arguments).
//
// 1 means drift here, so bad arguments exit 2.

import { relative } from 'node:path';
import { readCommandLine } from '@cometchat-rest/script-kit/cli';
import { checkPage } from './lib/check-page.ts';
import { defaultSpecPath, CheckedSpec } from './lib/openapi-document.ts';
import { InputError, readPages } from './lib/read-pages.ts';
import { exitCode, formatReport, toJsonReport } from './lib/report.ts';

const USAGE = 'usage: pnpm docs:check <file-or-folder> [--json]';

function main(argv: string[]): number {
  const cli = readCommandLine(argv, { booleans: ['json', 'help'], maxPositionals: 1, usage: USAGE.slice('usage: '.length), exitCode: 2 });
  if (cli.flags.help) {
    console.log(`${USAGE}\n\nChecks exported docs pages (.txt) against packages/spec/openapi.json.\nExit 0: all match; 1: drift or unknown operation; 2: bad input.`);
    return 0;
  }
  const json = cli.flags.json;
  if (cli.positionals.length !== 1) throw new InputError(`name a page or a folder of pages\n${USAGE}`);

  const pages = readPages(cli.positionals[0]!);
  let specPath: string;
  let spec: CheckedSpec;
  try {
    specPath = defaultSpecPath();
    spec = CheckedSpec.load(specPath);
  } catch (error) {
    throw new InputError(`cannot load the bundled spec (run \`pnpm generate\`): ${(error as Error).message}`);
  }
  const results = pages.map((page) => checkPage(spec, page.file, page.text));
  console.log(json ? JSON.stringify(toJsonReport(results), null, 2) : formatReport(results, relative(process.cwd(), specPath)));
  return exitCode(results);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError) console.error(`docs:check: ${error.message}`);
  else console.error('docs:check: unexpected error:', error);
  process.exitCode = 2;
}
