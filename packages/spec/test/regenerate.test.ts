// The committed artifacts are exactly what `pnpm generate` makes from spec/, and any spec change
// that was not regenerated shows up as a difference (which is what CI's drift check fails on).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, SPEC_DIR } from './spec.ts';

const packageDir = fileURLToPath(PACKAGE_DIR);
const bundleScript = fileURLToPath(new URL('../../../scripts/codegen/src/bundle-spec.ts', import.meta.url));
const ARTIFACTS = ['openapi.json', 'openapi.yaml', 'operation-model.json', 'index.js', 'index.d.ts'];
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cometchat-regenerate-'));
  temporary.push(dir);
  return dir;
}

function bundle(specRoot: string, out: string): void {
  execFileSync('tsx', [bundleScript, '--spec', join(specRoot, 'openapi.yaml'), '--out', out], { stdio: 'pipe', cwd: packageDir });
}

describe('regeneration', () => {
  it('gives byte-identical artifacts', () => {
    const out = tempDir();
    bundle(fileURLToPath(SPEC_DIR), out);
    for (const file of ARTIFACTS) {
      expect(readFileSync(join(out, file), 'utf8'), `${file} differs: run \`pnpm generate\``).toBe(readFileSync(join(packageDir, file), 'utf8'));
    }
    const schemas = readdirSync(join(packageDir, 'schemas'));
    expect(readdirSync(join(out, 'schemas'))).toEqual(schemas);
    for (const file of schemas) {
      expect(readFileSync(join(out, 'schemas', file), 'utf8')).toBe(readFileSync(join(packageDir, 'schemas', file), 'utf8'));
    }
  }, 30_000);

  it('shows a spec change that was not regenerated', () => {
    const specCopy = tempDir();
    cpSync(fileURLToPath(SPEC_DIR), specCopy, { recursive: true });
    const file = join(specCopy, 'components/schemas/Tags.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('maxItems: 25', 'maxItems: 30'));
    const out = tempDir();
    bundle(specCopy, out);
    const fresh = JSON.parse(readFileSync(join(out, 'openapi.json'), 'utf8'));
    const committed = JSON.parse(readFileSync(join(packageDir, 'openapi.json'), 'utf8'));
    expect(fresh.components.schemas.Tags.maxItems).toBe(30);
    expect(committed.components.schemas.Tags.maxItems).toBe(25);
  }, 30_000);

  it('refuses a spec that fails lint, naming the fix', () => {
    const specCopy = tempDir();
    cpSync(fileURLToPath(SPEC_DIR), specCopy, { recursive: true });
    const file = join(specCopy, 'paths/conversations.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('operationId: listConversations', 'operationId: list_conversations'));
    let failure: { status?: number; stderr?: Buffer } = {};
    try {
      bundle(specCopy, tempDir());
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(String(failure.stderr)).toContain('operation-id-camel-case');
    expect(String(failure.stderr)).toContain('pnpm generate');
  }, 30_000);
});
