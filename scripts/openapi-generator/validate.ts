// `openapi-generator-cli validate` on the bundled spec, as part of `pnpm lint`: every error and every
// warning (recommendation) is printed, and either fails the run. A warning that cannot be fixed is
// explained in the spec (see README.md here) rather than tolerated here.
//
//   tsx scripts/openapi-generator/validate.ts [--root <repo>] [--spec packages/spec/openapi.json]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { readGeneratorConfigOrExit } from './config.ts';
import { requireTools } from './tools.ts';
import { parseValidateOutput } from './validate-output.ts';
import { runGenerator } from './wrapper.ts';

const USAGE = 'tsx scripts/openapi-generator/validate.ts [--root <repo>] [--spec packages/spec/openapi.json]';
const { options } = readCommandLine(process.argv.slice(2), { strings: ['root', 'spec'], usage: USAGE });
const root = resolve(options.root ?? join(import.meta.dirname, '../..'));
const spec = options.spec ?? 'packages/spec/openapi.json';

const config = readGeneratorConfigOrExit(root);
await requireTools(config, 'validate the spec');
if (!existsSync(join(root, spec))) fail(`${spec} is missing: run \`pnpm generate\` first`);

const run = await runGenerator(config, ['validate', '-i', spec, '--recommend']);
const findings = parseValidateOutput(run.output);
for (const error of findings.errors) console.error(`openapi-generator validate: error: ${error}`);
for (const warning of findings.warnings) console.error(`openapi-generator validate: warning: ${warning}`);
const problems = findings.errors.length + findings.warnings.length;
if (run.status !== 0 || problems > 0 || !findings.clean) {
  if (problems === 0) console.error(run.output.trimEnd());
  fail(`OpenAPI Generator ${config.version} validate of ${spec}: exit ${run.status}, ${findings.errors.length} errors, ${findings.warnings.length} warnings`);
}
console.log(`openapi-generator ${config.version} validate ${spec}: 0 errors, 0 warnings`);
