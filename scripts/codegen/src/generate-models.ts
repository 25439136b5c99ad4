// Generates the types of @cometchat-rest/models from the bundled spec with openapi-typescript.
//
//   tsx scripts/codegen/src/generate-models.ts --spec packages/spec/openapi.json --out packages/models/src/generated/openapi.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { readCommandLine } from '@cometchat-rest/script-kit/cli';

const cli = readCommandLine(process.argv.slice(2), { strings: ['spec', 'out'], required: ['spec', 'out'], usage: 'generate-models.ts --spec <openapi.json> --out <openapi.ts>' });
const specPath = resolve(cli.options.spec!);
const outPath = resolve(cli.options.out!);

const document = JSON.parse(readFileSync(specPath, 'utf8'));
const ast = await openapiTS(document, {
  // Response objects stay open to new fields, so no `additionalProperties: false` is implied.
  additionalProperties: false,
  // `x-retry-safe` and friends are read by the client generator, not rendered as types.
  excludeDeprecated: false,
  alphabetize: false,
  // A `default` says what the server assumes when a field is left out; it does not make the field
  // required (openapi-typescript's default would make `preserveOrder: false` a required body field).
  defaultNonNullable: false,
});
const header =
  '// Generated from spec/ by `pnpm generate` (openapi-typescript). Do not edit.\n' +
  '// Edit the spec, then run `pnpm generate`.\n\n';
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, header + astToString(ast));
console.log(`generated ${outPath} from ${specPath}`);
