// Lints and bundles spec/openapi.yaml with Redocly, then writes the artifacts of @cometchat-rest/spec:
// openapi.json, openapi.yaml, index.js/index.d.ts (the document as a module) and schemas/<Name>.json
// (one standalone JSON Schema per component schema).
//
//   tsx scripts/bundle-spec.ts --spec spec/openapi.yaml --out packages/spec
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { fail, parseArgs } from './lib/cli.ts';
import { toStandaloneJsonSchema } from './lib/json-schema.ts';

const args = parseArgs(process.argv.slice(2), ['spec', 'out']);
const specPath = resolve(args.spec!);
const outDir = resolve(args.out!);
const config = resolve(import.meta.dirname, '../redocly.yaml');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

function redocly(argv: string[]): void {
  try {
    execFileSync('redocly', argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    fail(`redocly ${argv[0]} failed on ${specPath}; fix the spec (see above), then run \`pnpm generate\``);
  }
}

redocly(['lint', specPath, '--config', config, '--format', 'stylish']);
const tmp = mkdtempSync(join(tmpdir(), 'cometchat-spec-'));
const bundled = join(tmp, 'openapi.json');
redocly(['bundle', specPath, '--config', config, '--output', bundled]);
const document = JSON.parse(readFileSync(bundled, 'utf8'));
rmSync(tmp, { recursive: true, force: true });

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
