// `pnpm spec:diff` end to end: its two outputs, every kind of side (split, bundled, dereferenced,
// git ref), and the errors bad input gets.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { bundleSpec } from '@cometchat-rest/script-kit/redocly';
import { diffDocuments } from '../src/lib/compare-documents.ts';
import { loadSpecs, parseSource, sourceAtRef, SpecInputError, workTreeSource } from '../src/lib/load-specs.ts';
import { SPEC_DIR, SpecCopies } from './patch-spec.ts';
import { runScript } from './run-script.ts';
import { EDITS, TempRepo } from './temp-repo.ts';

const SPEC = join(SPEC_DIR, 'openapi.yaml');
const copies = new SpecCopies();
let patched: string;
let repo: TempRepo;

beforeAll(async () => {
  patched = copies.create([EDITS.major]);
  repo = new TempRepo();
});
afterAll(() => {
  copies.dispose();
  repo.dispose();
});

describe('pnpm spec:diff <old> <new>', () => {
  it('prints exactly { bump, changes } with --json', async () => {
    const result = runScript('spec-diff', [SPEC, patched, '--json'], copies.root);
    expect(result.status, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['bump', 'changes']);
    expect(output.bump).toBe('major');
    expect(output.changes.map((change: Record<string, unknown>) => Object.keys(change))).toEqual([
      ['severity', 'kind', 'location', 'message'],
      ['severity', 'kind', 'location', 'message'],
    ]);
    expect(output.changes.map((change: { kind: string }) => change.kind)).toEqual(['request-limit-tightened', 'response-limit-tightened']);
  }, 30_000);

  it('prints a Markdown report by default: headline with the bump, then a section per severity', async () => {
    const result = runScript('spec-diff', [SPEC, patched], copies.root);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('## Spec changes: **major**, a major release: it breaks clients');
    expect(lines).toContain('### Breaking changes (major)');
    expect(lines).toContain('### Features (minor)');
    expect(lines).not.toContain('### Fixes (patch)');
    expect(result.stdout).toContain('`Tags`: `maxItems` changed from `25` to `20`');
  }, 30_000);

  it('fails naming a missing file', async () => {
    const result = runScript('spec-diff', [SPEC, join(copies.root, 'nope.yaml')], copies.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nope.yaml: no such file');
  }, 30_000);

  it('fails naming a file that is not a spec', async () => {
    const notSpec = join(copies.root, 'not-a-spec.yaml');
    writeFileSync(notSpec, 'hello: world\n');
    await expect((async () => await loadSpecs([parseSource(SPEC, copies.root), parseSource(notSpec, copies.root)]))()).rejects.toThrow(
      /^not-a-spec\.yaml is not a valid spec; Redocly could not bundle it:\n[\s\S]*Unsupported specification/,
    );
  }, 30_000);

  it('fails with the usage when it is not given two specs', async () => {
    const result = runScript('spec-diff', [SPEC], copies.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('give two specs to compare, or --base <ref>');
    expect(result.stderr).toContain('usage: pnpm spec:diff');
  }, 30_000);
});

describe('sides in any form', () => {
  it('sees no change between the split spec, its bundle and its dereferenced bundle', async () => {
    const bundled = join(copies.root, 'bundled.json');
    writeFileSync(bundled, JSON.stringify(await bundleSpec(SPEC)));
    const dereferenced = join(copies.root, 'dereferenced.yaml');
    writeFileSync(dereferenced, stringify(await bundleSpec(SPEC, { dereference: true })));
    const [split, fromBundle, fromDereferenced] = await loadSpecs([SPEC, bundled, dereferenced].map((file) => parseSource(file, copies.root)));
    expect(diffDocuments(split!, fromBundle!)).toEqual({ bump: 'none', changes: [] });
    expect(diffDocuments(split!, fromDereferenced!)).toEqual({ bump: 'none', changes: [] });
  }, 30_000);

  it('refuses a spec whose $ref points nowhere, saying where', async () => {
    const broken = copies.create([{ file: 'components/schemas/Tags.yaml', set: ['items'], value: { $ref: 'Missing.yaml' } }]);
    await expect((async () => await loadSpecs([parseSource(broken, copies.root)]))()).rejects.toThrow(/is not a valid spec; Redocly could not bundle it:[\s\S]*Missing\.yaml/);
  }, 30_000);
});

describe('git refs', () => {
  it('compares spec/ of a ref with the work tree (--base), leaving the index alone', async () => {
    repo.editSpec(EDITS.major);
    try {
      const result = runScript('spec-diff', ['--base', 'HEAD', '--json'], repo.dir);
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).bump).toBe('major');
      expect(repo.git('status', '--porcelain')).toBe(' M spec/components/schemas/Tags.yaml\n');
    } finally {
      repo.git('checkout', '--', 'spec');
    }
  }, 30_000);

  it('takes a ref, ref:path or a file for each side', async () => {
    repo.editSpec(EDITS.minor);
    repo.commit('deprecate withTags');
    try {
      const older = parseSource('HEAD~1', repo.dir);
      expect(older.label).toBe('spec/openapi.yaml@HEAD~1');
      const newer = parseSource('HEAD:spec/openapi.yaml', repo.dir);
      expect(newer.label).toBe('spec/openapi.yaml@HEAD');
      const [a, b, c] = await loadSpecs([older, newer, workTreeSource(repo.dir)]);
      expect(diffDocuments(a!, b!).bump).toBe('minor');
      expect(diffDocuments(b!, c!).bump).toBe('none');
    } finally {
      repo.git('reset', '-q', '--hard', 'HEAD~1');
    }
  }, 30_000);

  it('names an unknown ref, and a spec a ref does not have', async () => {
    expect(() => parseSource('no-such-branch', repo.dir)).toThrow(new SpecInputError(`no-such-branch: no such file, and "no-such-branch" is not a git ref (branch, tag or commit) of ${repo.dir}`));
    expect(() => sourceAtRef('HEAD', repo.dir, 'spec/missing.yaml')).toThrow(/spec\/missing\.yaml does not exist at HEAD/);
    const result = runScript('spec-diff', ['--base', 'no-such-branch'], repo.dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"no-such-branch" is not a git ref');
  }, 30_000);

  it('reads the files of a ref, not of the work tree', async () => {
    repo.editSpec(EDITS.major);
    try {
      const [atHead, workTree] = await loadSpecs([parseSource('HEAD', repo.dir), workTreeSource(repo.dir)]);
      const maxItems = (document: typeof atHead) => (document!.root.components as any).schemas.Tags.maxItems;
      expect([maxItems(atHead), maxItems(workTree)]).toEqual([25, 20]);
    } finally {
      repo.git('checkout', '--', 'spec');
    }
  }, 30_000);
});
