import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../exec.ts';
import type { Generator } from '../generator.ts';
import { BIN, PACKAGE_DIR, SPEC } from '../paths.ts';
import { compileAndImport, probeTs } from '../typescript.ts';
import { npmVersion } from '../versions.ts';

export const openapiZodClient: Generator = {
  id: 'openapi-zod-client',
  generator: 'openapi-zod-client',
  version: npmVersion('openapi-zod-client'),
  language: 'TypeScript',
  generate: (out) => {
    mkdirSync(out, { recursive: true }); // it does not create the output folder
    return run(join(BIN, 'openapi-zod-client'), [SPEC, '--output', join(out, 'api.ts')], { cwd: PACKAGE_DIR, timeoutMs: 120_000 });
  },
  compile: (out) => compileAndImport(out, ['api.ts'], 'api.ts'),
  probe: (out) => probeTs(out, 'openapi-zod-client'),
  upstream: {
    compileFails:
      'openapi-zod-client 1.18.3 emits z.discriminatedUnion("conversationType", [UserConversation, GroupConversation]) although both branches are allOf intersections (ConversationBase.and(...)): it looks for allOf only in inline oneOf members, not behind $ref. zod 3 accepts only object branches, so tsc fails (TS2740) and the module throws on import (TypeError: Cannot read properties of undefined, reading conversationType). The spec is valid OpenAPI 3.1 (allOf + discriminator is the documented pattern).',
    unionLost: 'the Conversation schema it emits is the failing z.discriminatedUnion above, so no type can be inferred from it.',
  },
};
