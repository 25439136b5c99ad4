// Compares two schemas for one direction of data (request or response) and names each difference
// by kind; classify.ts decides what each kind weighs. Schemas are walked through their normalized
// views (normalize-schema.ts), property by property. The result of each pair of schemas is kept, so
// a schema shared by many operations is compared once per direction, and recursive schemas end.
import type { Direction, Kind } from './classify.ts';
import type { RawChange } from './changes.ts';
import { equalDereferenced, type Located, type OpenApiDocument } from '@cometchat-rest/operation-model';
import { textChanges } from './compare-text.ts';
import { child, deepEqual, type Json } from '@cometchat-rest/operation-model';
import { schemaSubject } from './locations.ts';
import { code, value } from './markdown.ts';
import { SchemaNormalizer, type SchemaView } from './normalize-schema.ts';

type Tightness = 'tightened' | 'loosened' | 'changed';

/** Upper bounds: a smaller number accepts less. Absent means unbounded. */
const UPPER_BOUNDS = new Set(['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum']);
/** Lower bounds: a larger number accepts less. Absent means 0 for counts, unbounded for numbers. */
const LOWER_BOUNDS = new Map<string, number>([
  ['minLength', 0],
  ['minItems', 0],
  ['minProperties', 0],
  ['minimum', -Infinity],
  ['exclusiveMinimum', -Infinity],
]);
/** Constraints that, when present, accept less than when absent, and are not ordered otherwise. */
const PRESENCE_LIMITS = new Set(['pattern', 'format']);

export class SchemaComparer {
  private readonly oldSchemas: SchemaNormalizer;
  private readonly newSchemas: SchemaNormalizer;
  private readonly results = new Map<string, RawChange[]>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly oldDocument: OpenApiDocument,
    private readonly newDocument: OpenApiDocument,
  ) {
    this.oldSchemas = new SchemaNormalizer(oldDocument);
    this.newSchemas = new SchemaNormalizer(newDocument);
  }

  compare(oldSchema: Located, newSchema: Located, direction: Direction): RawChange[] {
    const before = this.oldSchemas.view(oldSchema);
    const after = this.newSchemas.view(newSchema);
    const key = `${direction}\n${before.pointer}\n${after.pointer}`;
    const known = this.results.get(key);
    if (known !== undefined) return known;
    // Back at a pair being compared further up (a recursive schema): what differs is found there.
    if (this.inProgress.has(key)) return [];
    this.inProgress.add(key);
    const changes: RawChange[] = [];
    try {
      this.compareViews(before, after, direction, changes);
    } finally {
      this.inProgress.delete(key);
    }
    this.results.set(key, changes);
    return changes;
  }

  private compareViews(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    if (isWhole(before) || isWhole(after)) {
      if (!this.equal(whole(before), whole(after))) {
        out.push({ kind: 'unclassified-change', location: after.pointer, message: `${subject(after.pointer)} changed in a way the differ does not classify` });
      }
      return;
    }
    this.compareText(before, after, out);
    this.compareTypes(before, after, direction, out);
    this.compareNullable(before, after, direction, out);
    this.compareEnum(before, after, direction, out);
    this.compareKeywords(before, after, direction, out);
    this.compareProperties(before, after, direction, out);
    this.compareItems(before, after, direction, out);
    this.compareAdditionalProperties(before, after, direction, out);
    this.compareVariants(before, after, direction, out);
    this.compareAllOf(before, after, direction, out);
    if (!this.equalOptional(before.discriminator, after.discriminator)) {
      const where = after.discriminator ?? before.discriminator!;
      out.push({ kind: `${direction}-discriminator-changed`, location: where.pointer, message: `${subject(after.pointer)}: discriminator changed` });
    }
  }

  /** Descriptions, titles, examples and `x-` keys, part by part (a part is matched by where it lives, else by position). */
  private compareText(before: SchemaView, after: SchemaView, out: RawChange[]): void {
    const unmatched = [...after.parts];
    const pairs: [Located, Located][] = [];
    const leftover: Located[] = [];
    for (const part of before.parts) {
      const index = unmatched.findIndex((candidate) => candidate.pointer === part.pointer);
      if (index >= 0) pairs.push([part, unmatched.splice(index, 1)[0]!]);
      else leftover.push(part);
    }
    // Parts that moved (a schema split into a file of its own) pair up in order; the text of a part
    // without a counterpart counts as added or removed.
    const count = Math.max(leftover.length, unmatched.length);
    for (let i = 0; i < count; i++) {
      const oldPart = leftover[i] ?? { node: {}, pointer: unmatched[i]!.pointer };
      const newPart = unmatched[i] ?? { node: {}, pointer: oldPart.pointer };
      pairs.push([oldPart, newPart]);
    }
    for (const [oldPart, newPart] of pairs) out.push(...textChanges(this.oldDocument, oldPart, this.newDocument, newPart, subject(newPart.pointer)));
  }

  private compareTypes(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const [was, is] = [before.types?.set, after.types?.set];
    if (was === undefined && is === undefined) return;
    const widened = coversTypes(is, was);
    const narrowed = coversTypes(was, is);
    if (widened && narrowed) return;
    const how = widened ? 'widened' : narrowed ? 'narrowed' : 'changed';
    out.push({
      kind: `${direction}-type-${how}`,
      location: after.types?.pointer ?? before.types!.pointer,
      message: `${subject(after.pointer)}: type ${how} from ${typeText(was)} to ${typeText(is)}`,
    });
  }

  private compareNullable(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    if (!before.nullable && after.nullable) {
      out.push({ kind: `${direction}-became-nullable`, location: after.nullable.pointer, message: `${subject(after.pointer)} may now be ${code('null')}` });
    } else if (before.nullable && !after.nullable) {
      out.push({ kind: `${direction}-no-longer-nullable`, location: before.nullable.pointer, message: `${subject(after.pointer)} may no longer be ${code('null')}` });
    }
  }

  private compareEnum(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const [was, is] = [before.enum, after.enum];
    if (was === undefined && is === undefined) return;
    const name = subject(after.pointer);
    if (was === undefined) {
      out.push({ kind: `${direction}-enum-added`, location: is!.pointer, message: `${name} is now limited to ${is!.values.map(value).join(', ')}` });
      return;
    }
    if (is === undefined) {
      out.push({ kind: `${direction}-enum-removed`, location: was.pointer, message: `${name} is no longer limited to ${was.values.map(value).join(', ')}` });
      return;
    }
    // The index in the enum as written (`null`, counted apart, may stand before the value).
    const at = (list: NonNullable<SchemaView['enum']>, item: Json): string => (list.isConst ? list.pointer : child(list.pointer, list.written.findIndex((other) => deepEqual(other, item))));
    for (const item of was.values) {
      if (!is.values.some((other) => deepEqual(other, item))) out.push({ kind: `${direction}-enum-value-removed`, location: at(was, item), message: `${name}: value ${value(item)} removed` });
    }
    for (const item of is.values) {
      if (!was.values.some((other) => deepEqual(other, item))) out.push({ kind: `${direction}-enum-value-added`, location: at(is, item), message: `${name}: value ${value(item)} added` });
    }
  }

  private compareKeywords(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const name = subject(after.pointer);
    for (const key of new Set([...before.keywords.keys(), ...after.keywords.keys()])) {
      const [was, is] = [before.keywords.get(key), after.keywords.get(key)];
      // readOnly/writeOnly decide whether a property exists in a direction (see compareProperties).
      if (key === 'readOnly' || key === 'writeOnly') continue;
      if (was !== undefined && is !== undefined && this.equal(was, is)) continue;
      const location = is?.pointer ?? was!.pointer;
      const change = `${code(key)} ${describeValueChange(was?.node, is?.node)}`;
      if (key === 'default') {
        out.push({ kind: `${direction}-default-changed`, location, message: `${name}: ${change}` });
      } else if (key === 'deprecated') {
        const deprecated = is?.node === true;
        if (deprecated !== (was?.node === true)) {
          out.push({ kind: deprecated ? 'schema-deprecated' : 'schema-undeprecated', location, message: `${name} ${deprecated ? 'is now deprecated' : 'is no longer deprecated'}` });
        }
      } else {
        const tightness = limitChange(key, was?.node, is?.node);
        if (tightness === 'same') continue;
        const kind: Kind = tightness === undefined ? 'unclassified-change' : `${direction}-limit-${tightness}`;
        out.push({ kind, location, message: `${name}: ${change}` });
      }
    }
  }

  private compareProperties(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const names = new Set([...before.properties.keys(), ...after.properties.keys(), ...before.required.keys(), ...after.required.keys()]);
    for (const name of names) {
      const was = this.visible(this.oldSchemas, before.properties.get(name), direction);
      const is = this.visible(this.newSchemas, after.properties.get(name), direction);
      const [wasRequired, isRequired] = [before.required.has(name), after.required.has(name)];
      if (was !== undefined && is === undefined) {
        out.push({ kind: `${direction}-property-removed`, location: was.pointer, message: `${subject(was.pointer)} removed` });
        continue;
      }
      if (was === undefined && is !== undefined) {
        const kind = isRequired ? (`${direction}-required-property-added` as const) : (`${direction}-property-added` as const);
        out.push({ kind, location: is.pointer, message: `${subject(is.pointer)} added${isRequired ? ' (required)' : ''}` });
        continue;
      }
      if (wasRequired !== isRequired) {
        const location = is?.pointer ?? after.required.get(name) ?? before.required.get(name)!;
        const label = is !== undefined ? subject(is.pointer) : `${subject(after.pointer)}.${code(name)}`;
        out.push(
          isRequired
            ? { kind: `${direction}-property-became-required`, location, message: `${label} is now required` }
            : { kind: `${direction}-property-became-optional`, location, message: `${label} is now optional` },
        );
      }
      if (was !== undefined && is !== undefined) out.push(...this.compare(was, is, direction));
    }
  }

  /** A property as the direction sees it: readOnly ones are not sent in requests, writeOnly ones not returned. */
  private visible(schemas: SchemaNormalizer, property: Located | undefined, direction: Direction): Located | undefined {
    if (property === undefined) return undefined;
    const hidden = direction === 'request' ? 'readOnly' : 'writeOnly';
    return schemas.view(property).keywords.get(hidden)?.node === true ? undefined : property;
  }

  private compareItems(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const [was, is] = [before.items, after.items];
    if (was !== undefined && is !== undefined) out.push(...this.compare(was, is, direction));
    else if (was !== undefined || is !== undefined) {
      out.push({
        kind: `${direction}-limit-${is !== undefined ? 'tightened' : 'loosened'}`,
        location: (is ?? was)!.pointer,
        message: `${subject(after.pointer)}: ${code('items')} schema ${is !== undefined ? 'added' : 'removed'}`,
      });
    }
  }

  private compareAdditionalProperties(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const [was, is] = [before.additionalProperties, after.additionalProperties];
    const shape = (extra: Located | undefined): 'open' | 'closed' | 'schema' =>
      extra === undefined || extra.node === true ? 'open' : extra.node === false ? 'closed' : 'schema';
    const [from, to] = [shape(was), shape(is)];
    if (from === 'schema' && to === 'schema') {
      out.push(...this.compare(was!, is!, direction));
      return;
    }
    if (from === to) return;
    // open accepts the most, a schema less, `false` nothing.
    const rank = { open: 2, schema: 1, closed: 0 };
    const how = rank[to] < rank[from] ? 'tightened' : 'loosened';
    out.push({
      kind: `${direction}-limit-${how}`,
      location: (is ?? was)!.pointer,
      message: `${subject(after.pointer)}: ${code('additionalProperties')} ${describeValueChange(was?.node, is?.node)}`,
    });
  }

  /** oneOf/anyOf branches, matched by content, then by where they live, then by their types. */
  private compareVariants(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const [was, is] = [before.variants, after.variants];
    if (was === undefined && is === undefined) return;
    if (was !== undefined && is !== undefined && was.combinator !== is.combinator) {
      // anyOf accepts a value that matches several branches; oneOf does not.
      out.push({
        kind: `${direction}-limit-${is.combinator === 'anyOf' ? 'loosened' : 'tightened'}`,
        location: is.pointer,
        message: `${subject(after.pointer)}: ${code(was.combinator)} became ${code(is.combinator)}`,
      });
    }
    const { pairs, removed, added } = this.match(was?.list ?? [], is?.list ?? []);
    for (const [oldVariant, newVariant] of pairs) out.push(...this.compare(oldVariant, newVariant, direction));
    for (const variant of removed) out.push({ kind: `${direction}-variant-removed`, location: variant.pointer, message: `${subject(after.pointer)}: branch ${subject(variant.pointer)} removed` });
    for (const variant of added) out.push({ kind: `${direction}-variant-added`, location: variant.pointer, message: `${subject(after.pointer)}: branch ${subject(variant.pointer)} added` });
  }

  /** allOf parts that could not be merged: one more part constrains more. */
  private compareAllOf(before: SchemaView, after: SchemaView, direction: Direction, out: RawChange[]): void {
    const { pairs, removed, added } = this.match(before.allOf, after.allOf);
    for (const [oldPart, newPart] of pairs) out.push(...this.compare(oldPart, newPart, direction));
    for (const part of removed) out.push({ kind: `${direction}-limit-loosened`, location: part.pointer, message: `${subject(after.pointer)}: ${code('allOf')} part ${subject(part.pointer)} removed` });
    for (const part of added) out.push({ kind: `${direction}-limit-tightened`, location: part.pointer, message: `${subject(after.pointer)}: ${code('allOf')} part ${subject(part.pointer)} added` });
  }

  private match(before: Located[], after: Located[]): { pairs: [Located, Located][]; removed: Located[]; added: Located[] } {
    const left = [...after];
    const pairs: [Located, Located][] = [];
    let removed = [...before];
    const take = (accept: (oldItem: Located, newItem: Located) => boolean): void => {
      removed = removed.filter((oldItem) => {
        const index = left.findIndex((newItem) => accept(oldItem, newItem));
        if (index < 0) return true;
        pairs.push([oldItem, left.splice(index, 1)[0]!]);
        return false;
      });
    };
    take((a, b) => this.equal(a, b));
    take((a, b) => this.oldDocument.resolve(a.node, a.pointer).pointer === this.newDocument.resolve(b.node, b.pointer).pointer);
    take((a, b) => this.signature(this.oldSchemas, a) === this.signature(this.newSchemas, b));
    return { pairs, removed, added: left };
  }

  /** What tells two branches apart when their content changed: their types and the fixed values of their properties (a discriminator). */
  private signature(schemas: SchemaNormalizer, schema: Located): string {
    const view = schemas.view(schema);
    const fixed = [...view.properties].flatMap(([name, property]) => {
      const values = schemas.view(property).enum?.values;
      return values?.length === 1 ? [`${name}=${JSON.stringify(values[0])}`] : [];
    });
    return JSON.stringify([[...(view.types?.set ?? ['any'])].sort(), fixed.sort()]);
  }

  private equal(a: Located, b: Located): boolean {
    return equalDereferenced(this.oldDocument, a, this.newDocument, b);
  }

  private equalOptional(a: Located | undefined, b: Located | undefined): boolean {
    return a === undefined || b === undefined ? a === b : this.equal(a, b);
  }
}

function subject(pointer: string): string {
  return code(schemaSubject(pointer));
}

/** Whether the types `big` allow every type of `small` (absent = any; `number` covers `integer`). */
function coversTypes(big: Set<string> | undefined, small: Set<string> | undefined): boolean {
  if (big === undefined) return true;
  if (small === undefined) return false;
  return [...small].every((type) => big.has(type) || (type === 'integer' && big.has('number')));
}

function typeText(types: Set<string> | undefined): string {
  return code(types === undefined ? 'any' : types.size === 0 ? 'nothing' : [...types].sort().join(' | '));
}

function describeValueChange(was: Json | undefined, is: Json | undefined): string {
  if (was === undefined) return `${value(is)} added`;
  if (is === undefined) return `${value(was)} removed`;
  return `changed from ${value(was)} to ${value(is)}`;
}

/** How a limit keyword moved ('same' when it did not, in effect), or undefined when `key` is not a limit the differ knows. */
function limitChange(key: string, was: Json | undefined, is: Json | undefined): Tightness | 'same' | undefined {
  const number = (item: Json | undefined, absent: number): number | undefined => (item === undefined ? absent : typeof item === 'number' ? item : undefined);
  if (UPPER_BOUNDS.has(key) || LOWER_BOUNDS.has(key)) {
    const absent = UPPER_BOUNDS.has(key) ? Infinity : LOWER_BOUNDS.get(key)!;
    const [from, to] = [number(was, absent), number(is, absent)];
    if (from === undefined || to === undefined) return 'changed';
    const accepts = UPPER_BOUNDS.has(key) ? to - from : from - to; // > 0: accepts more
    return accepts > 0 ? 'loosened' : accepts < 0 ? 'tightened' : 'same';
  }
  if (key === 'multipleOf') {
    if (was === undefined) return 'tightened';
    if (is === undefined) return 'loosened';
    if (typeof was !== 'number' || typeof is !== 'number') return 'changed';
    if (Number.isInteger(is / was)) return 'tightened';
    if (Number.isInteger(was / is)) return 'loosened';
    return 'changed';
  }
  if (key === 'uniqueItems') return (is === true) === (was === true) ? 'same' : is === true ? 'tightened' : 'loosened';
  if (PRESENCE_LIMITS.has(key)) return was === undefined ? 'tightened' : is === undefined ? 'loosened' : 'changed';
  return undefined;
}

/** A schema that is not an object of keywords (`true`, `false`, or invalid) is compared as a whole. */
function isWhole(view: SchemaView): boolean {
  return view.opaque !== undefined || view.boolean !== undefined;
}

function whole(view: SchemaView): Located {
  return view.opaque ?? { node: view.boolean ?? view.parts[0]?.node ?? null, pointer: view.pointer };
}
