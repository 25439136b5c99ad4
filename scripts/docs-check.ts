// pnpm docs:check <file-or-folder> [--json]
//
// Compares exported CometChat docs pages (plain text, see spec/docs-snapshots/) with the bundled
// spec and reports where they disagree. Exit 0: every page matches; 1: a page drifts or documents
// an operation the spec lacks; 2: bad input (missing file, no pages, bad arguments).
//
// (scripts/lib/cli.ts exits 1 on bad arguments, and 1 means drift here; so this command reads its
// own two arguments and exits 2 on bad ones.)

import { relative } from 'node:path';
import { checkPage } from './lib/docs-check/check-page.ts';
import { defaultSpecPath, OpenApiDocument } from './lib/docs-check/openapi-document.ts';
import { InputError, readPages } from './lib/docs-check/read-pages.ts';
import { exitCode, formatReport, toJsonReport } from './lib/docs-check/report.ts';

const USAGE = 'usage: pnpm docs:check <file-or-folder> [--json]';

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(`${USAGE}\n\nChecks exported docs pages (.txt) against packages/spec/openapi.json.\nExit 0: all match; 1: drift or unknown operation; 2: bad input.`);
    return 0;
  }
  const json = argv.includes('--json');
  const rest = argv.filter((arg) => arg !== '--json');
  const option = rest.find((arg) => arg.startsWith('-'));
  if (option !== undefined) throw new InputError(`unknown option ${option}\n${USAGE}`);
  if (rest.length !== 1) throw new InputError(rest.length === 0 ? `name a page or a folder of pages\n${USAGE}` : `name one page or folder, not ${rest.length}\n${USAGE}`);

  const pages = readPages(rest[0]!);
  let specPath: string;
  let spec: OpenApiDocument;
  try {
    specPath = defaultSpecPath();
    spec = OpenApiDocument.load(specPath);
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
