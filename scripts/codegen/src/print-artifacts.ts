// Prints what the pipeline produced: the bundled spec, its JSON Schemas and the built packages.
//
//   tsx scripts/codegen/src/print-artifacts.ts
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { OperationModel } from '@cometchat-rest/operation-model';
import { fail } from '@cometchat-rest/script-kit/cli';

const root = resolve(import.meta.dirname, '../../..');
const size = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} kB`;

const modelFile = join(root, 'packages/spec/operation-model.json');
if (!existsSync(modelFile)) fail('packages/spec/operation-model.json is missing: run `pnpm generate`');
const model = JSON.parse(readFileSync(modelFile, 'utf8')) as OperationModel;
const operations = model.operations.map((op) => `${op.method.padEnd(6)} ${op.path.padEnd(40)} ${op.operationId}${op.deprecated ? ' (deprecated)' : ''}`);

console.log(`\n${model.title} ${model.version}: ${operations.length} operations`);
for (const line of operations) console.log(`  ${line}`);

console.log('\nArtifacts');
const packages = readdirSync(join(root, 'packages'));
for (const name of packages) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files: string[] = [];
  for (const entry of ['openapi.json', 'openapi.yaml', 'operation-model.json', 'index.js', 'dist']) {
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
