// What each publishable package ships, as `pnpm pack` (and so `pnpm publish`) makes its tarball from
// the work tree: exactly the expected files (no src, tests, maps, .turbo or config, but for the
// client's source maps and the src/ they point at), code whose
// relative imports and package.json targets all resolve inside the tarball, and a manifest with
// `workspace:`/`catalog:` resolved to the versions released together. Needs the packages built
// (turbo runs `^build` first).
import { describe, expect, it } from 'vitest';
import { PUBLISHABLE, compareFiles, expectedFiles, packWorkspacePackage, packageName, problemsOf, workspaceVersions } from '../lib/packed.ts';

describe.each(PUBLISHABLE)('%s: the packed tarball', (pkg) => {
  it('holds exactly the expected files, and keeps every packaging rule', async () => {
    const tarball = await packWorkspacePackage(pkg);
    console.log(`${packageName(pkg)}@${tarball.manifest.version} ships ${tarball.files.length} files:\n  ${tarball.files.join('\n  ')}`);
    expect(compareFiles(tarball.files, expectedFiles(pkg, tarball))).toEqual({ missing: [], unexpected: [] });
    expect(problemsOf(pkg, tarball, workspaceVersions())).toEqual([]);
  });
});

describe('the rules themselves', () => {
  // The checks above must be able to fail: feed them a tarball that breaks each rule.
  const bad = {
    files: ['README.md', 'dist/index.cjs', 'dist/index.d.cts', 'dist/index.d.mts', 'dist/index.mjs', 'dist/index.mjs.map', 'package.json', 'src/index.ts', '.turbo/turbo-build.log'],
    manifest: {
      name: '@cometchat-rest/models',
      version: '1.0.0',
      publishConfig: { access: 'public' },
      exports: { '.': { import: './dist/index.mjs', require: './dist/missing.cjs' } },
      dependencies: { '@cometchat-rest/models': 'workspace:*', 'openapi-fetch': 'catalog:' },
    },
    read: (path: string) =>
      path === 'dist/index.mjs'
        ? 'import { x } from "./chunk-gone.mjs";\n//# sourceMappingURL=index.mjs.map'
        : path === 'dist/index.d.mts'
          ? 'import { A } from "./index.mjs";\nimport { B } from "./types-gone.mjs";'
          : '',
  };

  it('flags unexpected and missing files', () => {
    const { missing, unexpected } = compareFiles(bad.files.filter((f) => f !== 'dist/index.d.cts'), expectedFiles('models', bad));
    expect(missing).toEqual(['LICENSE (/^LICENSE(\\.md|\\.txt)?$/): 0 files, expected 1..1', 'dist/index.d.cts']);
    expect(unexpected).toEqual(['dist/index.mjs.map', 'src/index.ts', '.turbo/turbo-build.log']);
  });

  it('flags maps, sources, dangling imports and targets, and unresolved workspace ranges', () => {
    const problems = problemsOf('models', bad, { '@cometchat-rest/models': '1.0.0' });
    // `./index.mjs` from a .d.mts is `./index.d.mts`, which is there.
    expect(problems.filter((p) => p.includes('./index.mjs'))).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'dist/index.mjs.map: a source map',
        'src/index.ts: a source, test or tooling folder',
        'src/index.ts: TypeScript source (only .d.ts/.d.mts/.d.cts ship)',
        '.turbo/turbo-build.log: a source, test or tooling folder',
        'dist/index.mjs: has a sourceMappingURL comment',
        'dist/index.mjs: imports ./chunk-gone.mjs, which is not in the package',
        'dist/index.d.mts: imports ./types-gone.mjs, which is not in the package',
        'package.json: points at ./dist/missing.cjs, which is not in the package',
        'package.json: dependencies.@cometchat-rest/models is still workspace:*',
        'package.json: dependencies.openapi-fetch is still catalog:',
      ]),
    );
  });

  it('for the client, which ships its maps: flags a code file without its map, and a map whose source is not shipped', () => {
    const files = ['LICENSE', 'README.md', 'package.json', 'src/index.ts', ...['index.mjs', 'index.cjs', 'index.d.mts', 'index.d.cts'].flatMap((f) => [`dist/${f}`, `dist/${f}.map`])];
    const read = (path: string) =>
      path === 'dist/index.mjs.map' ? JSON.stringify({ sources: ['../src/index.ts', '../src/core/gone.ts'] })
      : path.endsWith('.map') ? JSON.stringify({ sources: ['../src/index.ts'] })
      : path === 'dist/index.cjs' ? 'module.exports = {};'
      : path.startsWith('dist/') ? `export {};\n//# sourceMappingURL=${path.slice('dist/'.length)}.map`
      : '';
    const tarball = { files, manifest: { name: '@cometchat-rest/client', publishConfig: { access: 'public' } }, read };
    expect(compareFiles(files, expectedFiles('client', tarball))).toEqual({ missing: [], unexpected: [] });
    const problems = problemsOf('client', tarball, {});
    expect(problems).toContain('dist/index.mjs.map: its source ../src/core/gone.ts is not in the package');
    expect(problems).toContain('dist/index.cjs: has no sourceMappingURL to a shipped map');
    expect(problems.filter((p) => p.includes('a source map') || p.includes('src/index.ts'))).toEqual([]);
  });
});
