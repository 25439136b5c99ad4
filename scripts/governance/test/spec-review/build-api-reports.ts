// Test helper: the part of the pipeline that turns spec/ into the API reports, on copies of
// packages/models and packages/client inside a temporary repository: bundle the spec and build its
// operation model (codegen's bundle-spec.ts, into packages/spec), generate the models and the
// client (the generate scripts with the arguments of the packages' package.json), build their
// declarations with tsdown (their tsdown.config.ts), run API Extractor (api-report's extract.ts).
// The copies use the real packages' dependencies (their node_modules entries are linked), except
// that the client's @cometchat-rest/models is the copy.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { extractReport } from '@cometchat-rest/api-report/extract';
import { reportedPackage } from '@cometchat-rest/api-report/packages';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const codegen = (script: string) => join(REPO, 'scripts/codegen/src', script);
/** What a package build needs besides its dependencies (tsconfig.json extends the root's tsconfig.base.json). */
const PACKAGE_FILES = ['package.json', 'tsconfig.json', 'tsdown.config.ts', 'src'];
const execFileAsync = promisify(execFile);

/** The node_modules of `folder` in the real repository, linked entry by entry into `dest`, with `overrides` (package name -> folder) instead of some. */
function linkNodeModules(folder: string, dest: string, overrides: Record<string, string>): void {
  const source = join(REPO, folder, 'node_modules');
  const link = (name: string) => symlinkSync(overrides[name] ?? realpathSync(join(source, name)), join(dest, name), 'dir');
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      mkdirSync(join(dest, entry));
      for (const scoped of readdirSync(join(source, entry))) link(`${entry}/${scoped}`);
    } else link(entry);
  }
}

async function run(args: string[], cwd: string): Promise<void> {
  await execFileAsync(args[0]!, args.slice(1), { cwd, env: { ...process.env, REDOCLY_TELEMETRY: 'off' }, maxBuffer: 16 * 1024 * 1024 });
}

/**
 * Writes packages/<name>/<name>.api.md of `repo` (a temporary repository with spec/) from its spec.
 * Steps that do not depend on each other overlap: the two generators; API Extractor on the models
 * (in this process) while tsdown builds the client (in its own).
 */
export async function buildApiReports(repo: string): Promise<void> {
  const packages = join(repo, 'packages');
  if (!existsSync(join(repo, 'tsconfig.base.json'))) cpSync(join(REPO, 'tsconfig.base.json'), join(repo, 'tsconfig.base.json'));
  for (const name of ['models', 'client']) {
    rmSync(join(packages, name), { recursive: true, force: true });
    for (const file of PACKAGE_FILES) cpSync(join(REPO, 'packages', name, file), join(packages, name, file), { recursive: true });
  }
  linkNodeModules('packages/models', join(packages, 'models/node_modules'), {});
  linkNodeModules('packages/client', join(packages, 'client/node_modules'), { '@cometchat-rest/models': join(packages, 'models') });

  const spec = join(packages, 'spec');
  mkdirSync(spec, { recursive: true });
  await run([process.execPath, tsx, codegen('bundle-spec.ts'), '--spec', join(repo, 'spec/openapi.yaml'), '--out', spec], repo);
  await Promise.all([
    run([process.execPath, tsx, codegen('generate-models.ts'), '--spec', join(spec, 'openapi.json'), '--out', join(packages, 'models/src/generated/openapi.ts')], repo),
    run([process.execPath, tsx, codegen('generate-client.ts'), '--model', join(spec, 'operation-model.json'), '--out', join(packages, 'client/src/generated/operations.ts')], repo),
  ]);
  const tsdown = (name: string) => run([join(REPO, 'packages', name, 'node_modules/.bin/tsdown'), '--log-level', 'error'], join(packages, name));
  await tsdown('models');
  const client = tsdown('client');
  for (const name of ['models', 'client']) {
    if (name === 'client') await client;
    const pkg = reportedPackage(name);
    writeFileSync(join(repo, pkg.report), extractReport(repo, pkg).report);
  }
}
