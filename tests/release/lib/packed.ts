// What each publishable package ships: its tarball, exactly as `pnpm pack` (and so `pnpm publish`)
// makes it, and the rules its contents must keep. Used on the work tree (pack.test.ts) and on the
// tarballs the release test fetches back from the registry.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, run } from './proc.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The publishable packages, by folder under packages/. */
export const PUBLISHABLE = ['spec', 'models', 'client', 'mock'] as const;
export type Publishable = (typeof PUBLISHABLE)[number];
export const packageName = (pkg: Publishable) => `@cometchat-rest/${pkg}`;

export interface Tarball {
  /** Paths inside the package, sorted (`package/` stripped). */
  files: string[];
  /** package.json as it is inside the tarball (workspace: and catalog: resolved). */
  manifest: Record<string, any>;
  read(path: string): string;
}

/** Lists and reads a .tgz (extracted into a temporary folder, removed before returning). */
export async function readTarball(tgz: string): Promise<Tarball> {
  const dir = mkdtempSync(join(tmpdir(), 'cometchat-tgz-'));
  try {
    await run('tar', ['-xzf', tgz, '-C', dir], { cwd: dir, env: cleanEnv(), timeoutMs: 30_000 });
    const root = join(dir, 'package');
    const files: string[] = [];
    const walk = (at: string) => {
      for (const entry of readdirSync(at)) {
        const full = join(at, entry);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(relative(root, full).split(/[\\/]/).join('/'));
      }
    };
    walk(root);
    files.sort();
    const contents = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
    return { files, manifest: JSON.parse(contents.get('package.json') ?? '{}'), read: (path) => contents.get(path) ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pnpm pack` of one package of the work tree. */
export async function packWorkspacePackage(pkg: Publishable, root = REPO_ROOT): Promise<Tarball> {
  const out = mkdtempSync(join(tmpdir(), 'cometchat-pack-'));
  try {
    const result = await run('pnpm', ['pack', '--json', '--pack-destination', out], { cwd: join(root, 'packages', pkg), env: cleanEnv(), timeoutMs: 60_000 });
    const { filename } = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { filename: string };
    return await readTarball(filename);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** One expected file: a path, or a pattern with how many files may match it. */
type Expectation = string | { pattern: RegExp; min: number; max: number; what: string };
const exactlyOne = (pattern: RegExp, what: string): Expectation => ({ pattern, min: 1, max: 1, what });

/** Every package ships its MIT LICENSE. */
const LICENSE = exactlyOne(/^LICENSE(\.md|\.txt)?$/, 'LICENSE');
const dualBuild = (entry: string) => [`dist/${entry}.mjs`, `dist/${entry}.cjs`, `dist/${entry}.d.mts`, `dist/${entry}.d.cts`];

/**
 * The packages that ship source maps and declaration maps, with the `src/` they point at, so stack
 * traces and go-to-definition land in real source (issue 9, item 17).
 */
export const SHIPS_SOURCE_MAPS: readonly Publishable[] = ['client'];
const withMaps = (files: string[]) => files.flatMap((file) => [file, `${file}.map`]);

/** Exactly what each package ships. `spec` needs its tarball: one JSON Schema per component schema of the bundled spec. */
export function expectedFiles(pkg: Publishable, tarball: Tarball): Expectation[] {
  const common: Expectation[] = ['package.json', 'README.md', LICENSE];
  switch (pkg) {
    case 'spec': {
      const schemas = Object.keys(JSON.parse(tarball.read('openapi.json') || '{}').components?.schemas ?? {});
      return [...common, 'index.js', 'index.d.ts', 'openapi.json', 'openapi.yaml', 'operation-model.json', 'operation-model.d.ts', ...schemas.map((name) => `schemas/${name}.json`)];
    }
    case 'models':
      return [...common, ...dualBuild('index')];
    case 'client':
      return [...common, ...withMaps(dualBuild('index')), { pattern: /^src\/.+\.ts$/, min: 1, max: Infinity, what: 'the sources the maps point at' }];
    case 'mock':
      return [
        ...common,
        ...dualBuild('index'),
        ...dualBuild('msw'),
        // The edge entry, `@cometchat-rest/mock/app`: a bundle of its own (no shared chunk).
        ...dualBuild('app'),
        'dist/cli.mjs',
        // tsdown's shared chunk (the Hono app), one per format, named by content hash.
        exactlyOne(/^dist\/app-[\w-]+\.mjs$/, 'the ESM app chunk'),
        exactlyOne(/^dist\/app-[\w-]+\.cjs$/, 'the CJS app chunk'),
        exactlyOne(/^dist\/app-[\w-]+\.d\.mts$/, 'the ESM app chunk types'),
        exactlyOne(/^dist\/app-[\w-]+\.d\.cts$/, 'the CJS app chunk types'),
      ];
  }
}

/** Files matched against the expectations: what is missing, what is there but not expected. */
export function compareFiles(files: readonly string[], expected: readonly Expectation[]): { missing: string[]; unexpected: string[] } {
  const claimed = new Set<string>();
  const missing: string[] = [];
  for (const e of expected) {
    if (typeof e === 'string') {
      if (files.includes(e)) claimed.add(e);
      else missing.push(e);
      continue;
    }
    const hits = files.filter((f) => e.pattern.test(f));
    hits.forEach((f) => claimed.add(f));
    if (hits.length < e.min || hits.length > e.max) missing.push(`${e.what} (${e.pattern}): ${hits.length} files, expected ${e.min}..${e.max}`);
  }
  return { missing, unexpected: files.filter((f) => !claimed.has(f)) };
}

const CODE = /\.(m|c)?js$|\.d\.(m|c)?ts$/;
const FORBIDDEN: [RegExp, string][] = [
  [/(^|\/)(src|test|tests|__tests__|bench|coverage|node_modules|\.turbo|\.changeset)\//, 'a source, test or tooling folder'],
  [/\.map$/, 'a source map'],
  [/\.tsbuildinfo$/, 'a TypeScript build-info file'],
  [/\.(test|spec|bench)\.[cm]?[jt]s$/, 'a test file'],
  [/(?<!\.d)\.[cm]?ts$/, 'TypeScript source (only .d.ts/.d.mts/.d.cts ship)'],
  [/(^|\/)(tsconfig[^/]*\.json|tsdown\.config\.[cm]?[jt]s|vitest\.config\.[cm]?[jt]s|turbo\.json|\.npmrc|\.gitignore|\.DS_Store)$/, 'a config file'],
  [/\.tgz$/, 'a tarball'],
];

/** Every target a manifest points at: main, module, types, bin, exports and typesVersions leaves. */
function manifestTargets(manifest: Record<string, any>): string[] {
  const targets: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') targets.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const field of ['main', 'module', 'types', 'typings', 'browser', 'bin', 'exports']) collect(manifest[field]);
  collect(manifest.typesVersions);
  return targets.filter((t) => t.startsWith('./') || !t.includes(':'));
}

const DEP_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'] as const;

/** A package that ships maps: its `src/*.ts` (not tests) and `dist/*.map` are expected, not forbidden. */
const mappedFile = (pkg: Publishable, file: string) => SHIPS_SOURCE_MAPS.includes(pkg) && (/^src\/.+\.ts$/.test(file) || /^dist\/[^/]+\.map$/.test(file)) && !/\.(test|spec|bench)\.ts$/.test(file);

/** The problems of a map-shipping package's maps: every code file points at its map, every map's sources are shipped. */
function mapProblems(tarball: Tarball, have: Set<string>): string[] {
  const problems: string[] = [];
  for (const file of tarball.files.filter((f) => CODE.test(f) && f.startsWith('dist/'))) {
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(tarball.read(file))?.[1];
    const map = url && posix.join(posix.dirname(file), url);
    if (!map || !have.has(map)) {
      problems.push(`${file}: has no sourceMappingURL to a shipped map`);
      continue;
    }
    const { sources = [] } = JSON.parse(tarball.read(map) || '{}') as { sources?: string[] };
    if (sources.length === 0) problems.push(`${map}: names no sources`);
    for (const source of sources) {
      const path = posix.normalize(posix.join(posix.dirname(map), source));
      if (!have.has(path)) problems.push(`${map}: its source ${source} is not in the package`);
    }
  }
  return problems;
}

/**
 * Every rule a shipped package keeps, as a list of problems (empty when it is fine):
 * no source, tests, maps or config (a package of SHIPS_SOURCE_MAPS ships its maps and the `src/`
 * they point at, and every map must resolve); no `sourceMappingURL` elsewhere; every relative import of the shipped
 * code and types, and every target of package.json, resolves to a shipped file; no `workspace:` or
 * `catalog:` left; internal dependencies a caret range of the versions released with it (`workspace:^`),
 * so a consumer who also installs a newer compatible spec or models gets one copy, not two.
 */
export function problemsOf(pkg: Publishable, tarball: Tarball, internalVersions: Record<string, string>): string[] {
  const problems: string[] = [];
  const have = new Set(tarball.files);
  const mapped = SHIPS_SOURCE_MAPS.includes(pkg);
  if (mapped) problems.push(...mapProblems(tarball, have));
  for (const file of tarball.files) {
    if (!mappedFile(pkg, file)) for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) problems.push(`${file}: ${what}`);
    if (!CODE.test(file)) continue;
    const text = tarball.read(file);
    if (!mapped && /[#@]\s*sourceMappingURL=/.test(text)) problems.push(`${file}: has a sourceMappingURL comment`);
    const specifiers = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm);
    for (const [, specifier] of specifiers) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier!));
      // In a declaration file TypeScript reads `./x.mjs` as `./x.d.mts` (`.cjs` → `.d.cts`, `.js` → `.d.ts`).
      const declaration = /\.d\.[cm]?ts$/.test(file) ? target.replace(/\.(m|c)?js$/, '.d.$1ts') : undefined;
      if (!have.has(target) && !(declaration && have.has(declaration))) problems.push(`${file}: imports ${specifier}, which is not in the package`);
    }
  }
  const { manifest } = tarball;
  if (manifest.name !== packageName(pkg)) problems.push(`package.json: name is ${manifest.name}`);
  if (manifest.private === true) problems.push('package.json: private');
  if (manifest.publishConfig?.access !== 'public') problems.push('package.json: publishConfig.access is not public');
  for (const target of manifestTargets(manifest)) {
    const path = posix.normalize(target.replace(/^\.\//, ''));
    const ok = path.includes('*') ? tarball.files.some((f) => new RegExp(`^${path.split('*').map(escape).join('[^/]+')}$`).test(f)) : have.has(path);
    if (!ok) problems.push(`package.json: points at ${target}, which is not in the package`);
  }
  for (const field of DEP_FIELDS) {
    for (const [dep, range] of Object.entries<string>(manifest[field] ?? {})) {
      if (/^(workspace|catalog):/.test(range)) problems.push(`package.json: ${field}.${dep} is still ${range}`);
      if (field !== 'devDependencies' && dep in internalVersions && range !== `^${internalVersions[dep]}`) {
        problems.push(`package.json: ${field}.${dep} is ${range}, expected ^${internalVersions[dep]} (the released version)`);
      }
    }
  }
  return problems;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The versions in the work tree's (or a copy's) package.json files, by package name. */
export function workspaceVersions(root = REPO_ROOT): Record<string, string> {
  return Object.fromEntries(
    PUBLISHABLE.map((pkg) => {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
      return [manifest.name as string, manifest.version as string];
    }),
  );
}

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
