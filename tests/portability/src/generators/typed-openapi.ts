import { join, relative } from 'node:path';
import { run } from '../exec.ts';
import type { Generator } from '../generator.ts';
import { BIN, PACKAGE_DIR, SPEC } from '../paths.ts';
import { compileAndImport, probeTs } from '../typescript.ts';
import { npmVersion } from '../versions.ts';

export const typedOpenapi: Generator = {
  id: 'typed-openapi',
  generator: 'typed-openapi',
  version: npmVersion('typed-openapi'),
  language: 'TypeScript',
  // --output is joined to the working directory even when absolute (2.2.7): pass it relative.
  generate: (out) => run(join(BIN, 'typed-openapi'), [SPEC, '--output', relative(PACKAGE_DIR, join(out, 'api.ts'))], { cwd: PACKAGE_DIR, timeoutMs: 120_000 }),
  compile: (out) => compileAndImport(out, ['api.ts'], 'api.ts'),
  probe: (out) => probeTs(out, 'typed-openapi'),
};
