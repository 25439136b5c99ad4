// The two ways a diff is printed: JSON for machines (exactly `{ bump, changes }`) and Markdown a
// reviewer pastes into a PR or a changeset. Messages are already Markdown-safe (spec text enters
// them only as code spans, see markdown.ts); labels and locations are escaped here.
import type { Severity } from './classify.ts';
import type { SpecDiff } from './compare-documents.ts';
import { code } from './markdown.ts';

export function renderJson(diff: SpecDiff): string {
  const changes = diff.changes.map(({ severity, kind, location, message, accepted }) => ({ severity, kind, location, message, ...(accepted === undefined ? {} : { accepted }) }));
  return `${JSON.stringify({ bump: diff.bump, changes }, null, 2)}\n`;
}

const SECTIONS: { severity: Severity; title: string }[] = [
  { severity: 'breaking', title: 'Breaking changes (major)' },
  { severity: 'feature', title: 'Features (minor)' },
  { severity: 'fix', title: 'Fixes (patch)' },
];

const HEADLINE = {
  major: 'a major release: it breaks clients',
  minor: 'a minor release: new features, nothing breaks',
  patch: 'a patch release: text only',
  none: 'no release: both describe the same API',
};

/**
 * A Markdown report: headline with the bump, what was compared, then one section per severity. As a
 * changeset summary, whose first line becomes a CHANGELOG list item, it uses no headings.
 */
export function renderMarkdown(diff: SpecDiff, compared: { from: string; to: string }, style: 'pull-request' | 'changeset' = 'pull-request'): string {
  const count = (severity: Severity): number => diff.changes.filter((change) => change.severity === severity).length;
  const [headline, section] = style === 'changeset' ? ['', (title: string) => `**${title}**`] : ['## ', (title: string) => `### ${title}`];
  const lines = [
    `${headline}Spec changes: **${diff.bump}**, ${HEADLINE[diff.bump]}`,
    '',
    `Compared ${code(compared.from)} with ${code(compared.to)}: ${plural(count('breaking'), 'breaking change')}, ${plural(count('feature'), 'feature')}, ${plural(count('fix'), 'fix', 'fixes')}.`,
  ];
  if (diff.changes.length === 0) {
    lines.push('', 'Nothing the API promises changed (formatting, key order or `$ref` layout only).');
  }
  for (const { severity, title } of SECTIONS) {
    const changes = diff.changes.filter((change) => change.severity === severity);
    if (changes.length === 0) continue;
    lines.push('', section(title), '');
    for (const change of changes) {
      const accepted = change.accepted === undefined ? '' : ` (breaking as classified; accepted in ${code('spec/accepted-breaking-changes.yaml')}: ${escapeText(change.accepted)})`;
      lines.push(`- ${change.message} [${code(change.kind)} at ${code(change.location || '/')}]${accepted}`);
    }
  }
  if (diff.unusedAccepted?.length) {
    lines.push('', section('Accepted breaking changes that name nothing here'), '');
    for (const entry of diff.unusedAccepted) lines.push(`- ${code(entry.kind)} at ${code(entry.location)}: no such change in this comparison; remove it from ${code('spec/accepted-breaking-changes.yaml')} once released`);
  }
  return `${lines.join('\n')}\n`;
}

/** Review text in Markdown: no raw HTML, no line breaks. */
function escapeText(text: string): string {
  return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!).replace(/\s+/g, ' ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
