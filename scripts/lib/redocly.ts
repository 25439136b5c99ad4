// Runs the Redocly CLI the way every script here does: the CLI of the scripts package (resolved from
// node_modules, so it works whatever PATH a root `pnpm` script gets), the repository's redocly.yaml,
// telemetry and update notices off.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** The repository's Redocly config (lint rules, `telemetry: off`). */
export const REDOCLY_CONFIG = resolve(import.meta.dirname, '../../redocly.yaml');

const cliPath = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/** Redocly exited non-zero; `output` is what it printed (stdout, then stderr). */
export class RedoclyError extends Error {
  constructor(
    readonly argv: string[],
    readonly output: string,
  ) {
    super(`redocly ${argv[0]} failed:\n${output.trim()}`);
  }
}

export function runRedocly(argv: string[]): void {
  try {
    execFileSync(process.execPath, [cliPath, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new RedoclyError(argv, `${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** Bundles one spec (any file of a split spec, or an already bundled one) and returns the document. */
export function bundleSpec(specPath: string): unknown {
  const tmp = mkdtempSync(join(tmpdir(), 'cometchat-spec-'));
  try {
    const bundled = join(tmp, 'openapi.json');
    runRedocly(['bundle', specPath, '--config', REDOCLY_CONFIG, '--output', bundled]);
    return JSON.parse(readFileSync(bundled, 'utf8'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export type BundleResult = { ok: true; document: unknown } | { ok: false; error: RedoclyError };

/**
 * Bundles several specs with one Redocly process (each extra spec costs ~50 ms instead of a ~0.5 s
 * start-up). Redocly names each output after its input's file name, so the inputs' base names must
 * differ; when they do not, or when one spec fails, each is bundled on its own so that every result
 * carries its own error.
 */
export function bundleSpecs(specPaths: string[]): BundleResult[] {
  const names = specPaths.map((path) => basename(path, extname(path)));
  if (specPaths.length > 1 && new Set(names).size === names.length) {
    const tmp = mkdtempSync(join(tmpdir(), 'cometchat-specs-'));
    try {
      runRedocly(['bundle', ...specPaths, '--config', REDOCLY_CONFIG, '--output', tmp, '--ext', 'json']);
      return names.map((name) => ({ ok: true, document: JSON.parse(readFileSync(join(tmp, `${name}.json`), 'utf8')) }));
    } catch (error) {
      if (!(error instanceof RedoclyError)) throw error;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return specPaths.map((path) => {
    try {
      return { ok: true, document: bundleSpec(path) };
    } catch (error) {
      if (error instanceof RedoclyError) return { ok: false, error };
      throw error;
    }
  });
}
