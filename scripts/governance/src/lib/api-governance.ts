// What a branch did to the published TypeScript API: the committed API reports at the base against
// the work tree's, per package, and the release that needs. A change that removes or narrows an
// exported name (compare-models.ts) must come with a changeset that releases the package as major;
// `pnpm spec:check` fails without one. Additions need no changeset of their own here (a spec change
// already needs one, see spec:check; a hand-written addition should have one, but breaks nobody).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fileAt } from '@cometchat-rest/script-kit/git';
import { CHANGESET_DIR, type PendingChangeset, readChangesets } from './changesets.ts';
import { type Bump, bumpCovers } from './classify.ts';
import { readApiModel } from '@cometchat-rest/api-report/api-model';
import { type ApiDiff, compareModels } from '@cometchat-rest/api-report/compare-models';
import { REPORTED_PACKAGES, type ReportedPackage } from '@cometchat-rest/api-report/packages';

export type PackageApiComparison = {
  pkg: ReportedPackage;
  /**
   * `compared`; `new`: no report at the base (nothing to compare with); `missing`: the base has a
   * report and the work tree has none; `absent`: neither has one (the package keeps no report yet).
   */
  status: 'compared' | 'new' | 'missing' | 'absent';
  diff: ApiDiff;
};

/** The API report of each reported package at `commit` against the work tree's. */
export function compareApiWithBase(repo: string, commit: string): PackageApiComparison[] {
  return REPORTED_PACKAGES.map((pkg) => {
    const before = fileAt(commit, pkg.report, repo);
    const file = join(repo, pkg.report);
    const after = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const none: ApiDiff = { bump: 'none', changes: [] };
    if (after === undefined) return { pkg, status: before === undefined ? 'absent' : 'missing', diff: none };
    if (before === undefined) return { pkg, status: 'new', diff: none };
    return { pkg, status: 'compared', diff: compareModels(readApiModel(before, `${pkg.report}@base`), readApiModel(after, pkg.report)) };
  });
}

export type ReleaseRequirement = {
  package: string;
  needed: Bump;
  /** Why, in a few words. */
  reason: string;
  /** The largest bump the pending changesets give the package (its fixed group included). */
  given: Bump;
  /** The changesets that give it: the file, the package it names (this one or one of its fixed group) and the bump. */
  sources: ChangesetRelease[];
  ok: boolean;
};

export type ChangesetRelease = { file: string; name: string; bump: Bump };

/** `.changeset/x.md (major)`, or `.changeset/x.md (@cometchat-rest/models: major)` for another member of the fixed group. */
export function describeRelease(release: ChangesetRelease, forPackage: string): string {
  return `${release.file} (${release.name === forPackage ? '' : `${release.name}: `}${release.bump})`;
}

/** The `fixed` groups of .changeset/config.json: a release of one member releases all at the same bump. */
export function fixedGroups(repo: string): string[][] {
  const file = join(repo, CHANGESET_DIR, 'config.json');
  if (!existsSync(file)) return [];
  const config = parse(readFileSync(file, 'utf8')) as { fixed?: unknown } | null;
  return Array.isArray(config?.fixed) ? config.fixed.filter((group): group is string[] => Array.isArray(group) && group.every((name) => typeof name === 'string')) : [];
}

/** The largest bump the pending changesets give `name`, counting its fixed group; and which changesets give it. */
export function givenBump(name: string, changesets: PendingChangeset[], groups: string[][]): { given: Bump; sources: ChangesetRelease[] } {
  const names = new Set([name, ...groups.filter((group) => group.includes(name)).flat()]);
  let given: Bump = 'none';
  const sources: ChangesetRelease[] = [];
  for (const changeset of changesets) {
    for (const [released, bump] of changeset.releases) {
      if (!names.has(released) || bump === 'none') continue;
      sources.push({ file: changeset.file, name: released, bump });
      if (!bumpCovers(given, bump)) given = bump;
    }
  }
  return { given, sources };
}

/** For each package whose API lost or narrowed something: a major release, and whether a pending changeset gives it. */
export function apiRequirements(repo: string, comparisons: PackageApiComparison[]): ReleaseRequirement[] {
  const changesets = readChangesets(repo);
  const groups = fixedGroups(repo);
  return comparisons
    .filter((comparison) => comparison.diff.bump === 'major')
    .map(({ pkg, diff }) => {
      const { given, sources } = givenBump(pkg.name, changesets, groups);
      const breaking = diff.changes.filter((change) => change.kind === 'removed' || change.kind === 'narrowed' || change.kind === 'changed').length;
      return { package: pkg.name, needed: 'major', reason: `its API removes, narrows or changes ${breaking} exported item${breaking === 1 ? '' : 's'}`, given, sources, ok: bumpCovers(given, 'major') };
    });
}

export type ApiCheckResult = { ok: boolean; message: string };

/** The spec:check verdict on the API: every breaking API change has a major changeset. `specBump` is spec:diff's, for the message. */
export function checkApiChangesets(repo: string, comparisons: PackageApiComparison[], specBump: Bump): ApiCheckResult {
  const missing = comparisons.filter((comparison) => comparison.status === 'missing').map((comparison) => comparison.pkg.report);
  if (missing.length > 0) return { ok: false, message: `${missing.join(' and ')} does not exist.\nfix: run \`pnpm api:update\` and commit the report.` };
  const requirements = apiRequirements(repo, comparisons);
  const failing = requirements.filter((requirement) => !requirement.ok);
  const changed = comparisons.filter((comparison) => comparison.diff.changes.length > 0).map((comparison) => `${comparison.pkg.name} ${comparison.diff.bump}`);
  if (failing.length === 0) {
    if (requirements.length > 0) return { ok: true, message: `API: ${requirements.map((r) => `${r.package} breaks its API and a pending changeset releases it as major: ${sourcesOf(r)}`).join('; ')}` };
    if (changed.length > 0) return { ok: true, message: `API: nothing exported is removed or narrowed (${changed.join(', ')})` };
    const compared = comparisons.filter((comparison) => comparison.status === 'compared').length;
    return { ok: true, message: compared > 0 ? 'API: the exported API has not changed' : 'API: no API report at the base to compare with' };
  }
  const lines = failing.map((r) => {
    const given = r.given === 'none' ? 'no pending changeset releases it' : `the pending changesets give only ${r.given} (${sourcesOf(r)})`;
    return `${r.package}: ${r.reason}, so it needs a major release (spec:diff's bump for the spec: ${specBump}), but ${given}`;
  });
  return { ok: false, message: `${lines.join('\n')}\nfix: add a changeset that releases ${failing.map((r) => r.package).join(' and ')} as major (\`pnpm changeset\`), or keep the removed names.` };
}

function sourcesOf(requirement: ReleaseRequirement): string {
  return requirement.sources.map((release) => describeRelease(release, requirement.package)).join(', ');
}
