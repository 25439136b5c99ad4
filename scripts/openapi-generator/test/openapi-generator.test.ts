// The OpenAPI Generator scripts (scripts/openapi-generator/): the config and checksum rules, what
// happens without java or the JAR (fail in CI, one "skipped" line elsewhere), installing the JAR
// through a stand-in `mvn`, and, with the real java and JAR, validate and generate on the real spec.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GeneratorConfigError, readGeneratorConfig } from '../config.ts';
import { sha256OfFile } from '../tools.ts';
import { parseValidateOutput } from '../validate-output.ts';
import { cleanUp, fakeCommand, REPO, REPO_CONFIG, realToolsHere, runScript, sandbox } from './helpers.ts';

afterEach(cleanUp);

describe('config', () => {
  it('pins the version and storageDir in openapitools.json, with a committed SHA-256, and ignores the JAR and the output', () => {
    const config = JSON.parse(readFileSync(join(REPO, 'openapitools.json'), 'utf8'));
    expect(config['generator-cli']).toEqual({ version: '7.23.0', storageDir: './tools/openapi-generator' });
    expect(REPO_CONFIG.jar).toBe(join(REPO, 'tools/openapi-generator/7.23.0.jar'));
    expect(REPO_CONFIG.sha256).toMatch(/^[0-9a-f]{64}$/);
    const ignored = readFileSync(join(REPO, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['/tools/', '/generated-openapi-generator/']));
  });

  it('refuses a version without a committed checksum, naming it', () => {
    const box = sandbox({ version: '7.99.1' });
    expect(() => readGeneratorConfig(box.root)).toThrow(GeneratorConfigError);
    expect(() => readGeneratorConfig(box.root)).toThrow(/no SHA-256 for OpenAPI Generator 7\.99\.1/);
  });

  it('refuses an openapitools.json without version or storageDir', () => {
    const box = sandbox();
    writeFileSync(join(box.root, 'openapitools.json'), JSON.stringify({ 'generator-cli': { version: '7.23.0' } }));
    expect(() => readGeneratorConfig(box.root)).toThrow(/must set generator-cli\.version \(x\.y\.z\) and generator-cli\.storageDir/);
  });
});

describe('validate output', () => {
  it('reads errors and warnings', () => {
    const output = 'Validating spec (x.yaml)\nErrors:\n\t- attribute info.version is missing\n\n[error] Spec has 1 errors.\n';
    expect(parseValidateOutput(output)).toEqual({ errors: ['attribute info.version is missing'], warnings: [], clean: false });
    const warned = 'Validating spec (x.yaml)\nWarnings: \n\t- Unused model: Bad\n\t- Unused model: Unused\n\n[info] Spec has 2 recommendation(s).\n';
    expect(parseValidateOutput(warned)).toEqual({ errors: [], warnings: ['Unused model: Bad', 'Unused model: Unused'], clean: false });
    expect(parseValidateOutput('Validating spec (x)\nNo validation issues detected.\n')).toEqual({ errors: [], warnings: [], clean: true });
  });
});

describe('without java or the JAR', () => {
  const noJava = (box: ReturnType<typeof sandbox>) => fakeCommand(box, 'true', 'exit 0');

  it.each(['validate.ts', 'generate.ts'])('%s on a contributor machine: one "skipped" line naming what is missing, exit 0', (script) => {
    const box = sandbox();
    const result = runScript(script, box, { env: { PATH: noJava(box) } });
    expect([result.status, result.stderr]).toEqual([0, '']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^openapi-generator: skipped, no `java` on PATH .*; and no OpenAPI Generator 7\.23\.0 JAR at tools\/openapi-generator\/7\.23\.0\.jar \(run `pnpm openapi-generator:install`/);
  });

  it.each(['validate.ts', 'generate.ts'])('%s in CI: fails loudly', (script) => {
    const box = sandbox();
    const result = runScript(script, box, { env: { PATH: noJava(box), CI: 'true' } });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^openapi-generator: cannot (validate the spec|generate typescript-fetch): no `java` on PATH/);
  });

  it('a JAR with the wrong checksum counts as missing', () => {
    const box = sandbox();
    mkdirSync(dirname(box.jar), { recursive: true });
    writeFileSync(box.jar, 'not the generator\n');
    const result = runScript('validate.ts', box, { env: { CI: 'true' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`the JAR at tools/openapi-generator/7.23.0.jar has SHA-256 `);
    expect(result.stderr).toContain(`not the committed ${REPO_CONFIG.sha256}`);
  });
});

describe('install-jar.ts, with a stand-in mvn', () => {
  // The stand-in logs its arguments and writes into -DoutputDirectory whatever FAKE_MVN_SOURCE is.
  const MVN = `printf '%s\\n' "$@" > "$FAKE_MVN_LOG"
for arg in "$@"; do case "$arg" in -DoutputDirectory=*) out="\${arg#-DoutputDirectory=}" ;; esac; done
cp "$FAKE_MVN_SOURCE" "$out/openapi-generator-cli-7.23.0.jar"`;

  it('refuses a download whose SHA-256 differs, and installs nothing', () => {
    const box = sandbox();
    const bogus = join(box.dir, 'bogus.jar');
    writeFileSync(bogus, 'tampered\n');
    const result = runScript('install-jar.ts', box, { env: { PATH: `${fakeCommand(box, 'mvn', MVN)}:${process.env.PATH}`, FAKE_MVN_SOURCE: bogus, FAKE_MVN_LOG: join(box.dir, 'mvn.log') } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the JAR Maven fetched has SHA-256 [0-9a-f]{64}, not the committed [0-9a-f]{64}: not installing it/);
    expect(existsSync(box.jar)).toBe(false);
    expect(readdirSync(dirname(box.jar))).toEqual([]); // the staging folder is gone too
    expect(readFileSync(join(box.dir, 'mvn.log'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['dependency:copy', '-Dartifact=org.openapitools:openapi-generator-cli:7.23.0:jar']),
    );
  });

  it.skipIf(!realToolsHere && !process.env.CI)('installs a download with the committed SHA-256, then leaves it alone', () => {
    const box = sandbox();
    const env = { PATH: `${fakeCommand(box, 'mvn', MVN)}:${process.env.PATH}`, FAKE_MVN_SOURCE: REPO_CONFIG.jar, FAKE_MVN_LOG: join(box.dir, 'mvn.log') };
    const first = runScript('install-jar.ts', box, { env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('installed OpenAPI Generator 7.23.0 at tools/openapi-generator/7.23.0.jar (SHA-256 verified)');
    expect(readdirSync(dirname(box.jar))).toEqual(['7.23.0.jar']);
    const second = runScript('install-jar.ts', box, { env: { ...env, FAKE_MVN_SOURCE: '/nonexistent' } });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('nothing to do');
  });

  it('without mvn: fails naming Maven', () => {
    const box = sandbox();
    const result = runScript('install-jar.ts', box, { env: { PATH: fakeCommand(box, 'true', 'exit 0') } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no `mvn` on PATH');
  });
});

// The real generator: CI installs it before the tests, so there these never skip. Each run starts the
// JVM three times (the npm wrapper probes `help` and `completion` first): 3 s alone, over 30 s while
// `pnpm test` keeps both cores busy.
describe.skipIf(!realToolsHere && !process.env.CI)('with the real java and JAR', { timeout: 180_000 }, () => {
  const real = () => sandbox({ storageDir: dirname(REPO_CONFIG.jar) });

  it('validate: the bundled spec has 0 errors and 0 warnings', () => {
    const result = runScript('validate.ts', real(), { env: { CI: 'true' } });
    expect(result.stdout.trim()).toBe('openapi-generator 7.23.0 validate packages/spec/openapi.json: 0 errors, 0 warnings');
    expect(result.status).toBe(0);
  });

  it('validate: a warning fails the run and is printed', () => {
    const box = real();
    const spec = JSON.parse(readFileSync(join(box.root, 'packages/spec/openapi.json'), 'utf8'));
    spec.components.schemas.NeverUsed = { type: 'object', description: 'referenced by nothing' };
    writeFileSync(join(box.root, 'packages/spec/openapi.json'), JSON.stringify(spec));
    const result = runScript('validate.ts', box, { env: { CI: 'true' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('openapi-generator validate: warning: Unused model: NeverUsed');
    expect(result.stderr).toContain('0 errors, 1 warnings');
  });

  it('validate: an error fails the run and is printed', () => {
    const box = real();
    const spec = JSON.parse(readFileSync(join(box.root, 'packages/spec/openapi.json'), 'utf8'));
    delete spec.info.version;
    writeFileSync(join(box.root, 'packages/spec/openapi.json'), JSON.stringify(spec));
    const result = runScript('validate.ts', box, { env: { CI: 'true' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('openapi-generator validate: error: attribute info.version is missing');
  });

  it('generate: writes the typescript-fetch client, replacing an earlier output', () => {
    const box = real();
    const out = join(box.root, 'generated-openapi-generator/typescript-fetch');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'stale.ts'), '// old\n');
    const result = runScript('generate.ts', box);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/validate and generate exited 0; \d+ files in generated-openapi-generator\/typescript-fetch\//);
    expect(existsSync(join(out, 'stale.ts'))).toBe(false);
    expect(readFileSync(join(out, 'apis/ConversationsApi.ts'), 'utf8')).toContain('async getUserConversation(');
  });

  it('generate: refuses arguments the wrapper would pass to a shell', () => {
    const box = real();
    expect(runScript('generate.ts', box, { args: ['--generator', 'x; rm -rf /'] }).stderr).toContain('--generator must be a generator name');
    expect(runScript('generate.ts', box, { args: ['--output', '../outside'] }).stderr).toContain('--output must be a plain path inside the repository');
  });
});

it('the installed JAR is the pinned one (CI installs it before the tests)', async () => {
  if (!existsSync(REPO_CONFIG.jar)) {
    expect(process.env.CI, `no JAR at ${REPO_CONFIG.jar}`).toBeFalsy();
    return;
  }
  expect(await sha256OfFile(REPO_CONFIG.jar)).toBe(REPO_CONFIG.sha256);
});
