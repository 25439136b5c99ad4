// Shared by the docs-check tests: where the pages are, and the bundled spec.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CheckedSpec } from '../src/lib/openapi-document.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SNAPSHOTS_DIR = fileURLToPath(new URL('../../../spec/docs-snapshots/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export const spec = CheckedSpec.load();

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function snapshot(name: string): string {
  return readFileSync(new URL(`../../../spec/docs-snapshots/${name}`, import.meta.url), 'utf8');
}
