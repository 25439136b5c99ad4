// The committed types are exactly what `pnpm generate` makes from the committed bundled spec.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('regenerating the types gives a byte-identical file', () => {
  const out = mkdtempSync(join(tmpdir(), 'cometchat-models-'));
  try {
    const script = fileURLToPath(new URL('../../../scripts/codegen/src/generate-models.ts', import.meta.url));
    const spec = fileURLToPath(new URL('../../spec/openapi.json', import.meta.url));
    execFileSync('tsx', [script, '--spec', spec, '--out', join(out, 'openapi.ts')], { stdio: 'pipe' });
    const committed = readFileSync(new URL('../src/generated/openapi.ts', import.meta.url), 'utf8');
    expect(readFileSync(join(out, 'openapi.ts'), 'utf8')).toBe(committed);
    expect(committed.startsWith('// Generated from spec/ by `pnpm generate`')).toBe(true);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 30_000);
