// Runs OpenAPI Generator (the Java tool, through the npm wrapper @openapitools/openapi-generator-cli)
// on the bundled spec: `validate`, then `generate -g typescript-fetch`. Output goes to
// generated-openapi-generator/<generator>/ (gitignored; it is a comparison point, not a package).
//
//   pnpm generate:openapi-generator            (root script)
//   tsx scripts/openapi-generator/generate-with-openapi-generator.ts [--generator typescript-fetch] [--root <repo>]
//
// The generator is a JAR from Maven Central, which the project's machines cannot reach, and nothing
// here fakes it. So the script first looks for `java` on PATH and for the JAR where openapitools.json
// says (`<storageDir>/<version>.jar`). If either is missing it prints ONE line saying what is missing
// and where to get it, and exits 0. Otherwise it runs the wrapper with the JAR (no download, no
// version query: OPENAPI_GENERATOR_CLI_SEARCH_URL=DEFAULT), passes java's exit code on, and reports
// success only when java exited 0 and files were written.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';

const USAGE = 'tsx scripts/openapi-generator/generate-with-openapi-generator.ts [--generator typescript-fetch] [--root <repo>]';
const SPEC = 'packages/spec/openapi.json';
const OUTPUT_DIR = 'generated-openapi-generator';

export function mavenUrl(version: string): string {
  return `https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/${version}/openapi-generator-cli-${version}.jar`;
}

/** The first executable `name` on PATH, or undefined. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) {
        accessSync(candidate, constants.X_OK);
        return candidate;
      }
    } catch {
      // not there, or not executable
    }
  }
  return undefined;
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

function main(): void {
  const { options } = readCommandLine(process.argv.slice(2), { strings: ['generator', 'root'], usage: USAGE.replace(/^tsx /, 'tsx ') });
  const root = resolve(options.root ?? join(import.meta.dirname, '../..'));
  const generator = options.generator ?? 'typescript-fetch';
  if (!/^[a-z0-9-]+$/.test(generator)) fail(`--generator must be a generator name such as typescript-fetch, not ${JSON.stringify(generator)}`);

  const configPath = join(root, 'openapitools.json');
  if (!existsSync(configPath)) fail(`${configPath} is missing (it pins the generator version and where its JAR is kept)`);
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { 'generator-cli'?: { version?: string; storageDir?: string } };
  const version = config['generator-cli']?.version;
  const storageDir = config['generator-cli']?.storageDir;
  if (!version || !storageDir) fail(`${configPath} must set generator-cli.version and generator-cli.storageDir`);
  // The wrapper resolves storageDir against the directory it runs in (the root here) and expands `~`.
  const jar = resolve(root, storageDir.replace(/^~/, homedir()), `${version}.jar`);
  const java = findOnPath('java');

  const missing: string[] = [];
  if (!java) missing.push('no `java` on PATH (install a Java 11+ runtime, e.g. apt-get install -y default-jre-headless)');
  if (!existsSync(jar)) {
    missing.push(`no OpenAPI Generator ${version} JAR at ${relative(root, jar)} (download ${mavenUrl(version)} on a machine with internet and put it there)`);
  }
  if (missing.length > 0) {
    console.log(`openapi-generator: skipped, ${missing.join('; and ')}.`);
    return;
  }

  if (!existsSync(join(root, SPEC))) fail(`${SPEC} is missing: run \`pnpm generate\` first`);
  const wrapper = join(dirname(createRequire(import.meta.url).resolve('@openapitools/openapi-generator-cli/package.json')), 'main.js');
  const env = {
    ...process.env,
    // The wrapper takes its working directory from PWD (then INIT_CWD), not process.cwd().
    PWD: root,
    INIT_CWD: root,
    // Use the pinned version's built-in download list instead of asking Sonatype for versions.
    OPENAPI_GENERATOR_CLI_SEARCH_URL: 'DEFAULT',
  };
  const run = (args: string[]): number => {
    console.log(`openapi-generator: ${args.join(' ')} (java -jar ${relative(root, jar)})`);
    const result = spawnSync(process.execPath, [wrapper, '--openapitools', configPath, ...args], { cwd: root, env, stdio: 'inherit' });
    if (result.error) fail(`could not run the openapi-generator-cli wrapper: ${result.error.message}`);
    return result.status ?? 1;
  };

  // Paths relative to the root: the wrapper joins the arguments into one shell command unquoted.
  const validateStatus = run(['validate', '-i', SPEC]);
  if (validateStatus !== 0) {
    console.error(`openapi-generator: validate exited ${validateStatus}; not generating.`);
    process.exit(validateStatus);
  }
  const output = `${OUTPUT_DIR}/${generator}`;
  rmSync(join(root, output), { recursive: true, force: true });
  const generateStatus = run(['generate', '-i', SPEC, '-g', generator, '-o', output]);
  if (generateStatus !== 0) {
    console.error(`openapi-generator: generate exited ${generateStatus}.`);
    process.exit(generateStatus);
  }
  const files = countFiles(join(root, output));
  if (files === 0) {
    console.error(`openapi-generator: java exited 0 but wrote nothing to ${output}/; treating that as a failure.`);
    process.exit(1);
  }
  console.log(`openapi-generator: validate and generate exited 0; ${files} files in ${output}/.`);
}

main();
