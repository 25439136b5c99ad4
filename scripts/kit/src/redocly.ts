// Lints and bundles specs with Redocly's library (@redocly/openapi-core), configured by the
// repository's redocly.yaml (lint rules, `telemetry: off`). No CLI process, no temporary folders.
import { resolve } from 'node:path';
import { bundle, lint, loadConfig, type Config } from '@redocly/openapi-core';

/** The repository's Redocly config. */
export const REDOCLY_CONFIG = resolve(import.meta.dirname, '../../../redocly.yaml');

/** Redocly found problems; `output` lists them, one per line, with where they are. */
export class RedoclyError extends Error {
  constructor(
    readonly command: 'lint' | 'bundle',
    readonly output: string,
  ) {
    super(`redocly ${command} failed:\n${output.trim()}`);
  }
}

type Problem = { ruleId?: string; message: string; severity: string; location?: { source?: { absoluteRef?: string }; pointer?: string }[] };

let config: Promise<Config> | undefined;
const loadRepositoryConfig = () => (config ??= loadConfig({ configPath: REDOCLY_CONFIG }));

function describe(problems: Problem[]): string {
  return problems
    .map((problem) => {
      const where = problem.location?.[0];
      const at = where ? ` (${where.source?.absoluteRef ?? ''}#${where.pointer ?? ''})` : '';
      return `${problem.severity} ${problem.ruleId ?? ''}: ${problem.message}${at}`;
    })
    .join('\n');
}

/** Runs a Redocly call; what it throws (an unreadable file, a document that is not OpenAPI) becomes a RedoclyError. */
async function run<T>(command: 'lint' | 'bundle', call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new RedoclyError(command, error instanceof Error ? error.message : String(error));
  }
}

/** Lints one spec with the repository's rules; throws RedoclyError on any problem, warnings included. */
export async function lintSpec(specPath: string): Promise<void> {
  const problems = (await run('lint', async () => lint({ ref: resolve(specPath), config: await loadRepositoryConfig() }))) as Problem[];
  if (problems.length > 0) throw new RedoclyError('lint', describe(problems));
}

/** Bundles one spec (any file of a split spec, or an already bundled one) and returns the document; `dereference` inlines every `$ref`. */
export async function bundleSpec(specPath: string, { dereference = false }: { dereference?: boolean } = {}): Promise<unknown> {
  const result = await run('bundle', async () => bundle({ ref: resolve(specPath), config: await loadRepositoryConfig(), dereference }));
  const errors = (result.problems as Problem[]).filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new RedoclyError('bundle', describe(errors));
  return result.bundle.parsed;
}

export type BundleResult = { ok: true; document: unknown } | { ok: false; error: RedoclyError };

/** Bundles several specs; each result carries its own document or error. */
export async function bundleSpecs(specPaths: string[]): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const path of specPaths) {
    try {
      results.push({ ok: true, document: await bundleSpec(path) });
    } catch (error) {
      if (!(error instanceof RedoclyError)) throw error;
      results.push({ ok: false, error });
    }
  }
  return results;
}
