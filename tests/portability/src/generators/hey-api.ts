import { join } from 'node:path';
import { run } from '../exec.ts';
import type { Generator } from '../generator.ts';
import { BIN, PACKAGE_DIR, SPEC } from '../paths.ts';
import { compileAndImport, probeTs, scenarioTs } from '../typescript.ts';
import { npmVersion } from '../versions.ts';

export const heyApi: Generator = {
  id: 'hey-api',
  generator: '@hey-api/openapi-ts',
  version: npmVersion('@hey-api/openapi-ts'),
  language: 'TypeScript',
  generate: (out) => run(join(BIN, 'openapi-ts'), ['--input', SPEC, '--output', out, '--client', '@hey-api/client-fetch'], { cwd: PACKAGE_DIR, timeoutMs: 120_000 }),
  compile: (out) => compileAndImport(out, ['index.ts'], 'index.ts'),
  probe: (out) => probeTs(out, 'hey-api'),
  // hey-api returns an error response (typed per operation) instead of throwing it.
  scenario: { run: (out, env) => scenarioTs(out, 'hey-api', { ...env }), error: 'GetUserConversationError' },
};
