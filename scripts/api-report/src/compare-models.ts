// Compares two API models (api-model.ts) item by item and names each difference, with the release
// it needs. The rule, for code written against the old API:
//
// - removed: an exported name or a member is gone: code that uses it stops compiling (major);
// - narrowed: the item accepts less: a union lost members, a tuple lost elements, an optional member
//   became required, a member became readonly, a function lost (or now requires) a parameter (major);
// - changed: any other difference of text; the comparison cannot tell it is safe, so it counts as
//   breaking and a person looks at it (major), as spec:diff does with what it does not understand;
// - widened: the item accepts more and nothing less: a union or a tuple gained members, a required
//   member became optional, a function gained an optional parameter or an overload (minor);
// - added: a new exported name or member (minor).
//
// The report cannot tell a type that flows into the API from one that flows out of it, so "widened"
// is minor here even where spec:diff, which knows the direction, says a wider response is breaking;
// spec:check takes the larger of the two.
import type { ApiItem, ApiModel, Signature } from './api-model.ts';

/** The release an API change needs (no patch: a report has no text that is not API). */
export type ApiBump = 'major' | 'minor' | 'none';

export type ApiChangeKind = 'removed' | 'narrowed' | 'changed' | 'widened' | 'added';

export type ApiChange = {
  kind: ApiChangeKind;
  path: string;
  /** The item's text before (undefined when added) and after (undefined when removed). */
  before: string | undefined;
  after: string | undefined;
};

export const BUMP_OF_API_CHANGE: Record<ApiChangeKind, ApiBump> = { removed: 'major', narrowed: 'major', changed: 'major', widened: 'minor', added: 'minor' };

export type ApiDiff = { bump: ApiBump; changes: ApiChange[] };

/** Every difference between `before` and `after`, ordered by path; an added or removed item's members are not listed again. */
export function compareModels(before: ApiModel, after: ApiModel): ApiDiff {
  const changes: ApiChange[] = [];
  for (const [path, old] of before) {
    const current = after.get(path);
    if (current === undefined) {
      if (old.parent === undefined || after.has(old.parent)) changes.push({ kind: 'removed', path, before: old.text, after: undefined });
      continue;
    }
    if (old.text === current.text && old.kind === current.kind) continue;
    changes.push({ kind: old.kind === current.kind ? classify(old, current) : 'changed', path, before: old.text, after: current.text });
  }
  for (const [path, current] of after) {
    if (before.has(path)) continue;
    if (current.parent === undefined || before.has(current.parent)) changes.push({ kind: 'added', path, before: undefined, after: current.text });
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { bump: bumpOfChanges(changes), changes };
}

export function bumpOfChanges(changes: ApiChange[]): ApiBump {
  if (changes.some((change) => BUMP_OF_API_CHANGE[change.kind] === 'major')) return 'major';
  return changes.length > 0 ? 'minor' : 'none';
}

type Direction = 'same' | 'narrowed' | 'widened' | 'changed';

/** Two directions together: the same direction stays, opposite ones make a change. */
function combine(a: Direction, b: Direction): Direction {
  if (a === 'same') return b;
  if (b === 'same' || a === b) return a;
  return 'changed';
}

function classify(old: ApiItem, current: ApiItem): ApiChangeKind {
  if (old.signatures !== undefined && current.signatures !== undefined) return kindOf(compareOverloads(old.signatures, current.signatures));
  if (old.union === undefined || current.union === undefined) return 'changed';
  let direction: Direction = 'same';
  if (old.optional !== current.optional) direction = combine(direction, current.optional ? 'widened' : 'narrowed');
  if (old.readonly !== current.readonly) direction = combine(direction, current.readonly ? 'narrowed' : 'widened');
  const type = old.tuple !== undefined && current.tuple !== undefined ? compareSets(old.tuple, current.tuple) : compareSets(old.union, current.union);
  direction = combine(direction, type);
  // The text differs, so "same" means a difference outside what is compared here.
  return direction === 'same' ? 'changed' : kindOf(direction);
}

function kindOf(direction: Direction): ApiChangeKind {
  return direction === 'same' || direction === 'changed' ? 'changed' : direction;
}

function compareSets(old: string[], current: string[]): Direction {
  const removed = old.some((member) => !current.includes(member));
  const added = current.some((member) => !old.includes(member));
  if (removed && added) return 'changed';
  return removed ? 'narrowed' : added ? 'widened' : 'same';
}

/** Overloads: kept ones are the same; each new overload widens, each lost one narrows, unless it is one signature that changed in one direction. */
function compareOverloads(old: Signature[], current: Signature[]): Direction {
  const key = (signature: Signature) => JSON.stringify(signature);
  const lost = old.filter((signature) => !current.some((other) => key(other) === key(signature)));
  const gained = current.filter((signature) => !old.some((other) => key(other) === key(signature)));
  if (lost.length === 1 && gained.length === 1) return compareSignatures(lost[0]!, gained[0]!);
  if (lost.length > 0 && gained.length > 0) return 'changed';
  return lost.length > 0 ? 'narrowed' : gained.length > 0 ? 'widened' : 'same';
}

/** One signature: the same type parameters and return type, and parameters that differ only by optional ones at the end (or by optionality). */
function compareSignatures(old: Signature, current: Signature): Direction {
  if (old.typeParameters !== current.typeParameters || old.returns !== current.returns) return 'changed';
  const text = (parameter: Signature['parameters'][number]) => parameter.text.replace(/^(\.\.\.)?([\w$]+)\?/, '$1$2');
  let direction: Direction = 'same';
  const shared = Math.min(old.parameters.length, current.parameters.length);
  for (let i = 0; i < shared; i++) {
    const [a, b] = [old.parameters[i]!, current.parameters[i]!];
    if (text(a) !== text(b)) return 'changed';
    if (a.optional !== b.optional) direction = combine(direction, b.optional ? 'widened' : 'narrowed');
  }
  // Parameters added at the end widen when optional (old calls still compile); required ones narrow.
  for (const extra of current.parameters.slice(shared)) direction = combine(direction, extra.optional ? 'widened' : 'narrowed');
  // Parameters removed at the end: calls that pass them stop compiling.
  if (old.parameters.length > current.parameters.length) direction = combine(direction, 'narrowed');
  return direction;
}
