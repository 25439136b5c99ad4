// Lints and bundles spec/openapi.yaml with Redocly, then writes the artifacts of @cometchat-rest/spec:
// openapi.json, openapi.yaml, index.js/index.d.ts (the document as a module) and schemas/<Name>.json
// (one standalone JSON Schema per component schema).
//
//   tsx scripts/bundle-spec.ts --spec spec/openapi.yaml --out packages/spec
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { fail, parseArgs } from './lib/cli.ts';
import { toStandaloneJsonSchema } from './lib/json-schema.ts';
import { bundleSpec, REDOCLY_CONFIG, RedoclyError, runRedocly } from './lib/redocly.ts';

const args = parseArgs(process.argv.slice(2), ['spec', 'out']);
const specPath = resolve(args.spec!);
const outDir = resolve(args.out!);

function redocly<T>(command: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof RedoclyError)) throw error;
    process.stderr.write(error.output);
    fail(`redocly ${command} failed on ${specPath}; fix the spec (see above), then run \`pnpm generate\``);
  }
}

redocly('lint', () => runRedocly(['lint', specPath, '--config', REDOCLY_CONFIG, '--format', 'stylish']));
const document = redocly('bundle', () => bundleSpec(specPath)) as { openapi: string; components: { schemas: Record<string, never> } };

const NOTICE = 'Generated from spec/ by `pnpm generate`. Do not edit.';
writeFileSync(join(outDir, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(outDir, 'openapi.yaml'), `# ${NOTICE}\n${stringify(document, { lineWidth: 0 })}`);

// The document as an ES module; JSON.parse of a string literal is the fastest way to load it.
writeFileSync(
  join(outDir, 'index.js'),
  `// ${NOTICE}\n` +
    `/** The bundled OpenAPI 3.1 document of the CometChat REST API v3 conversation endpoints. */\n` +
    `export const openapi = JSON.parse(${JSON.stringify(JSON.stringify(document))});\n` +
    `export default openapi;\n`,
);
const schemaNames = Object.keys(document.components.schemas);
writeFileSync(
  join(outDir, 'index.d.ts'),
  `// ${NOTICE}\n` +
    `/** The bundled OpenAPI 3.1 document of the CometChat REST API v3 conversation endpoints. */\n` +
    `export declare const openapi: {\n` +
    `  readonly openapi: ${JSON.stringify(document.openapi)};\n` +
    `  readonly info: { readonly title: string; readonly version: string; readonly [key: string]: unknown };\n` +
    `  readonly paths: { readonly [path: string]: Record<string, unknown> };\n` +
    `  readonly components: { readonly schemas: { readonly [name in ${schemaNames.map((n) => JSON.stringify(n)).join(' | ')}]: Record<string, unknown> }; readonly [key: string]: unknown };\n` +
    `  readonly [key: string]: unknown;\n` +
    `};\n` +
    `export default openapi;\n`,
);

const schemasDir = join(outDir, 'schemas');
rmSync(schemasDir, { recursive: true, force: true });
mkdirSync(schemasDir);
for (const name of schemaNames) {
  const schema = toStandaloneJsonSchema(name, document.components.schemas, `urn:cometchat-rest:schema:${name}`);
  writeFileSync(join(schemasDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`bundled ${specPath} -> ${outDir}: openapi.json, openapi.yaml, index.js, ${schemaNames.length} JSON Schemas`);
