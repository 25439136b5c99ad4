// Generates the types of @cometchat-rest/models from the bundled spec with openapi-typescript.
//
//   tsx scripts/generate-models.ts --spec packages/spec/openapi.json --out packages/models/src/generated/openapi.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parseArgs } from './lib/cli.ts';

const args = parseArgs(process.argv.slice(2), ['spec', 'out']);
const specPath = resolve(args.spec!);
const outPath = resolve(args.out!);

const document = JSON.parse(readFileSync(specPath, 'utf8'));
const ast = await openapiTS(document, {
  // Response objects stay open to new fields, so no `additionalProperties: false` is implied.
  additionalProperties: false,
  // `x-retry-safe` and friends are read by the client generator, not rendered as types.
  excludeDeprecated: false,
  alphabetize: false,
});
const header =
  '// Generated from spec/ by `pnpm generate` (openapi-typescript). Do not edit.\n' +
  '// Edit the spec, then run `pnpm generate`.\n\n';
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, header + astToString(ast));
console.log(`generated ${outPath} from ${specPath}`);
