// Breaking changes (as the differ classifies them) that a review accepted as not breaking anyone,
// each with its reason: spec/accepted-breaking-changes.yaml, beside the spec's root file, reviewed in
// the pull request like the spec itself. An entry names one change exactly (kind, location and the
// message spec:diff prints), says what it counts as instead (`feature` or `fix`) and why. Accepted
// changes stay in the report, marked with their reason; the bump is computed from what they count
// as. An entry that names no change of a comparison is listed as unused, so stale entries show.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { bumpOf, type Severity } from './classify.ts';
import type { SpecDiff } from './compare-documents.ts';

export const ACCEPTED_FILE = 'accepted-breaking-changes.yaml';

export type AcceptedChange = { kind: string; location: string; message: string; as: Exclude<Severity, 'breaking'>; reason: string };

/** The problem with an accepted-changes file, naming the entry and field. */
export class AcceptedChangesError extends Error {}

/** The accepted changes beside a spec's root file, or none when there is no such file. */
export function loadAcceptedChanges(specRootFile: string): AcceptedChange[] {
  const file = join(dirname(specRootFile), ACCEPTED_FILE);
  if (!existsSync(file)) return [];
  const entries: unknown = parse(readFileSync(file, 'utf8')) ?? [];
  if (!Array.isArray(entries)) throw new AcceptedChangesError(`${ACCEPTED_FILE} must be a YAML list`);
  return entries.map((entry, i) => {
    const where = `${ACCEPTED_FILE}, entry ${i + 1}`;
    for (const field of ['kind', 'location', 'message', 'reason'] as const) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') throw new AcceptedChangesError(`${where}: \`${field}\` must be a non-empty string`);
    }
    if (entry.as !== 'feature' && entry.as !== 'fix') throw new AcceptedChangesError(`${where}: \`as\` must be feature or fix (what the change counts as)`);
    return { kind: entry.kind, location: entry.location, message: entry.message.trim(), as: entry.as, reason: entry.reason.trim().replace(/\s+/g, ' ') };
  });
}

/** The diff with the accepted breaking changes counted as what their entries say, and the entries that named nothing. */
export function applyAcceptedChanges(diff: SpecDiff, accepted: AcceptedChange[]): { diff: SpecDiff; unused: AcceptedChange[] } {
  const used = new Set<AcceptedChange>();
  const changes = diff.changes.map((change) => {
    if (change.severity !== 'breaking') return change;
    const entry = accepted.find((e) => e.kind === change.kind && e.location === change.location && e.message === change.message);
    if (!entry) return change;
    used.add(entry);
    return { ...change, severity: entry.as, accepted: entry.reason };
  });
  return { diff: { bump: bumpOf(changes.map((change) => change.severity)), changes }, unused: accepted.filter((entry) => !used.has(entry)) };
}
