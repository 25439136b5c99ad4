// Spec governance for a branch: what the spec changed since its base, the changeset that records
// it (`pnpm spec:changeset`) and the CI check that one exists (`pnpm spec:check`).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { changedSince, defaultBase, existsAt, gitRoot, resolveCommit } from '@cometchat-rest/script-kit/git';
import { type Bump, bumpCovers } from './classify.ts';
import { CHANGESET_DIR, GENERATED_CHANGESET, generatedPackages, readChangesets, renderChangeset } from './changesets.ts';
import { compareSpecs, type SpecDiff } from './compare-documents.ts';
import type { OpenApiDocument } from '@cometchat-rest/operation-model';
import { acceptedChangesOf, loadSpecs, SPEC_ROOT, SpecInputError, sourceAtRef, workTreeSource } from './load-specs.ts';
import { renderMarkdown } from './report.ts';

const SPEC_DIR = posix.dirname(SPEC_ROOT);
const SPEC_PACKAGE = '@cometchat-rest/spec';

export type BaseComparison = {
  repo: string;
  /** The ref as the user gave it, or undefined for the default base. */
  ref: string | undefined;
  commit: string;
  /** How the base was chosen, for messages. */
  description: string;
  /** Whether any file under spec/ differs from the base (untracked files included). */
  specChanged: boolean;
  diff: SpecDiff;
  report: string;
  /** The work tree's spec as bundled for the comparison (undefined when spec/ did not change). */
  workTree: OpenApiDocument | undefined;
};

/** Compares spec/ of the work tree with spec/ at `ref` (default: see defaultBase in git.ts). */
export async function compareWithBase(cwd: string, ref?: string): Promise<BaseComparison> {
  const repo = gitRoot(cwd);
  let commit: string;
  let description: string;
  if (ref === undefined) ({ commit, description } = defaultBase(repo));
  else {
    const resolved = resolveCommit(ref, repo);
    if (resolved === undefined) throw new SpecInputError(`${JSON.stringify(ref)} is not a git ref (branch, tag or commit) of ${repo}`);
    [commit, description] = [resolved, `${ref} (${resolved.slice(0, 10)})`];
  }
  const labels = { from: `${SPEC_ROOT}@${ref ?? commit.slice(0, 10)}`, to: `${SPEC_ROOT} (work tree)` };
  const specChanged = changedSince(commit, SPEC_DIR, repo);
  let diff: SpecDiff = { bump: 'none', changes: [] };
  let workTree: OpenApiDocument | undefined;
  if (specChanged) {
    // A spec that did not exist at the base is new: every operation is an addition.
    const sources = existsAt(commit, SPEC_ROOT, repo) ? [sourceAtRef(commit, repo), workTreeSource(repo)] : undefined;
    if (sources === undefined) throw new SpecInputError(`${SPEC_ROOT} does not exist at ${description}; nothing to compare with`);
    const [before, after] = await loadSpecs(sources);
    diff = compareSpecs(before!, after!, acceptedChangesOf(after!));
    workTree = after;
  }
  return { repo, ref, commit, description, specChanged, diff, report: renderMarkdown(diff, labels), workTree };
}

/** The command that writes the missing changeset, with the same base. */
export function changesetCommand(comparison: BaseComparison): string {
  const ref = comparison.ref ?? comparison.commit.slice(0, 12);
  return `pnpm spec:changeset --base ${/^[\w./@+-]+$/.test(ref) ? ref : `'${ref.replaceAll("'", `'\\''`)}'`}`;
}

export type WrittenChangeset = { file: string; content: string; replaced: string[] } | undefined;

/**
 * Writes .changeset/spec-<hash>.md for the comparison (nothing when the bump is `none`). The hash is
 * of the base and the changes, so running it again for the same spec rewrites the same file; files
 * of earlier runs on this branch (spec-*.md that the base does not have) are replaced.
 */
export function writeSpecChangeset(comparison: BaseComparison): WrittenChangeset {
  const { diff, repo, commit } = comparison;
  if (diff.bump === 'none') return undefined;
  const packages = generatedPackages(repo);
  if (packages.length === 0) throw new SpecInputError(`no package generated from the spec exists under ${join(repo, 'packages')}`);
  const hash = createHash('sha256').update(`${commit}\n${JSON.stringify(diff.changes)}`).digest('hex').slice(0, 8);
  const file = posix.join(CHANGESET_DIR, `spec-${hash}.md`);
  const dir = join(repo, CHANGESET_DIR);
  mkdirSync(dir, { recursive: true });
  const replaced = readdirSync(dir)
    .filter((name) => GENERATED_CHANGESET.test(name))
    .map((name) => posix.join(CHANGESET_DIR, name))
    .filter((path) => path !== file && !existsAt(commit, path, repo));
  for (const path of replaced) rmSync(join(repo, path));
  const content = renderChangeset(packages, diff.bump, renderMarkdown(diff, { from: `${SPEC_ROOT}@${comparison.ref ?? commit.slice(0, 10)}`, to: SPEC_ROOT }, 'changeset'));
  writeFileSync(join(repo, file), content);
  return { file, content, replaced };
}

export type CheckResult = { ok: boolean; message: string };

/** Whether the pending changesets release @cometchat-rest/spec with at least the bump the spec change needs. */
export function checkSpecChangesets(comparison: BaseComparison): CheckResult {
  const { diff, description } = comparison;
  if (!comparison.specChanged) return { ok: true, message: `spec/ has not changed since ${description}: no changeset needed` };
  if (diff.bump === 'none') return { ok: true, message: `spec/ changed since ${description}, but it describes the same API (bump: none): no changeset needed` };
  const covering = readChangesets(comparison.repo).filter((changeset) => changeset.releases.has(SPEC_PACKAGE));
  const best = covering.reduce<Bump>((max, changeset) => {
    const bump = changeset.releases.get(SPEC_PACKAGE)!;
    return bumpCovers(max, bump) ? max : bump;
  }, 'none');
  const given = covering.map((changeset) => `${changeset.file} (${changeset.releases.get(SPEC_PACKAGE)})`).join(', ');
  if (bumpCovers(best, diff.bump)) {
    return { ok: true, message: `spec/ changed since ${description} and needs a ${diff.bump} release of ${SPEC_PACKAGE}; pending changesets give ${best}: ${given}` };
  }
  const found = covering.length === 0 ? `no changeset in ${CHANGESET_DIR}/ releases ${SPEC_PACKAGE}` : `the pending changesets give only ${best} (${given})`;
  return {
    ok: false,
    message: `spec/ changed since ${description} and needs a ${diff.bump} release of ${SPEC_PACKAGE}, but ${found}.\nfix: run \`${changesetCommand(comparison)}\` and commit the file it writes.`,
  };
}
