// Lints and bundles spec/openapi.yaml with Redocly, builds the operation model from the bundle, and
// writes the artifacts of @cometchat-rest/spec: openapi.json, openapi.yaml, operation-model.json,
// index.js/index.d.ts (both as a module) and schemas/<Name>.json (one standalone JSON Schema per
// component schema). Fails, writing nothing, when the spec has a lint problem or the model a gap.
//
//   tsx scripts/codegen/src/bundle-spec.ts --spec spec/openapi.yaml --out packages/spec
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { buildOperationModel, completenessProblems, OpenApiDocument, type JsonObject } from '@cometchat-rest/operation-model';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { bundleSpec, lintSpec, RedoclyError } from '@cometchat-rest/script-kit/redocly';
import { toStandaloneJsonSchema } from './json-schema.ts';

const cli = readCommandLine(process.argv.slice(2), { strings: ['spec', 'out'], required: ['spec', 'out'], usage: 'bundle-spec.ts --spec <openapi.yaml> --out <dir>' });
const specPath = resolve(cli.options.spec!);
const outDir = resolve(cli.options.out!);

async function redocly<T>(command: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof RedoclyError)) throw error;
    process.stderr.write(`${error.output}\n`);
    fail(`redocly ${command} failed on ${specPath}; fix the spec (see above), then run \`pnpm generate\``);
  }
}

await redocly('lint', () => lintSpec(specPath));
const document = (await redocly('bundle', () => bundleSpec(specPath))) as JsonObject & { openapi: string; components: { schemas: Record<string, never> } };
const { model, structureProblems, extensionProblems } = buildOperationModel(new OpenApiDocument(document, specPath));
const gaps = [...structureProblems, ...extensionProblems, ...completenessProblems(model)];
if (gaps.length > 0) fail(`the spec cannot be turned into the operation model:\n${gaps.map((gap) => `  - ${gap}`).join('\n')}`);

const NOTICE = 'Generated from spec/ by `pnpm generate`. Do not edit.';
writeFileSync(join(outDir, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(outDir, 'openapi.yaml'), `# ${NOTICE}\n${stringify(document, { lineWidth: 0 })}`);
writeFileSync(join(outDir, 'operation-model.json'), `${JSON.stringify(model, null, 2)}\n`);

// Both as an ES module; JSON.parse of a string literal is the fastest way to load them.
writeFileSync(
  join(outDir, 'index.js'),
  `// ${NOTICE}\n` +
    `/** The bundled OpenAPI 3.1 document of the CometChat REST API v3 conversation endpoints. */\n` +
    `export const openapi = JSON.parse(${JSON.stringify(JSON.stringify(document))});\n` +
    `/** Every operation of \`openapi\`: method, path, parameters, body, responses, retry safety, pagination, result. */\n` +
    `export const operationModel = JSON.parse(${JSON.stringify(JSON.stringify(model))});\n` +
    `export default openapi;\n`,
);
const schemaNames = Object.keys(document.components.schemas);
writeFileSync(
  join(outDir, 'index.d.ts'),
  `// ${NOTICE}\n` +
    `import type { OperationModel } from './operation-model.js';\n` +
    `export type * from './operation-model.js';\n\n` +
    `/** The bundled OpenAPI 3.1 document of the CometChat REST API v3 conversation endpoints. */\n` +
    `export declare const openapi: {\n` +
    `  readonly openapi: ${JSON.stringify(document.openapi)};\n` +
    `  readonly info: { readonly title: string; readonly version: string; readonly [key: string]: unknown };\n` +
    `  readonly paths: { readonly [path: string]: Record<string, unknown> };\n` +
    `  readonly components: { readonly schemas: { readonly [name in ${schemaNames.map((n) => JSON.stringify(n)).join(' | ')}]: Record<string, unknown> }; readonly [key: string]: unknown };\n` +
    `  readonly [key: string]: unknown;\n` +
    `};\n` +
    `/** Every operation of \`openapi\`: method, path, parameters, body, responses, retry safety, pagination, result. */\n` +
    `export declare const operationModel: OperationModel;\n` +
    `export default openapi;\n`,
);

const schemasDir = join(outDir, 'schemas');
rmSync(schemasDir, { recursive: true, force: true });
mkdirSync(schemasDir);
for (const name of schemaNames) {
  const schema = toStandaloneJsonSchema(name, document.components.schemas, `urn:cometchat-rest:schema:${name}`);
  writeFileSync(join(schemasDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`bundled ${specPath} -> ${outDir}: openapi.json, openapi.yaml, operation-model.json (${model.operations.length} operations), index.js, ${schemaNames.length} JSON Schemas`);
