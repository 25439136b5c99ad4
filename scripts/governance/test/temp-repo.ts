// Test helper: a throwaway git repository with a copy of spec/ and the package manifests the
// governance scripts look for, committed on `main`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit, type Edit, SCRATCH, SPEC_DIR } from './patch-spec.ts';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export class TempRepo {
  readonly dir = mkdtempSync(join(SCRATCH, 'cometchat-spec-repo-'));

  /** `packages` maps a folder under packages/ to the name in its package.json. */
  constructor(packages: Record<string, string> = { spec: '@cometchat-rest/spec', models: '@cometchat-rest/models' }) {
    this.git('init', '-q', '-b', 'main');
    cpSync(SPEC_DIR, join(this.dir, 'spec'), { recursive: true });
    for (const [folder, name] of Object.entries(packages)) this.write(`packages/${folder}/package.json`, `${JSON.stringify({ name, version: '1.0.0' })}\n`);
    this.write('.changeset/config.json', '{}\n');
    this.write('.changeset/README.md', '# Changesets\n');
    this.commit('initial');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  }

  commit(message: string): void {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
  }

  write(path: string, content: string): void {
    const file = join(this.dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }

  editSpec(...edits: Edit[]): void {
    for (const edit of edits) applyEdit(join(this.dir, 'spec'), edit);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Edits reused by the tests: one per bump. */
export const EDITS = {
  major: { file: 'components/schemas/Tags.yaml', set: ['maxItems'], value: 20 },
  minor: { file: 'components/parameters/withTags.yaml', set: ['deprecated'], value: true },
  patch: { file: 'components/schemas/Group.yaml', set: ['description'], value: 'A CometChat group, as returned.' },
  none: { file: 'paths/conversations.yaml', reformat: 'json' },
} satisfies Record<string, Edit>;
