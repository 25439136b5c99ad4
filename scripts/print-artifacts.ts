// Prints what the pipeline produced: the bundled spec, its JSON Schemas and the built packages.
//
//   tsx scripts/print-artifacts.ts
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fail } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');
const size = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} kB`;

const specFile = join(root, 'packages/spec/openapi.json');
if (!existsSync(specFile)) fail('packages/spec/openapi.json is missing: run `pnpm generate`');
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const operations = Object.entries<Record<string, { operationId?: string; deprecated?: boolean }>>(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([, op]) => typeof op === 'object' && op !== null && 'operationId' in op)
    .map(([method, op]) => `${method.toUpperCase().padEnd(6)} ${path.padEnd(40)} ${op.operationId}${op.deprecated ? ' (deprecated)' : ''}`),
);

console.log(`\n${spec.info.title} ${spec.info.version} (OpenAPI ${spec.openapi}): ${operations.length} operations`);
for (const line of operations) console.log(`  ${line}`);

console.log('\nArtifacts');
const packages = readdirSync(join(root, 'packages'));
for (const name of packages) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files: string[] = [];
  for (const entry of ['openapi.json', 'openapi.yaml', 'index.js', 'dist']) {
    const path = join(dir, entry);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory()) for (const file of readdirSync(path)) files.push(join(path, file));
    else files.push(path);
  }
  const schemas = existsSync(join(dir, 'schemas')) ? readdirSync(join(dir, 'schemas')).length : 0;
  console.log(`  ${manifest.name}@${manifest.version}`);
  for (const file of files) console.log(`    ${relative(root, file).padEnd(44)} ${size(file)}`);
  if (schemas > 0) console.log(`    ${`${relative(root, join(dir, 'schemas'))}/*.json`.padEnd(44)} ${schemas} JSON Schemas (draft 2020-12)`);
}
console.log('');
