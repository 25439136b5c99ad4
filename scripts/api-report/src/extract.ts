// Runs API Extractor on a package's built type declarations (the `types` of its `exports["."]`, as
// published) and returns the API report, normalized (see normalize.ts). Nothing is written to the
// package: API Extractor writes into a temporary folder, which is removed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor, ExtractorConfig, ExtractorLogLevel, type ExtractorMessage, type IConfigFile } from '@microsoft/api-extractor';
import { normalizeReport } from './normalize.ts';
import { ApiReportInputError, type ReportedPackage } from './packages.ts';

/** Compiler options for reading the .d.ts files: the repository's own (tsconfig.base.json), fixed here so that no local file changes a report. */
const COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: true,
  types: [],
};

/** The messages that are about this project's choices, not its API, are off; the rest go to the console. */
const MESSAGES: IConfigFile['messages'] = {
  compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
  extractorMessageReporting: {
    default: { logLevel: ExtractorLogLevel.Warning },
    // No release tags (@public, @beta, ...) are used: everything exported is public.
    'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
    // A type the API uses but the entry point does not export: worth a line in the report.
    'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: true },
    // Doc comments are checked by TypeDoc (`pnpm docs`), not here.
    'ae-unresolved-link': { logLevel: ExtractorLogLevel.None },
    'ae-undocumented': { logLevel: ExtractorLogLevel.None },
  },
  // openapi-typescript writes JSDoc tags TSDoc does not know (`@description`).
  tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
};

export type ExtractedReport = { report: string; warnings: string[] };

/** The declaration file `exports["."]` of the package points to for ESM `types`. */
export function entryPointOf(packageFolder: string): string {
  const manifest = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as { exports?: { '.'?: { import?: { types?: string } } } };
  const types = manifest.exports?.['.']?.import?.types;
  if (types === undefined) throw new ApiReportInputError(`${join(packageFolder, 'package.json')} has no exports["."].import.types`);
  return join(packageFolder, types);
}

/** The API report of `pkg` in the repository `repo`, from its built declarations. */
export function extractReport(repo: string, pkg: ReportedPackage): ExtractedReport {
  const folder = join(repo, pkg.folder);
  const entryPoint = entryPointOf(folder);
  if (!existsSync(entryPoint)) throw new ApiReportInputError(`${entryPoint} does not exist: build ${pkg.name} first (\`pnpm build\`)`);
  const out = mkdtempSync(join(tmpdir(), 'cometchat-api-report-'));
  try {
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: folder,
        mainEntryPointFilePath: entryPoint,
        compiler: { overrideTsconfig: { compilerOptions: COMPILER_OPTIONS } },
        apiReport: { enabled: true, reportFolder: out, reportTempFolder: out, reportFileName: '<unscopedPackageName>.api.md' },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        newlineKind: 'lf',
        messages: MESSAGES,
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(folder, 'package.json'),
    });
    const warnings: string[] = [];
    const result = Extractor.invoke(config, {
      localBuild: true,
      messageCallback: (message: ExtractorMessage) => {
        if (message.logLevel === ExtractorLogLevel.Warning || message.logLevel === ExtractorLogLevel.Error) warnings.push(message.formatMessageWithLocation(folder));
        // Printing is ours: the caller decides what the console shows.
        message.handled = true;
      },
    });
    if (!result.succeeded) throw new ApiReportInputError(`API Extractor failed on ${pkg.name}:\n${warnings.join('\n')}`);
    return { report: normalizeReport(readFileSync(config.reportFilePath, 'utf8')), warnings };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
