// `pnpm spec:review` on three spec changes, each built as a patch of a throwaway repository whose
// main branch has this repository's spec and committed API reports: a new optional response field,
// a removed operation, a description edit. Each comment is compared with a committed expected file
// (fixtures/<case>.md; after an intended change, `pnpm exec vitest run -u test/spec-review` in
// scripts/governance rewrites them; CONTRIBUTING.md shows removed-operation.md, so copy it there).
// The patched reports come from the real pipeline (build-api-reports.ts), so the API section shows
// what the patch does to the built packages. (The committed reports match the build: the packages'
// lint checks that.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTED_PACKAGES } from '@cometchat-rest/api-report/packages';
import type { Edit } from '../patch-spec.ts';
import { runScript, runTsx } from '../run-script.ts';
import { TempRepo } from '../temp-repo.ts';
import { buildApiReports } from './build-api-reports.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const API_REPORT_CLI = join(ROOT, 'scripts/api-report/src/cli.ts');
// The copies of the packages the pipeline makes are not part of the repository; their reports are.
const GITIGNORE = '/openapi.json\n/tsconfig.base.json\npackages/*/*\n!packages/*/package.json\n!packages/*/*.api.md\n';
const BUILD_TIMEOUT = 180_000;

/** `output`: the comment is written with `--output` instead of printed. */
type Case = { edits: Edit[]; changeset?: { file: string; content: string }; output?: boolean };

const CASES: Record<string, Case> = {
  'new-optional-field': {
    edits: [{ file: 'components/schemas/ConversationBase.yaml', set: ['properties', 'lastReadAt'], value: { description: 'When `onBehalfOf` last read the conversation.', $ref: 'UnixTimestamp.yaml' } }],
    changeset: {
      file: '.changeset/last-read-at.md',
      content: '---\n"@cometchat-rest/spec": minor\n"@cometchat-rest/models": minor\n"@cometchat-rest/client": minor\n---\n\nConversations carry `lastReadAt`.\n',
    },
  },
  'removed-operation': {
    edits: [{ file: 'paths/users_{uid}_conversation.yaml', delete: ['put'] }],
    // Too small a bump: the comment says what is missing.
    changeset: { file: '.changeset/drop-update.md', content: '---\n"@cometchat-rest/spec": minor\n---\n\nNo more `updateUserConversation`.\n' },
  },
  'docs-only': {
    edits: [{ file: 'components/schemas/Group.yaml', set: ['description'], value: 'A CometChat group, as returned.' }],
    output: true,
  },
};

let repo: TempRepo;

beforeAll(() => {
  repo = new TempRepo({ spec: '@cometchat-rest/spec', models: '@cometchat-rest/models', client: '@cometchat-rest/client' });
  repo.write('.gitignore', GITIGNORE);
  for (const file of ['.changeset/config.json', ...REPORTED_PACKAGES.map((pkg) => pkg.report)]) repo.write(file, readFileSync(join(ROOT, file), 'utf8'));
  repo.commit('the API reports of the spec');
});
afterAll(() => repo?.dispose());

/** A branch off main with the case's patch, its changeset and the API reports built from the patched spec. */
async function checkoutCase(name: string): Promise<void> {
  const { edits, changeset } = CASES[name]!;
  repo.git('checkout', '-q', '-f', '-B', name, 'main');
  repo.git('clean', '-q', '-f', '-d');
  repo.editSpec(...edits);
  if (changeset) repo.write(changeset.file, changeset.content);
  await buildApiReports(repo.dir);
}

describe('pnpm spec:review', () => {
  for (const name of Object.keys(CASES)) {
    it(`comments on a spec change: ${name}`, async () => {
      await checkoutCase(name);
      const output = CASES[name]!.output ? ['--output', 'comment.md'] : [];
      const result = runScript('spec-review/cli', ['--base', 'main', ...output], repo.dir);
      expect(result.status, result.stderr).toBe(0);
      const comment = output.length > 0 ? readFileSync(join(repo.dir, 'comment.md'), 'utf8') : result.stdout;
      if (output.length > 0) expect(result.stdout).toBe('');
      expect(comment.split('\n')[0]).toBe('<!-- cometchat-rest:spec-review -->');
      await expect(comment).toMatchFileSnapshot(`fixtures/${name}.md`);
    }, BUILD_TIMEOUT);
  }

  it('fails on an unknown base, saying so', () => {
    const result = runScript('spec-review/cli', ['--base', 'no-such-branch'], repo.dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"no-such-branch" is not a git ref');
  });
});

// This one uses the work tree the last case left, with its reports just built.
describe('pnpm api:check', () => {
  it('passes a report just built and fails a stale one, with a diff and the command that updates it', () => {
    const report = join(repo.dir, 'packages/models/models.api.md');
    repo.write('packages/models/models.api.md', readFileSync(report, 'utf8').replace('    tags?: components["schemas"]["Tags"];', '    tags: components["schemas"]["Tags"];'));
    const result = runTsx(API_REPORT_CLI, ['check'], repo.dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('packages/client/client.api.md: up to date\n');
    expect(result.stderr).toMatch(/^-\s+tags: components\["schemas"\]\["Tags"\];\n\+\s+tags\?: components\["schemas"\]\["Tags"\];$/m);
    expect(result.stderr).toContain('error: the built API differs from packages/models/models.api.md.\nfix: run `pnpm api:update`, review the change and commit the report.');
  }, BUILD_TIMEOUT);
});

describe('CONTRIBUTING.md', () => {
  it('shows, as its example of the review comment, the comment of the removed-operation case', () => {
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const example = /<!-- spec-review example: start -->\n````markdown\n([\s\S]*?)````\n<!-- spec-review example: end -->/.exec(contributing)?.[1];
    expect(example).toBe(readFileSync(fileURLToPath(new URL('fixtures/removed-operation.md', import.meta.url)), 'utf8'));
  });
});
