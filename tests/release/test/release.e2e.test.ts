// A release, end to end, through a real registry, without touching the repository:
//   1. a copy of the work tree (what `git ls-files` would commit) in a temporary folder, installed
//      offline from the pnpm store, made a git repository;
//   2. a changeset (client minor, spec patch), then `changeset version`: the config's groups must
//      move models with client and the mock with the spec;
//   3. `pnpm release` (build, then `changeset publish`) to a throwaway Verdaccio on 127.0.0.1;
//      what the registry holds is checked with the same rules as pack.test.ts; a second publish
//      publishes nothing;
//   4. fresh npm consumers in temporary folders install the released versions from that registry:
//      ESM import and CommonJS require of all four packages, tsc (the repo's TypeScript) with
//      moduleResolution node16 and bundler, and real calls against the mock installed with them
//      (started as a library, and through its CLI).
// Everything it starts is stopped by pid, and its folders are removed, pass or fail.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHABLE, REPO_ROOT, compareFiles, expectedFiles, packageName, problemsOf, readTarball, workspaceVersions, type Publishable } from '../lib/packed.ts';
import { cleanEnv, machineNode, run } from '../lib/proc.ts';
import { ensureVerdaccioInstalled, startVerdaccio, type Verdaccio } from '../lib/verdaccio.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CONSUMERS = join(here, '..', 'consumers');
const KEEP = process.env.RELEASE_TEST_KEEP === '1';

/** What `pnpm release` runs when the root package.json does not define it yet (the lead wires it). */
const PROPOSED_RELEASE = 'turbo run build --filter=./packages/* && changeset publish';
const CHANGESET = `---
"@cometchat-rest/client": minor
"@cometchat-rest/spec": patch
---

Release test: a minor change of the client and a patch of the spec.
`;

const started = Date.now();
/** The whole file, setup included, gets 5 minutes: every command's own limit is cut to what is left. */
const BUDGET_MS = Number(process.env.RELEASE_TEST_BUDGET_MS ?? 300_000);
const limit = (ms: number) => {
  const left = started + BUDGET_MS - Date.now();
  if (left <= 0) throw new Error(`the release test is over its budget of ${BUDGET_MS / 1000} s`);
  return Math.min(ms, left);
};
const timings: [string, number][] = [];
async function timed<T>(label: string, body: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await body();
  } finally {
    timings.push([label, Date.now() - t]);
  }
}

let root: string;
let copy: string;
let registry: Verdaccio | undefined;
let env: NodeJS.ProcessEnv;
let before: Record<string, string>;
let released: Record<string, string>;
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

const bump = (version: string, kind: 'minor' | 'patch') => {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return kind === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
};
const newest = (a: string, b: string) => (a.localeCompare(b, undefined, { numeric: true }) >= 0 ? a : b);
const read = (path: string) => readFileSync(path, 'utf8');
const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop() ?? 'null');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cometchat-release-'));
  copy = join(root, 'repo');
  const installed = await timed('verdaccio: npm ci (first run only)', ensureVerdaccioInstalled);
  console.log(`verdaccio ${installed.version}${installed.installedNow ? ` installed in ${installed.ms} ms` : ' (already installed)'}`);
  registry = await timed('verdaccio: start', () => startVerdaccio(root));
  const userconfig = join(root, 'npmrc');
  // npm refuses to publish without some credential for the registry; Verdaccio lets anonymous
  // publishes of @cometchat-rest/* through, so a placeholder does. It only ever exists for 127.0.0.1.
  writeFileSync(userconfig, `${registry.url.replace(/^http:/, '')}:_authToken=anonymous-publish-placeholder\n`);
  env = cleanEnv({
    npm_config_registry: registry.url,
    'npm_config_@cometchat-rest:registry': registry.url,
    npm_config_userconfig: userconfig,
    npm_config_cache: join(root, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  });
  console.log(`verdaccio on ${registry.url} (pid ${registry.pid}), scratch ${root}`);
}, 300_000);

afterAll(async () => {
  await registry?.stop();
  if (root && !KEEP) rmSync(root, { recursive: true, force: true });
  const total = Date.now() - started;
  console.log(
    `release test timings:\n${timings.map(([label, ms]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${label}`).join('\n')}\n  ${(total / 1000).toFixed(1).padStart(6)} s  total`,
  );
  if (KEEP) console.log(`kept ${root}`);
});

/** A step of the release: skipped, saying why, once an earlier step has failed (each builds on the last). */
let failedStep: string | undefined;
function step(name: string, body: () => Promise<void>, timeout: number) {
  it(
    name,
    async (context) => {
      if (failedStep) context.skip(`an earlier step failed: ${failedStep}`);
      try {
        await body();
      } catch (error) {
        failedStep ??= name;
        throw error;
      }
    },
    timeout,
  );
}

describe.sequential('a release through a local registry', () => {
  step('copies the work tree and installs it from the pnpm store, offline', async () => {
    await timed('copy the work tree', async () => {
      const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, env: cleanEnv(), timeoutMs: limit(30_000) });
      const files = listed.stdout.split('\0').filter((f) => f && existsSync(join(REPO_ROOT, f)));
      for (const file of files) cpSync(join(REPO_ROOT, file), join(copy, file), { dereference: false });
      expect(files).toContain('pnpm-lock.yaml');
    });
    await timed('pnpm install --frozen-lockfile --offline', () => run('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: copy, env, timeoutMs: limit(180_000) }));
    const git = (...args: string[]) => run('git', ['-c', 'user.name=release-test', '-c', 'user.email=release-test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: copy, env, timeoutMs: limit(60_000) });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'work tree');
    before = workspaceVersions(copy);
    expect(Object.keys(before)).toEqual(PUBLISHABLE.map(packageName));
  }, 240_000);

  step('versions with changesets: models move with client, the mock takes a spec patch through its ^ range', async () => {
    // Only this test's changeset, so the versions are predictable.
    const dir = join(copy, '.changeset');
    const pending = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
    if (pending.length > 0) console.log(`set aside the pending changesets of the work tree: ${pending.join(', ')}`);
    pending.forEach((f) => unlinkSync(join(dir, f)));
    writeFileSync(join(dir, 'release-test.md'), CHANGESET);

    await timed('changeset version', () => run('pnpm', ['exec', 'changeset', 'version'], { cwd: copy, env, timeoutMs: limit(60_000) }));
    const group = bump(newest(before['@cometchat-rest/models']!, before['@cometchat-rest/client']!), 'minor');
    const expected = {
      '@cometchat-rest/spec': bump(before['@cometchat-rest/spec']!, 'patch'),
      '@cometchat-rest/models': group, // fixed with client: no changeset of its own, same version
      '@cometchat-rest/client': group,
      // The mock depends on `^spec`: a spec patch is within range, so the mock needs no release of its own.
      '@cometchat-rest/mock': before['@cometchat-rest/mock']!,
    };
    released = workspaceVersions(copy);
    expect(released).toEqual(expected);
    expect(existsSync(join(dir, 'release-test.md'))).toBe(false);

    const changelog = (pkg: Publishable) => read(join(copy, 'packages', pkg, 'CHANGELOG.md'));
    expect(changelog('client')).toContain(`## ${expected['@cometchat-rest/client']}`);
    expect(changelog('client')).toContain('Release test: a minor change of the client and a patch of the spec.');
    expect(changelog('spec')).toContain(`## ${expected['@cometchat-rest/spec']}`);
    expect(changelog('models')).toContain(`## ${expected['@cometchat-rest/models']}`);
    expect(existsSync(join(copy, 'packages/mock/CHANGELOG.md')), 'the mock is not released for a spec patch').toBe(false);
    // The workspace protocol stays in the repo; pnpm turns it into a caret range of the version when it packs.
    expect(JSON.parse(read(join(copy, 'packages/mock/package.json'))).dependencies['@cometchat-rest/spec']).toBe('workspace:^');
    // Nothing else changed: private packages are never versioned, and nothing outside the four packages is touched.
    const changed = (await run('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: copy, env, timeoutMs: limit(30_000) })).stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
      .sort();
    expect(changed).toEqual(
      [...PUBLISHABLE.filter((pkg) => pkg !== 'mock').flatMap((pkg) => [`packages/${pkg}/CHANGELOG.md`, `packages/${pkg}/package.json`]), ...pending.map((f) => `.changeset/${f}`)].sort(),
    );

    await run('git', ['-c', 'user.name=release-test', '-c', 'user.email=release-test@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-qam', 'Version packages'], { cwd: copy, env, timeoutMs: limit(30_000) });
  }, 120_000);

  step('`pnpm release` builds and publishes every public package, and only those', async () => {
    const rootManifestPath = join(copy, 'package.json');
    const rootManifest = JSON.parse(read(rootManifestPath));
    if (!rootManifest.scripts.release) {
      console.log(`root package.json has no "release" script yet: using the proposed one, ${PROPOSED_RELEASE}`);
      rootManifest.scripts.release = PROPOSED_RELEASE;
      writeFileSync(rootManifestPath, `${JSON.stringify(rootManifest, null, 2)}\n`);
    }
    // Belt and braces: the project's .npmrc names the registry too, so nothing else can be reached.
    appendFileSync(join(copy, '.npmrc'), `\nregistry=${registry!.url}\n@cometchat-rest:registry=${registry!.url}\n`);

    const out = await timed('pnpm release (build + changeset publish)', () => run('pnpm', ['run', 'release'], { cwd: copy, env, timeoutMs: limit(240_000) }));
    const log = out.stdout + out.stderr;
    expect(log).toContain('packages published successfully');
    for (const [name, version] of Object.entries(released)) expect(log).toContain(`${name}@${version}`);

    const tags = (await run('git', ['tag', '--list'], { cwd: copy, env, timeoutMs: limit(30_000) })).stdout.split('\n').filter(Boolean).sort();
    expect(tags).toEqual(Object.entries(released).map(([name, version]) => `${name}@${version}`).sort());

    await timed('check what the registry holds', async () => {
      for (const pkg of PUBLISHABLE) {
        const name = packageName(pkg);
        const doc = (await (await fetch(`${registry!.url}${name.replace('/', '%2f')}`)).json()) as any;
        expect(Object.keys(doc.versions), name).toEqual([released[name]]);
        expect(doc['dist-tags'], name).toEqual({ latest: released[name] });
        const tgz = join(root, `${pkg}.tgz`);
        writeFileSync(tgz, Buffer.from(await (await fetch(doc.versions[released[name]!].dist.tarball)).arrayBuffer()));
        const tarball = await readTarball(tgz);
        expect(compareFiles(tarball.files, expectedFiles(pkg, tarball)), name).toEqual({ missing: [], unexpected: [] });
        expect(problemsOf(pkg, tarball, released), name).toEqual([]);
        expect(tarball.manifest.version).toBe(released[name]);
      }
      for (const name of ['@cometchat-rest/examples', '@cometchat-rest/docs', '@cometchat-rest/codegen', '@cometchat-rest/governance', '@cometchat-rest/operation-model', '@cometchat-rest/release-tests']) {
        expect((await fetch(`${registry!.url}${name.replace('/', '%2f')}`)).status, name).toBe(404);
      }
    });
  }, 300_000);

  step('publishing again publishes nothing', async () => {
    const out = await timed('changeset publish (again)', () => run('pnpm', ['exec', 'changeset', 'publish'], { cwd: copy, env, timeoutMs: limit(120_000) }));
    expect(out.stdout + out.stderr).toContain('No unpublished projects to publish');
  }, 150_000);

  /** A fresh npm project that depends on exactly the released versions (plus @types/node for tsc). */
  async function consumer(kind: 'esm' | 'cjs'): Promise<string> {
    const dir = join(root, `consumer-${kind}`);
    cpSync(join(CONSUMERS, kind), dir, { recursive: true });
    const manifest = {
      name: `release-test-consumer-${kind}`,
      private: true,
      type: kind === 'esm' ? 'module' : 'commonjs',
      dependencies: { ...released, '@types/node': '^20.19.0' },
    };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await timed(`${kind} consumer: npm install from the registry`, () =>
      run('npm', ['install', '--no-package-lock', '--registry', registry!.url, '--loglevel=error'], { cwd: dir, env, timeoutMs: limit(180_000) }),
    );
    for (const [name, version] of Object.entries(released)) {
      expect(JSON.parse(read(join(dir, 'node_modules', name, 'package.json'))).version, name).toBe(version);
    }
    return dir;
  }
  const typecheck = (dir: string, project: string) => timed(`tsc -p ${project} (${dir.endsWith('esm') ? 'esm' : 'cjs'})`, () => run(machineNode(), [tsc, '-p', project], { cwd: dir, env, timeoutMs: limit(120_000) }));

  step('an ESM consumer imports all four, type-checks with node16 and bundler, and calls the mock', async () => {
    const dir = await consumer('esm');
    const out = await timed('esm consumer: node smoke.mjs', () => run(machineNode(), ['smoke.mjs'], { cwd: dir, env, timeoutMs: limit(60_000) }));
    const seen = lastJsonLine(out.stdout);
    console.log(`esm consumer saw: ${JSON.stringify(seen)}`);
    expect(seen.versions).toEqual(released);
    for (const [name, file] of Object.entries<string>(seen.resolved)) {
      expect(file.startsWith(join(dir, 'node_modules', name)), name).toBe(true);
      expect(file, name).toMatch(name.endsWith('/spec') ? /\/index\.js$/ : /\/dist\/index\.mjs$/);
    }
    expect(seen.specOpenapi).toBe('3.1.0');
    expect(seen.schemaTitle).toBeTruthy();
    expect(seen.modelsRuntimeExports).toEqual([]);
    expect(seen.pagination).toEqual({ total: 5, count: 2, per_page: 2, current_page: 1, total_pages: 3 });
    expect(seen.ids).toEqual(['group_project-group', 'cometchat-uid-1_user_cometchat-uid-2', 'cometchat-uid-1_user_cometchat-uid-3', 'cometchat-uid-1_user_cometchat-uid-4', 'group_hiking-group']);
    expect(seen.updatedTags).toEqual(['released', 'esm']);
    expect(seen.tagged).toEqual([['group_project-group', ['released', 'esm']]]);
    expect(seen.error).toEqual({ name: 'CometChatNotFoundError', notFound: true, base: true, status: 404, code: 'ERR_GUID_NOT_FOUND' });

    await typecheck(dir, 'tsconfig.node16.json');
    await typecheck(dir, 'tsconfig.bundler.json');
  }, 300_000);

  step('a CommonJS consumer requires all four, type-checks with node16, and calls the mock started by its CLI', async () => {
    const dir = await consumer('cjs');
    const out = await timed('cjs consumer: node smoke.cjs', () => run(machineNode(), ['smoke.cjs'], { cwd: dir, env, timeoutMs: limit(60_000) }));
    const seen = lastJsonLine(out.stdout);
    console.log(`cjs consumer saw: ${JSON.stringify(seen)}`);
    expect(seen.versions).toEqual(released);
    for (const [name, file] of Object.entries<string>(seen.resolved)) {
      expect(file.startsWith(join(dir, 'node_modules', name)), name).toBe(true);
      // The spec package is ESM only (require(esm)); the others have a CommonJS build.
      expect(file, name).toMatch(name.endsWith('/spec') ? /\/index\.js$/ : /\/dist\/index\.cjs$/);
    }
    expect(seen.cliFirstLine).toMatch(/^cometchat-mock listening on http:\/\/127\.0\.0\.1:\d+\/v3$/);
    expect(seen.cliExit).toEqual({ code: 0, signal: null });
    expect(seen.libraryMock).toEqual({ status: 200, total: 5 });
    expect(seen.specOpenapi).toBe('3.1.0');
    expect(seen.bundledOpenapi).toBe('3.1.0');
    expect(seen.modelsRuntimeExports).toEqual([]);
    expect(seen.pagination.total_pages).toBe(3);
    expect(seen.ids).toHaveLength(5);
    expect(seen.updatedTags).toEqual(['released', 'cjs']);
    expect(seen.rereadTags).toEqual(['released', 'cjs']);
    expect(seen.error).toEqual({ name: 'CometChatNotFoundError', notFound: true, base: true, status: 404, code: 'ERR_UID_NOT_FOUND' });

    await typecheck(dir, 'tsconfig.node16.json');
  }, 300_000);
});
