// Runs OpenAPI Generator on the bundled spec: `validate`, then `generate -g <generator>` into
// generated-openapi-generator/<generator>/ (gitignored; a comparison point, not a package) or --output.
// Succeeds only when java exited 0 and files were written.
//
//   pnpm generate:openapi-generator [--generator typescript-fetch] [--output <dir>] [--properties k=v,k=v] [--root <repo>]
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { readGeneratorConfigOrExit } from './config.ts';
import { requireTools } from './tools.ts';
import { runGenerator } from './wrapper.ts';

const USAGE = 'tsx scripts/openapi-generator/generate.ts [--generator typescript-fetch] [--output <dir>] [--properties k=v,k=v] [--root <repo>]';
const SPEC = 'packages/spec/openapi.json';

const { options } = readCommandLine(process.argv.slice(2), { strings: ['generator', 'output', 'properties', 'root'], usage: USAGE });
const root = resolve(options.root ?? join(import.meta.dirname, '../..'));
const generator = options.generator ?? 'typescript-fetch';
if (!/^[a-z0-9-]+$/.test(generator)) fail(`--generator must be a generator name such as typescript-fetch, not ${JSON.stringify(generator)}`);
const output = options.output ?? `generated-openapi-generator/${generator}`;
// The wrapper hands its arguments to a shell unquoted: only plain relative paths and k=v lists.
if (!/^[\w./-]+$/.test(output) || output.startsWith('/') || output.split('/').includes('..')) fail(`--output must be a plain path inside the repository, not ${JSON.stringify(output)}`);
const properties = options.properties;
if (properties !== undefined && !/^[\w.-]+=[\w.@/-]*(,[\w.-]+=[\w.@/-]*)*$/.test(properties)) fail(`--properties must be k=v pairs separated by commas, not ${JSON.stringify(properties)}`);

const config = readGeneratorConfigOrExit(root);
await requireTools(config, `generate ${generator}`);
if (!existsSync(join(root, SPEC))) fail(`${SPEC} is missing: run \`pnpm generate\` first`);

const step = async (args: string[]) => {
  console.log(`openapi-generator ${config.version}: ${args.join(' ')}`);
  return (await runGenerator(config, args, { echo: true })).status;
};
const validateStatus = await step(['validate', '-i', SPEC]);
if (validateStatus !== 0) {
  console.error(`openapi-generator: validate exited ${validateStatus}; not generating.`);
  process.exit(validateStatus);
}
rmSync(join(root, output), { recursive: true, force: true });
const generateStatus = await step(['generate', '-i', SPEC, '-g', generator, '-o', output, ...(properties ? ['--additional-properties', properties] : [])]);
if (generateStatus !== 0) {
  console.error(`openapi-generator: generate exited ${generateStatus}.`);
  process.exit(generateStatus);
}
const outputDir = join(root, output);
const files = existsSync(outputDir) ? readdirSync(outputDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length : 0;
if (files === 0) {
  console.error(`openapi-generator: java exited 0 but wrote nothing to ${output}/; treating that as a failure.`);
  process.exit(1);
}
console.log(`openapi-generator: validate and generate exited 0; ${files} files in ${output}/.`);
