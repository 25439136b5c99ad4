// The reviewed differences between CometChat's docs and the spec (spec/docs-snapshots/explained.yaml):
// each names a finding (source, operation, kind, subject) and the reason the spec differs on
// purpose. A finding an explanation names does not make its page drift; an explanation that names
// nothing any more is reported, so the file stays true.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { statusOf, type Finding, type PageResult } from './findings.ts';
import { InputError } from './read-inputs.ts';

export interface Explanation {
  /** `openapi` for CometChat's OpenAPI file (any revision or excerpt), or a page's file name. */
  source: string;
  /** The spec's operationId, or `METHOD /path` for an operation only CometChat's file has. */
  operation: string;
  kind: Finding['kind'];
  /** What the finding is about (`query pinnedBy`, `/tags`, `200 example`), or a JSON pointer prefix ending in `/*`. */
  subject: string;
  reason: string;
}

const FIELDS = ['source', 'operation', 'kind', 'subject', 'reason'] as const;

export function loadExplanations(file: string): Explanation[] {
  let entries: unknown;
  try {
    entries = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read the explanations ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(entries)) throw new InputError(`${file} must be a YAML list of explanations`);
  return entries.map((entry, i) => {
    for (const field of FIELDS) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') throw new InputError(`${file}: entry ${i + 1} needs a non-empty \`${field}\` (${FIELDS.join(', ')})`);
    }
    return entry as Explanation;
  });
}

/** An explanation's subject names one subject, or (ending in `/*`) every subject below a JSON pointer. */
function subjectMatches(pattern: string, subject: string): boolean {
  return pattern.endsWith('/*') ? subject.startsWith(pattern.slice(0, -1)) : pattern === subject;
}

/** Where a result comes from, as explanations name it. */
const sourceOf = (result: PageResult) => (result.file.includes('#') ? 'openapi' : basename(result.file));

const names = (result: PageResult) => [result.operationId, result.operation, result.file.split('#')[1]].filter((name): name is string => Boolean(name));

/**
 * Moves the findings the explanations name into `explained` and recomputes each status. Returns the
 * explanations of the checked sources that named no finding (stale).
 */
export function applyExplanations(results: PageResult[], explanations: Explanation[]): Explanation[] {
  const used = new Set<Explanation>();
  for (const result of results) {
    const source = sourceOf(result);
    const mine = explanations.filter((e) => e.source === source && names(result).includes(e.operation));
    const open: Finding[] = [];
    result.explained = [];
    for (const finding of result.findings) {
      const explanation = mine.find((e) => e.kind === finding.kind && subjectMatches(e.subject, finding.subject ?? ''));
      if (explanation) {
        used.add(explanation);
        result.explained.push({ ...finding, reason: explanation.reason.trim() });
      } else open.push(finding);
    }
    result.findings = open;
    result.status = open.length === 0 ? 'match' : result.status === 'unknown' ? 'unknown' : statusOf(open);
  }
  const checked = new Set(results.map(sourceOf));
  return explanations.filter((e) => checked.has(e.source) && !used.has(e));
}
