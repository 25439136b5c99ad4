// Changes as the comparison finds them, and how they are gathered into the final list: one entry per
// kind and location, however many operations reach that location (a schema shared by 15 operations
// changes once, and the message says where it is used).
import { type Kind, SEVERITY, type Severity } from './classify.ts';
import { codeList } from './markdown.ts';

/** A change before it is tied to the operations that see it. `message` is Markdown-safe. */
export type RawChange = { kind: Kind; location: string; message: string };

/** Where a change is seen: e.g. role `request body`, operation `updateUserConversation`. */
export type Usage = { role: string; operation: string };

export type Change = {
  severity: Severity;
  kind: Kind;
  location: string;
  message: string;
  /** Why a review accepted this breaking change as the severity it now has (spec/accepted-breaking-changes.yaml). */
  accepted?: string;
};

const SEVERITY_ORDER: Severity[] = ['breaking', 'feature', 'fix'];

export class ChangeCollector {
  private readonly entries = new Map<string, { change: RawChange; usages: Map<string, Set<string>> }>();

  add(change: RawChange, usage?: Usage): void {
    const key = `${change.kind}\n${change.location}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { change, usages: new Map() };
      this.entries.set(key, entry);
    }
    if (usage !== undefined) {
      const operations = entry.usages.get(usage.role) ?? new Set();
      operations.add(usage.operation);
      entry.usages.set(usage.role, operations);
    }
  }

  addAll(changes: Iterable<RawChange>, usage?: Usage): void {
    for (const change of changes) this.add(change, usage);
  }

  /** The changes, breaking first, then by location. */
  changes(): Change[] {
    return [...this.entries.values()]
      .map(({ change, usages }) => ({
        severity: SEVERITY[change.kind],
        kind: change.kind,
        location: change.location,
        message: usages.size === 0 ? change.message : `${change.message} (${describeUsages(usages)})`,
      }))
      .sort(
        (a, b) =>
          SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
          compareText(a.location, b.location) ||
          compareText(a.kind, b.kind),
      );
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `in the request body of `a` and `b`; in the responses of `c`, `d`, `e` and 12 more`. */
function describeUsages(usages: Map<string, Set<string>>): string {
  return [...usages].map(([role, operations]) => `in the ${role} of ${codeList([...operations])}`).join('; ');
}
