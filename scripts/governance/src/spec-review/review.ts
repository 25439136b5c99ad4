// Everything the spec review comment says, gathered for one base: the spec diff and its bump
// (spec:diff), the change to the public TypeScript API of each reported package (the committed API
// reports at the base against the work tree's), the docs check of spec/docs-snapshots/, and whether
// the pending changesets give what spec:check asks for.
import { apiRequirements, compareApiWithBase, fixedGroups, givenBump, type PackageApiComparison, type ReleaseRequirement } from '../lib/api-governance.ts';
import type { PageResult } from '@cometchat-rest/docs-check/findings';
import { readChangesets } from '../lib/changesets.ts';
import { bumpCovers } from '../lib/classify.ts';
import { type BaseComparison, changesetCommand, compareWithBase } from '../lib/governance.ts';
import { checkSnapshots } from './docs-snapshots.ts';

export const SPEC_PACKAGE = '@cometchat-rest/spec';

export type SpecReview = {
  /** The base as given (`--base`), or the commit of the default base. */
  base: string;
  spec: BaseComparison;
  api: PackageApiComparison[];
  /** undefined when the repository has no spec/docs-snapshots/. */
  docs: PageResult[] | undefined;
  /** What spec:check asks of the pending changesets, one line per package that needs a release. */
  requirements: ReleaseRequirement[];
  /** The command that writes the spec's changeset, with the same base. */
  changesetCommand: string;
};

export async function reviewSpecChange(cwd: string, ref?: string): Promise<SpecReview> {
  const spec = await compareWithBase(cwd, ref);
  const api = compareApiWithBase(spec.repo, spec.commit);
  const requirements: ReleaseRequirement[] = [];
  if (spec.specChanged && spec.diff.bump !== 'none') {
    const { given, sources } = givenBump(SPEC_PACKAGE, readChangesets(spec.repo), fixedGroups(spec.repo));
    requirements.push({ package: SPEC_PACKAGE, needed: spec.diff.bump, reason: 'the spec change (spec:diff)', given, sources, ok: bumpCovers(given, spec.diff.bump) });
  }
  requirements.push(...apiRequirements(spec.repo, api));
  return {
    base: ref ?? spec.commit.slice(0, 10),
    spec,
    api,
    docs: await checkSnapshots(spec.repo, spec.workTree?.root),
    requirements,
    changesetCommand: changesetCommand(spec),
  };
}
