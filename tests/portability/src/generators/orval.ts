import { join } from 'node:path';
import { run } from '../exec.ts';
import type { Generator } from '../generator.ts';
import { BIN, PACKAGE_DIR, SPEC } from '../paths.ts';
import { compileAndImport, probeTs } from '../typescript.ts';
import { npmVersion } from '../versions.ts';

export const orval: Generator = {
  id: 'orval',
  generator: 'orval',
  version: npmVersion('orval'),
  language: 'TypeScript',
  // The fetch client (orval's default is axios): the same transport as the others.
  generate: (out) =>
    run(join(BIN, 'orval'), ['--input', SPEC, '--output', join(out, 'api.ts'), '--client', 'fetch', '--mode', 'single'], { cwd: PACKAGE_DIR, timeoutMs: 120_000 }),
  compile: (out) => compileAndImport(out, ['api.ts'], 'api.ts'),
  probe: (out) => probeTs(out, 'orval'),
  remark: 'client: fetch. Sends array query parameters repeated (tags=a&tags=b) despite explode: false; the mock accepts both.',
};
