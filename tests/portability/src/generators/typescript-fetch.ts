import type { Generator } from '../generator.ts';
import { compileAndImport, probeTs, scenarioTs } from '../typescript.ts';
import { openapiGeneratorVersion } from '../versions.ts';
import { openapiGenerate } from './openapi-generator.ts';

export const typescriptFetch: Generator = {
  id: 'openapi-generator-typescript-fetch',
  generator: 'OpenAPI Generator typescript-fetch',
  version: openapiGeneratorVersion(),
  language: 'TypeScript',
  // The defaults do not compile (7.23.0): the runtime checks import Conversation twice where a oneOf
  // holds both Conversation and an array of it (TS2300) and call an instanceOf that oneOf models lack
  // (TS2305); camelCase names merge `message` and `Message` into one property (TS2300).
  generate: (out) => openapiGenerate('typescript-fetch', out, 'withoutRuntimeChecks=true,modelPropertyNaming=original'),
  compile: (out) => compileAndImport(out, ['index.ts'], 'index.ts'),
  probe: (out) => probeTs(out, 'openapi-generator-typescript-fetch'),
  remark:
    'Generated with withoutRuntimeChecks=true and modelPropertyNaming=original: with the defaults 7.23.0 output does not compile (duplicate imports for a oneOf of Conversation and an array of Conversation, a missing instanceOfConversation, and `message`/`Message` merged into one camelCase property).',
  scenario: { run: (out, env) => scenarioTs(out, 'openapi-generator-typescript-fetch', { ...env }), error: 'ResponseError' },
};
