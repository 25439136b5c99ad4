// scripts/generate-with-openapi-generator.ts, run as a child process against a throwaway repository
// root. The real generator (a JAR from Maven Central) is not to be had here, and this test does not
// pretend otherwise: it proves the wiring with a fake `java` (a shell script on PATH that logs how it
// was called, answers the npm wrapper's `help`/`completion` probes, and writes nothing) and a fake
// JAR file, and checks that the script reports no success that java did not give.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SCRIPT = join(REPO, 'scripts/openapi-generator/generate-with-openapi-generator.ts');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const MAVEN_723 = 'https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/7.23.0/openapi-generator-cli-7.23.0.jar';

const FAKE_JAVA = `#!/bin/sh
# Fake java: logs its arguments (tab-separated, one call a line) and the search-URL setting, touches a
# marker (shell built-ins only: PATH holds nothing but this script), answers the npm wrapper's command probes, and exits with the code the test asks for.
{ for arg in "$@"; do printf '%s\\t' "$arg"; done; printf '\\n'; } >> "$FAKE_JAVA_LOG"
printf '%s\\n' "\${OPENAPI_GENERATOR_CLI_SEARCH_URL:-unset}" >> "$FAKE_JAVA_ENV_LOG"
: > "$FAKE_JAVA_MARKER"
case "$3" in
  help) printf 'usage: openapi-generator-cli <command> [<args>]\\n\\n    generate    Generate code\\n    validate    Validate specification\\n    help        Display help\\n' ;;
  completion) printf 'generate\\nvalidate\\nhelp\\n' ;;
  validate) exit "\${FAKE_JAVA_VALIDATE_EXIT:-0}" ;;
  generate) exit "\${FAKE_JAVA_GENERATE_EXIT:-0}" ;;
esac
`;

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Sandbox {
  root: string;
  /** A PATH folder holding the fake java. */
  javaBin: string;
  /** A PATH folder with no java in it. */
  emptyBin: string;
  log: string;
  envLog: string;
  marker: string;
  jar: string;
}

/** A repository root with openapitools.json (as the repo's, or `config`) and the bundled spec; no JAR unless `withJar`. */
function sandbox(options: { withJar?: boolean; config?: object } = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'cometchat-openapi-generator-'));
  temps.push(dir);
  const root = join(dir, 'repo');
  mkdirSync(join(root, 'packages/spec'), { recursive: true });
  cpSync(join(REPO, 'packages/spec/openapi.json'), join(root, 'packages/spec/openapi.json'));
  if (options.config) writeFileSync(join(root, 'openapitools.json'), `${JSON.stringify(options.config, null, 2)}\n`);
  else cpSync(join(REPO, 'openapitools.json'), join(root, 'openapitools.json'));
  const javaBin = join(dir, 'bin');
  const emptyBin = join(dir, 'empty-bin');
  mkdirSync(javaBin);
  mkdirSync(emptyBin);
  writeFileSync(join(javaBin, 'java'), FAKE_JAVA);
  chmodSync(join(javaBin, 'java'), 0o755);
  const box: Sandbox = {
    root,
    javaBin,
    emptyBin,
    log: join(dir, 'java-calls.log'),
    envLog: join(dir, 'java-env.log'),
    marker: join(dir, 'java-ran'),
    jar: join(root, 'tools/openapi-generator/7.23.0.jar'),
  };
  if (options.withJar) putJar(box.jar);
  return box;
}

function putJar(path: string): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, 'not a real jar: the test never lets a real java open it\n');
}

function run(box: Sandbox, { path, env = {}, args = [] }: { path: string; env?: Record<string, string>; args?: string[] }) {
  const result = spawnSync(process.execPath, [TSX, SCRIPT, '--root', box.root, ...args], {
    cwd: box.root,
    encoding: 'utf8',
    env: {
      HOME: process.env.HOME ?? tmpdir(),
      PATH: path,
      FAKE_JAVA_LOG: box.log,
      FAKE_JAVA_ENV_LOG: box.envLog,
      FAKE_JAVA_MARKER: box.marker,
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fake java's calls, each as its argument list. */
function javaCalls(box: Sandbox): string[][] {
  if (!existsSync(box.log)) return [];
  return readFileSync(box.log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.replace(/\t$/, '').split('\t'));
}

/** The calls other than the wrapper's `help`/`completion` probes. */
function javaWork(box: Sandbox): string[][] {
  return javaCalls(box).filter((call) => !['help', 'completion'].includes(call[2]!));
}

describe('without a JAR or without java', () => {
  it('no JAR: prints one line naming the JAR path and its Maven URL, exits 0, never runs java', () => {
    const box = sandbox();
    const result = run(box, { path: box.javaBin });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^openapi-generator: skipped, /);
    expect(lines[0]).toContain('no OpenAPI Generator 7.23.0 JAR at tools/openapi-generator/7.23.0.jar');
    expect(lines[0]).toContain(MAVEN_723);
    expect(lines[0]).not.toContain('java` on PATH');
    expect(existsSync(box.marker)).toBe(false);
  });

  it('no java: prints one line saying so, exits 0', () => {
    const box = sandbox({ withJar: true });
    const result = run(box, { path: box.emptyBin });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'openapi-generator: skipped, no `java` on PATH (install a Java 11+ runtime, e.g. apt-get install -y default-jre-headless).',
    ]);
  });

  it('neither: names both in the one line', () => {
    const box = sandbox();
    const result = run(box, { path: box.emptyBin });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('no `java` on PATH');
    expect(lines[0]).toContain('; and no OpenAPI Generator 7.23.0 JAR');
  });

  it('takes the version and storageDir from openapitools.json', () => {
    const box = sandbox({ config: { spaces: 2, 'generator-cli': { version: '7.99.1', storageDir: './elsewhere/jars' } } });
    const result = run(box, { path: box.javaBin });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('JAR at elsewhere/jars/7.99.1.jar');
    expect(result.stdout).toContain('/7.99.1/openapi-generator-cli-7.99.1.jar');
  });
});

describe('with java and a JAR (both fake)', () => {
  it('runs validate then generate through the npm wrapper with the JAR, and does not claim what java did not do', () => {
    const box = sandbox({ withJar: true });
    // Left over from an earlier run: must not count as this run's output.
    mkdirSync(join(box.root, 'generated-openapi-generator/typescript-fetch'), { recursive: true });
    writeFileSync(join(box.root, 'generated-openapi-generator/typescript-fetch/stale.ts'), '// old\n');
    const configBefore = readFileSync(join(box.root, 'openapitools.json'), 'utf8');

    const result = run(box, { path: box.javaBin });

    expect(existsSync(box.marker)).toBe(true);
    // Every call runs the configured JAR, through `java -jar`.
    for (const call of javaCalls(box)) expect(call.slice(0, 2)).toEqual(['-jar', box.jar]);
    expect(javaWork(box)).toEqual([
      ['-jar', box.jar, 'validate', '-i', 'packages/spec/openapi.json'],
      ['-jar', box.jar, 'generate', '-i', 'packages/spec/openapi.json', '-g', 'typescript-fetch', '-o', 'generated-openapi-generator/typescript-fetch'],
    ]);
    // No version query to Sonatype: the wrapper ran with the search URL set to DEFAULT.
    expect(new Set(readFileSync(box.envLog, 'utf8').trim().split('\n'))).toEqual(new Set(['DEFAULT']));
    // java exited 0 but wrote nothing: that is a failure, not a success.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('java exited 0 but wrote nothing to generated-openapi-generator/typescript-fetch/');
    expect(result.stdout).not.toMatch(/files in generated-openapi-generator/);
    // The stale file was cleared before generating, and the fake java wrote nothing in its place.
    const output = join(box.root, 'generated-openapi-generator/typescript-fetch');
    expect(existsSync(output) ? readdirSync(output, { recursive: true }) : []).toEqual([]);
    // The wrapper left the config alone (it rewrites it when it picks a version itself).
    expect(readFileSync(join(box.root, 'openapitools.json'), 'utf8')).toBe(configBefore);
  });

  it('stops after a failed validate, passing on java\'s exit code', () => {
    const box = sandbox({ withJar: true });
    const result = run(box, { path: box.javaBin, env: { FAKE_JAVA_VALIDATE_EXIT: '4' } });
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('validate exited 4; not generating.');
    expect(javaWork(box).map((call) => call[2])).toEqual(['validate']);
  });

  it('passes on a failed generate\'s exit code', () => {
    const box = sandbox({ withJar: true });
    const result = run(box, { path: box.javaBin, env: { FAKE_JAVA_GENERATE_EXIT: '3' } });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('generate exited 3.');
    expect(javaWork(box).map((call) => call[2])).toEqual(['validate', 'generate']);
  });

  it('--generator picks another generator and output folder', () => {
    const box = sandbox({ withJar: true });
    run(box, { path: box.javaBin, args: ['--generator', 'typescript-axios'] });
    expect(javaWork(box)[1]).toEqual([
      '-jar', box.jar, 'generate', '-i', 'packages/spec/openapi.json', '-g', 'typescript-axios', '-o', 'generated-openapi-generator/typescript-axios',
    ]);
    const bad = run(box, { path: box.javaBin, args: ['--generator', 'x; rm -rf /'] });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--generator must be a generator name');
  });
});

describe('the repository', () => {
  it('pins 7.23.0 in tools/openapi-generator and ignores the JAR folder and the output', () => {
    const config = JSON.parse(readFileSync(join(REPO, 'openapitools.json'), 'utf8'));
    expect(config['generator-cli']).toEqual({ version: '7.23.0', storageDir: './tools/openapi-generator' });
    const ignored = readFileSync(join(REPO, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['/tools/', '/generated-openapi-generator/']));
  });
});
