// `pnpm spec:changeset` and `pnpm spec:check` on a throwaway repository: a branch off main that
// changes the spec, with and without the changeset it needs.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseChangeset } from '../src/lib/changesets.ts';
import { checkSpecChangesets, compareWithBase, writeSpecChangeset } from '../src/lib/governance.ts';
import { SpecInputError } from '../src/lib/load-specs.ts';
import { runScript } from './run-script.ts';
import { EDITS, TempRepo } from './temp-repo.ts';

let repo: TempRepo;

beforeAll(async () => {
  repo = new TempRepo({ spec: '@cometchat-rest/spec', models: '@cometchat-rest/models', client: '@cometchat-rest/client', examples: '@cometchat-rest/examples' });
  repo.git('checkout', '-q', '-b', 'feature');
});
afterAll(() => repo.dispose());
// Every test starts from the committed state of the branch.
afterEach(() => {
  repo.git('checkout', '-q', '--', '.');
  repo.git('clean', '-q', '-f', '-d');
});

function changesets(): string[] {
  return readdirSync(join(repo.dir, '.changeset')).filter((file) => /^spec-.*\.md$/.test(file));
}

describe('spec:check', () => {
  it('passes when spec/ did not change, saying so', async () => {
    const result = checkSpecChangesets(await compareWithBase(repo.dir, 'main'));
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/^spec\/ has not changed since main \([0-9a-f]{10}\): no changeset needed$/) });
  });

  it('passes when spec/ changed but describes the same API', async () => {
    repo.editSpec(EDITS.none);
    const comparison = await compareWithBase(repo.dir, 'main');
    expect(comparison.specChanged).toBe(true);
    expect(checkSpecChangesets(comparison)).toEqual({ ok: true, message: expect.stringContaining('describes the same API (bump: none)') });
    expect(writeSpecChangeset(comparison)).toBeUndefined();
    expect(changesets()).toEqual([]);
  });

  it('fails without a changeset, naming the command that fixes it', async () => {
    repo.editSpec(EDITS.major);
    const result = checkSpecChangesets(await compareWithBase(repo.dir, 'main'));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('needs a major release of @cometchat-rest/spec, but no changeset in .changeset/ releases @cometchat-rest/spec');
    expect(result.message).toContain('fix: run `pnpm spec:changeset --base main`');
  });

  it('fails when the pending changesets give less than the change needs', async () => {
    repo.editSpec(EDITS.major);
    repo.write('.changeset/brave-cats.md', '---\n"@cometchat-rest/spec": minor\n"@cometchat-rest/models": major\n---\n\nSomething.\n');
    const result = checkSpecChangesets(await compareWithBase(repo.dir, 'main'));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('the pending changesets give only minor (.changeset/brave-cats.md (minor))');
  });

  it('passes when a hand-written changeset gives at least the bump', async () => {
    repo.editSpec(EDITS.minor);
    repo.write('.changeset/brave-cats.md', "---\n'@cometchat-rest/spec': major\n---\n\nA bigger release anyway.\n");
    expect(checkSpecChangesets(await compareWithBase(repo.dir, 'main'))).toEqual({ ok: true, message: expect.stringContaining('needs a minor release of @cometchat-rest/spec; pending changesets give major') });
  });

  it('names a changeset whose frontmatter is broken', async () => {
    repo.editSpec(EDITS.patch);
    repo.write('.changeset/broken.md', '---\n"@cometchat-rest/spec": huge\n---\n');
    await expect((async () => checkSpecChangesets(await compareWithBase(repo.dir, 'main')))()).rejects.toThrow(new SpecInputError('.changeset/broken.md: "@cometchat-rest/spec" has bump "huge"; expected major, minor, patch or none'));
  });

  it('uses the fork point from main by default', async () => {
    repo.editSpec(EDITS.patch);
    const comparison = await compareWithBase(repo.dir);
    expect(comparison.description).toMatch(/^merge-base of HEAD and main \([0-9a-f]{10}\)$/);
    expect(comparison.commit).toBe(repo.git('rev-parse', 'main').trim());
    expect(comparison.diff.bump).toBe('patch');
  });
});

describe('spec:changeset', () => {
  it('writes one changeset for the generated packages that exist, at the computed bump, with the report', async () => {
    repo.editSpec(EDITS.major);
    const written = writeSpecChangeset(await compareWithBase(repo.dir, 'main'))!;
    expect(written.file).toMatch(/^\.changeset\/spec-[0-9a-f]{8}\.md$/);
    const content = readFileSync(join(repo.dir, written.file), 'utf8');
    expect(content).toBe(written.content);
    expect(parseChangeset(content, written.file)).toEqual(
      new Map([
        ['@cometchat-rest/spec', 'major'],
        ['@cometchat-rest/models', 'major'],
        ['@cometchat-rest/client', 'major'],
      ]),
    );
    // The summary's first line becomes the CHANGELOG entry: plain text, no heading.
    expect(content.split('\n---\n')[1]!.trim().split('\n')[0]).toBe('Spec changes: **major**, a major release: it breaks clients');
    expect(content).toContain('**Breaking changes (major)**');
    expect(content).toContain('`request-limit-tightened` at `/components/schemas/Tags/maxItems`');
    expect(checkSpecChangesets(await compareWithBase(repo.dir, 'main')).ok).toBe(true);
  });

  it('rewrites the same file for the same change, and replaces the file of an earlier change on the branch', async () => {
    repo.editSpec(EDITS.minor);
    const first = writeSpecChangeset(await compareWithBase(repo.dir, 'main'))!;
    expect(writeSpecChangeset(await compareWithBase(repo.dir, 'main'))!.file).toBe(first.file);
    repo.editSpec(EDITS.major);
    const second = writeSpecChangeset(await compareWithBase(repo.dir, 'main'))!;
    expect(second.replaced).toEqual([first.file]);
    expect(changesets()).toEqual([second.file.slice('.changeset/'.length)]);
  });

  it('keeps the changesets the base already has (pending from earlier work)', async () => {
    repo.write('.changeset/spec-0badc0de.md', '---\n"@cometchat-rest/spec": patch\n---\n\nEarlier.\n');
    repo.commit('an earlier spec changeset');
    try {
      repo.editSpec(EDITS.minor);
      const written = writeSpecChangeset(await compareWithBase(repo.dir, 'HEAD'))!;
      expect(written.replaced).toEqual([]);
      expect(existsSync(join(repo.dir, '.changeset/spec-0badc0de.md'))).toBe(true);
    } finally {
      repo.git('checkout', '-q', '--', '.');
      repo.git('reset', '-q', '--hard', 'HEAD~1');
    }
  });

  it('escapes spec text so that it cannot break the changeset', async () => {
    repo.editSpec({ file: 'components/schemas/GroupType.yaml', append: ['enum'], value: '`x`\n---\n# injected\n<script>' });
    const written = writeSpecChangeset(await compareWithBase(repo.dir, 'main'))!;
    const lines = written.content.split('\n');
    expect(lines.filter((line) => line === '---')).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('# injected'))).toBe(false);
    expect(written.content).toContain('value ``"`x`\\n---\\n# injected\\n<script>"`` added');
    expect(parseChangeset(written.content, written.file).get('@cometchat-rest/spec')).toBe('major');
  });
});

describe('the CLIs', () => {
  it('spec:check fails, spec:changeset fixes it, spec:check passes', async () => {
    repo.editSpec(EDITS.major);
    const failing = runScript('spec-check', ['--base', 'main'], repo.dir);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('fix: run `pnpm spec:changeset --base main`');
    expect(failing.stdout).toContain('## Spec changes: **major**');

    const writing = runScript('spec-changeset', ['--base', 'main'], repo.dir);
    expect(writing.status, writing.stderr).toBe(0);
    expect(writing.stdout).toMatch(/wrote \.changeset\/spec-[0-9a-f]{8}\.md \(major\)/);

    const passing = runScript('spec-check', ['--base', 'main'], repo.dir);
    expect(passing.status, passing.stderr).toBe(0);
    expect(passing.stdout).toContain('spec check passed');
    rmSync(join(repo.dir, '.changeset', changesets()[0]!));
    // Three CLI runs, each starting tsx and comparing two bundles: seconds alone, but a minute and more
    // on two cores shared with the rest of \`pnpm test\`.
  }, 180_000);

  it('spec:changeset says when there is nothing to write', async () => {
    const result = runScript('spec-changeset', [], repo.dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('base: merge-base of HEAD and main');
    expect(result.stdout).toContain('spec/ has not changed: no changeset written');
  }, 90_000);
});
