// spec:check's API rule on a throwaway repository: a report at the base, the work tree's report, and
// the pending changesets (with the changesets config's fixed group of models and client).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkApiChangesets, compareApiWithBase } from '../src/lib/api-governance.ts';
import { TempRepo } from './temp-repo.ts';

const CHANGESET_CONFIG = readFileSync(fileURLToPath(new URL('../../../.changeset/config.json', import.meta.url)), 'utf8');

/** An API report around some TypeScript, as API Extractor lays one out. */
function report(code: string, name = '@cometchat-rest/example'): string {
  return `## API Report File for "${name}"\n\n\`\`\`ts\n\n${code.trim()}\n\n\`\`\`\n`;
}
const MODELS = 'packages/models/models.api.md';
const CLIENT = 'packages/client/client.api.md';

let repo: TempRepo;

/** A client report: its options type and the methods of its interface. */
function client(options: string, methods: string): string {
  return `${options}\nexport function createClient(options: Options): Client;\nexport interface Client { ${methods} }`;
}

beforeAll(() => {
  repo = new TempRepo();
  repo.write('.changeset/config.json', CHANGESET_CONFIG);
  repo.write(MODELS, report('export type Tags = string[];\nexport type GroupType = "public" | "private";', '@cometchat-rest/models'));
  repo.write(CLIENT, report(client('export type Options = { apiKey: string };', 'list(): void; get(id: string): void'), '@cometchat-rest/client'));
  repo.commit('reports');
});
afterAll(() => repo.dispose());
afterEach(() => {
  repo.git('checkout', '-q', '--', '.');
  repo.git('clean', '-q', '-f', '-d');
});

function check() {
  return checkApiChangesets(repo.dir, compareApiWithBase(repo.dir, repo.git('rev-parse', 'HEAD').trim()), 'none');
}

describe('the API rule of spec:check', () => {
  it('passes when the reports did not change', () => {
    expect(check()).toEqual({ ok: true, message: 'API: the exported API has not changed' });
  });

  it('passes an addition without a changeset, saying what changed', () => {
    repo.write(CLIENT, report(client('export type Options = { apiKey: string; region?: string };', 'list(): void; get(id: string): void')));
    expect(check()).toEqual({ ok: true, message: 'API: nothing exported is removed or narrowed (@cometchat-rest/client minor)' });
  });

  it('fails a removed method without a major changeset, naming the package, the spec bump and the fix', () => {
    repo.write(CLIENT, report(client('export type Options = { apiKey: string };', 'list(): void')));
    repo.write('.changeset/small.md', '---\n"@cometchat-rest/client": minor\n---\n\nSmall.\n');
    const result = check();
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      '@cometchat-rest/client: its API removes, narrows or changes 1 exported item, so it needs a major release (spec:diff\'s bump for the spec: none), but the pending changesets give only minor (.changeset/small.md (minor))\n' +
        'fix: add a changeset that releases @cometchat-rest/client as major (`pnpm changeset`), or keep the removed names.',
    );
  });

  it('counts a major release of the fixed group: models major releases client major', () => {
    repo.write(CLIENT, report(client('export type Options = { apiKey: string };', 'list(): void')));
    repo.write(MODELS, report('export type Tags = string[];\nexport type GroupType = "public";'));
    repo.write('.changeset/break.md', '---\n"@cometchat-rest/models": major\n---\n\nBreaks.\n');
    expect(check()).toEqual({
      ok: true,
      message:
        'API: @cometchat-rest/models breaks its API and a pending changeset releases it as major: .changeset/break.md (major); ' +
        '@cometchat-rest/client breaks its API and a pending changeset releases it as major: .changeset/break.md (@cometchat-rest/models: major)',
    });
  });

  it('fails when a report the base has is gone, naming the command that writes it', () => {
    repo.git('rm', '-q', MODELS);
    expect(check()).toEqual({ ok: false, message: `${MODELS} does not exist.\nfix: run \`pnpm api:update\` and commit the report.` });
  });

  it('skips a package that keeps no report, and says when the base had none', () => {
    expect(checkApiChangesets(repo.dir, compareApiWithBase(repo.dir, repo.git('rev-parse', 'HEAD~1').trim()), 'none')).toEqual({ ok: true, message: 'API: no API report at the base to compare with' });
  });
});
