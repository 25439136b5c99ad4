// The spec review as one Markdown comment: a summary table, then the spec diff (spec:diff's report),
// the TypeScript API changes, the docs check and the changesets. The first line is a marker that the
// workflow finds the comment by, to update it in place. Text from the spec, the docs pages and the
// API reports enters only as code spans (code() of spec-diff) or escaped prose (plainText()).
import type { PageResult } from '@cometchat-rest/docs-check/findings';
import type { Bump } from '../lib/classify.ts';
import { SPEC_PACKAGES } from '../lib/changesets.ts';
import { code } from '../lib/markdown.ts';
import type { ApiChange, ApiChangeKind } from '@cometchat-rest/api-report/compare-models';
import type { PackageApiComparison } from '../lib/api-governance.ts';
import { plainText } from './markdown-text.ts';
import { SPEC_PACKAGE, type SpecReview } from './review.ts';

export const COMMENT_MARKER = '<!-- cometchat-rest:spec-review -->';

/** At most this many API changes per package are listed; the rest are counted. */
const MAX_API_CHANGES = 40;
/** GitHub refuses comments over 65 536 characters; the spec diff is cut to keep below. */
const MAX_SPEC_REPORT = 40_000;

const API_KINDS: { kind: ApiChangeKind; label: string }[] = [
  { kind: 'removed', label: 'removed' },
  { kind: 'narrowed', label: 'narrowed' },
  { kind: 'changed', label: 'changed' },
  { kind: 'widened', label: 'widened' },
  { kind: 'added', label: 'added' },
];

export function renderReview(review: SpecReview): string {
  const { spec } = review;
  const failing = review.requirements.filter((requirement) => !requirement.ok);
  const missingReports = review.api.filter((comparison) => comparison.status === 'missing');
  const lines = [
    COMMENT_MARKER,
    `## Spec review: ${spec.specChanged ? `the spec change needs a **${spec.diff.bump}** release` : 'the spec has not changed'}`,
    '',
    `Compared with ${code(review.base)}. Rendered by ${code(`pnpm spec:review --base ${review.base}`)}, which prints the same locally.`,
    '',
    '| what | result |',
    '|---|---|',
    `| semver bump (\`spec:diff\`) | ${spec.specChanged ? `**${spec.diff.bump}**: ${countChanges(review)}` : 'none: `spec/` has not changed'} |`,
    ...review.api.map((comparison) => `| TypeScript API of ${code(comparison.pkg.name)} | ${apiSummary(comparison)} |`),
    `| docs check (\`spec/docs-snapshots/\`) | ${docsSummary(review.docs)} |`,
    `| changesets | ${failing.length > 0 || missingReports.length > 0 ? '❌ ' : '✅ '}${changesetSummary(review)} |`,
    '',
    '### Semver bump and why',
    '',
    ...specSection(review),
    '',
    '### Public TypeScript API',
    '',
    ...review.api.flatMap((comparison) => [...apiSection(comparison), '']),
    '### Docs check',
    '',
    ...docsSection(review.docs),
    '',
    '### Changesets',
    '',
    ...changesetSection(review),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function countChanges(review: SpecReview): string {
  const count = (severity: string) => review.spec.diff.changes.filter((change) => change.severity === severity).length;
  return `${plural(count('breaking'), 'breaking change')}, ${plural(count('feature'), 'feature')}, ${plural(count('fix'), 'fix', 'fixes')}`;
}

function specSection(review: SpecReview): string[] {
  if (!review.spec.specChanged) return ['`spec/` is the same as at the base: no release is needed for the spec.'];
  // spec:diff's own report, two heading levels down (its headings are ## and ###), under this section's.
  let report = review.spec.report.trimEnd().replace(/^(#{2,3}) /gm, '##$1 ');
  if (report.length > MAX_SPEC_REPORT) {
    const cut = report.lastIndexOf('\n', MAX_SPEC_REPORT);
    report = `${report.slice(0, cut)}\n\n(cut here: the whole report is too long for a comment; run \`pnpm spec:diff --base ${review.base}\`)`;
  }
  return [report];
}

function apiSummary(comparison: PackageApiComparison): string {
  if (comparison.status === 'missing') return `❌ no API report in this branch (${code(comparison.pkg.report)}): run \`pnpm api:update\``;
  if (comparison.status === 'new') return 'new report: nothing to compare with at the base';
  if (comparison.status === 'absent') return `no API report (${code(comparison.pkg.report)}) here or at the base`;
  const { changes, bump } = comparison.diff;
  if (changes.length === 0) return 'unchanged';
  const counts = API_KINDS.map(({ kind, label }) => [changes.filter((change) => change.kind === kind).length, label] as const)
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`);
  return `**${bump}**: ${counts.join(', ')}`;
}

function apiSection(comparison: PackageApiComparison): string[] {
  const title = `#### ${code(comparison.pkg.name)}`;
  if (comparison.status !== 'compared') return [title, '', apiSummary(comparison)];
  const { changes, bump } = comparison.diff;
  if (changes.length === 0) return [title, '', `The exported API is unchanged (${code(comparison.pkg.report)}).`];
  const verdict = bump === 'major' ? 'it removes, narrows or changes exported names: a **major** release' : 'it only adds or widens: a **minor** release at least';
  const shown = changes.slice(0, MAX_API_CHANGES).map(apiChangeLine);
  const rest = changes.length - shown.length;
  return [title, '', `${plural(changes.length, 'change')} to ${code(comparison.pkg.report)}; ${verdict}.`, '', ...shown, ...(rest > 0 ? [`- and ${rest} more: see the diff of ${code(comparison.pkg.report)}`] : [])];
}

function apiChangeLine(change: ApiChange): string {
  const subject = `**${change.kind}** ${code(change.path)}`;
  if (change.kind === 'added') return `- ${subject}: ${code(change.after!)}`;
  if (change.kind === 'removed') return `- ${subject}: was ${code(change.before!)}`;
  return `- ${subject}: ${code(change.before!)} → ${code(change.after!)}`;
}

const STATUS = { match: 'match', drift: '**drift**', unknown: '**unknown operation**' } as const;

function docsSummary(docs: PageResult[] | undefined): string {
  if (docs === undefined) return 'no snapshots to check';
  const count = (status: PageResult['status']) => docs.filter((page) => page.status === status).length;
  const summary = `${count('match')} of ${plural(docs.length, 'page')} match`;
  return count('match') === docs.length ? `✅ ${summary}` : `❌ ${summary} (${count('drift')} drift, ${count('unknown')} unknown)`;
}

function docsSection(docs: PageResult[] | undefined): string[] {
  if (docs === undefined) return ['There is no `spec/docs-snapshots/` folder.'];
  const lines = [`\`pnpm docs:check spec/docs-snapshots\` against this branch's spec: ${docsSummary(docs)}.`, ''];
  for (const page of docs) {
    const what = page.operation === null ? 'no operation in the spec' : `${code(page.operation)}${page.operationId ? ` (${code(page.operationId)})` : ''}`;
    lines.push(`- ${code(page.file)}: ${STATUS[page.status]}, ${what}`);
    for (const finding of page.findings) lines.push(`  - ${code(finding.kind)}: ${plainText(finding.message)}`);
  }
  if (docs.some((page) => page.status !== 'match')) {
    lines.push('', 'The docs and the spec disagree: fix `spec/`, or if the docs are wrong, say so in a `description` and keep the snapshot (see `spec/docs-snapshots/README.md`).');
  }
  return lines;
}

function bumpText(bump: Bump): string {
  return bump === 'none' ? 'nothing' : bump;
}

function changesetSummary(review: SpecReview): string {
  const missingReports = review.api.filter((comparison) => comparison.status === 'missing');
  if (missingReports.length > 0) return 'an API report is missing';
  if (review.requirements.length === 0) return 'none needed';
  const failing = review.requirements.filter((requirement) => !requirement.ok);
  if (failing.length === 0) return 'present';
  return `missing: ${failing.map((requirement) => `${code(requirement.package)} needs ${requirement.needed} (pending: ${bumpText(requirement.given)})`).join(', ')}`;
}

function changesetSection(review: SpecReview): string[] {
  if (review.requirements.length === 0) {
    return ['No changeset is needed: the spec describes the same API and nothing exported is removed or narrowed. (`pnpm spec:check` passes.)'];
  }
  const lines = ['What `pnpm spec:check` asks of the pending changesets (`.changeset/*.md`):', '', '| package | needs | because | pending changesets give | |', '|---|---|---|---|---|'];
  for (const requirement of review.requirements) {
    const sources = requirement.sources.map((release) => `${code(release.file)} (${release.name === requirement.package ? '' : `${code(release.name)}: `}${release.bump})`);
    const given = sources.length > 0 ? `${requirement.given}: ${sources.join(', ')}` : 'nothing';
    lines.push(`| ${code(requirement.package)} | ${requirement.needed} | ${requirement.reason} | ${given} | ${requirement.ok ? '✅' : '❌'} |`);
  }
  const failing = review.requirements.filter((requirement) => !requirement.ok);
  lines.push('');
  if (failing.length === 0) {
    lines.push('Every release the change needs is in a pending changeset: `pnpm spec:check` passes.');
    return lines;
  }
  lines.push('`pnpm spec:check` fails until this is fixed:', '');
  const spec = failing.find((requirement) => requirement.package === SPEC_PACKAGE);
  if (spec !== undefined) {
    lines.push(`- run ${code(review.changesetCommand)}: it writes a changeset that releases every package generated from the spec at ${spec.needed}; commit it.`);
  }
  // A major spec changeset releases the generated packages as major too: nothing more to add for them.
  for (const requirement of failing.filter((r) => r !== spec && !(spec?.needed === 'major' && SPEC_PACKAGES.includes(r.package)))) {
    lines.push(`- add a changeset that releases ${code(requirement.package)} as ${requirement.needed} (\`pnpm changeset\`), or keep the removed names.`);
  }
  return lines;
}
