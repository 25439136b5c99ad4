// pnpm docs:check <file-or-folder> [--json] [--explained <file>]
//
// Compares CometChat's docs with the bundled spec and reports where they disagree: exported docs
// pages (plain text, see spec/docs-snapshots/) and CometChat's own OpenAPI file (chat-apis.json,
// or an excerpt of it), whose every operation is compared with the spec's. Differences the spec
// keeps on purpose are listed, with their reasons, in spec/docs-snapshots/explained.yaml; they are
// reported as explained and do not count. Exit 0: nothing unexplained; 1: a page or operation
// drifts, an operation is missing, or an explanation names nothing any more; 2: bad input (missing
// file, nothing to check, bad arguments).
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readCommandLine } from '@cometchat-rest/script-kit/cli';
import { checkPage } from './lib/check-page.ts';
import { checkVendorDocument } from './lib/check-vendor-document.ts';
import { applyExplanations, loadExplanations, type Explanation } from './lib/explanations.ts';
import { defaultSpecPath, CheckedSpec, type JsonObject } from './lib/openapi-document.ts';
import { InputError, readInputs } from './lib/read-inputs.ts';
import { exitCode, formatReport, toJsonReport } from './lib/report.ts';

const USAGE = 'pnpm docs:check <file-or-folder> [--json] [--explained <file>]';
const DEFAULT_EXPLAINED = resolve(import.meta.dirname, '../../../spec/docs-snapshots/explained.yaml');

function main(argv: string[]): number {
  const cli = readCommandLine(argv, { booleans: ['json', 'help'], strings: ['explained'], maxPositionals: 1, usage: USAGE, exitCode: 2 });
  if (cli.flags.help) {
    console.log(`usage: ${USAGE}\n\nChecks docs pages (.txt exports) and CometChat's OpenAPI file (.json/.yaml) against packages/spec/openapi.json.\nDifferences listed in --explained (default spec/docs-snapshots/explained.yaml) do not count.\nExit 0: nothing unexplained; 1: drift, a missing operation or a stale explanation; 2: bad input.`);
    return 0;
  }
  if (cli.positionals.length !== 1) throw new InputError(`name a page, an OpenAPI file or a folder of them\nusage: ${USAGE}`);

  const inputs = readInputs(cli.positionals[0]!);
  const explainedFile = cli.options.explained === undefined ? DEFAULT_EXPLAINED : resolve(cli.options.explained);
  if (cli.options.explained !== undefined && !existsSync(explainedFile)) throw new InputError(`no such explanations file: ${cli.options.explained}`);
  const explanations: Explanation[] = existsSync(explainedFile) ? loadExplanations(explainedFile) : [];
  let specPath: string;
  let spec: CheckedSpec;
  try {
    specPath = defaultSpecPath();
    spec = CheckedSpec.load(specPath);
  } catch (error) {
    throw new InputError(`cannot load the bundled spec (run \`pnpm generate\`): ${(error as Error).message}`);
  }
  const results = [
    ...inputs.pages.map((page) => checkPage(spec, page.file, page.text)),
    ...inputs.documents.flatMap((input) => checkVendorDocument(spec, input.file, input.document as JsonObject)),
  ];
  const stale = applyExplanations(results, explanations);
  console.log(cli.flags.json ? JSON.stringify(toJsonReport(results, stale), null, 2) : formatReport(results, stale, relative(process.cwd(), specPath)));
  return exitCode(results, stale);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError) console.error(`docs:check: ${error.message}`);
  else console.error('docs:check: unexpected error:', error);
  process.exitCode = 2;
}
