// A schema as the comparison sees it: references followed, `allOf` parts merged into one set of
// properties, and `null` pulled out of `type`, `enum` and `oneOf`/`anyOf` into one `nullable` flag.
// Two specs that say the same thing in different shapes (a property moved into a shared allOf part,
// `type: [string, 'null']` for `oneOf: [string, null]`, a schema split into its own file) give the
// same view, so layout never shows up as a change.
import { type Located, type OpenApiDocument } from '@cometchat-rest/operation-model';
import { child, deepEqual, type Json, isObject } from '@cometchat-rest/operation-model';

/** Keywords that only document; compared as text (fix), never as constraints. */
const DOC_KEYWORDS = new Set(['description', 'title', 'example', 'examples', '$comment', 'externalDocs']);

/** Extensions that change what the generated client does; compared on their own, not as text. */
export const BEHAVIOUR_EXTENSIONS = new Set(['x-retry-safe', 'x-pagination', 'x-result']);

export function isDocKeyword(key: string): boolean {
  return DOC_KEYWORDS.has(key) || (key.startsWith('x-') && !BEHAVIOUR_EXTENSIONS.has(key));
}

export type SchemaView = {
  /** Where the schema lives; for a `$ref` with keys beside it, where that `$ref` is. */
  pointer: string;
  /** `true` or `false` as a whole schema. */
  boolean?: boolean;
  /** Not a schema object at all (an invalid document); compared as a whole. */
  opaque?: Located;
  /** The objects merged into this view (itself, its allOf parts, an unwrapped nullable branch): their text is compared part by part. */
  parts: Located[];
  /** Declared types without `null`; absent means any type. */
  types?: { set: Set<string>; pointer: string };
  nullable?: { pointer: string };
  /** `values` without `null`; `written` as in the document. `const` is an enum of one value. */
  enum?: { values: Json[]; written: Json[]; pointer: string; isConst: boolean };
  properties: Map<string, Located>;
  /** Required property names, each with the pointer of the `required` array that lists it. */
  required: Map<string, string>;
  items?: Located;
  additionalProperties?: Located;
  variants?: { combinator: 'oneOf' | 'anyOf'; list: Located[]; pointer: string };
  /** allOf parts that could not be merged (they define the same property or keyword differently). */
  allOf: Located[];
  discriminator?: Located;
  /** Every other keyword: limits, format, default, deprecated, readOnly, ... */
  keywords: Map<string, Located>;
};

function emptyView(pointer: string): SchemaView {
  return { pointer, parts: [], properties: new Map(), required: new Map(), allOf: [], keywords: new Map() };
}

/** Builds (and caches) the views of one document's schemas. */
export class SchemaNormalizer {
  private readonly cache = new Map<string, SchemaView>();
  private readonly building = new Set<string>();

  constructor(readonly document: OpenApiDocument) {}

  view(schema: Located): SchemaView {
    const { node, pointer } = schema;
    if (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && Object.keys(node).length === 1) {
      return this.view(this.document.resolve(node, pointer));
    }
    const cached = this.cache.get(pointer);
    if (cached !== undefined) return cached;
    // A schema that contains itself through allOf: the inner occurrence adds nothing.
    if (this.building.has(pointer)) return emptyView(pointer);
    this.building.add(pointer);
    try {
      const view = this.build(schema);
      this.cache.set(pointer, view);
      return view;
    } finally {
      this.building.delete(pointer);
    }
  }

  private build(schema: Located): SchemaView {
    const { node, pointer } = schema;
    const view = emptyView(pointer);
    if (typeof node === 'boolean') return { ...view, boolean: node };
    if (!isObject(node)) return { ...view, opaque: schema };
    absorb(view, schema);
    // In JSON Schema 2020-12 a `$ref` beside other keywords is one more allOf part.
    const parts: Located[] = [];
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) parts.push(this.document.resolve({ $ref: node.$ref }, pointer));
    if (Array.isArray(node.allOf)) node.allOf.forEach((part, i) => parts.push({ node: part, pointer: child(pointer, 'allOf', i) }));
    for (const part of parts) if (!merge(view, this.view(part))) view.allOf.push(part);
    this.unwrapNullableVariant(view);
    return view;
  }

  /** `oneOf: [X, {type: 'null'}]` is X, nullable. */
  private unwrapNullableVariant(view: SchemaView): void {
    const variants = view.variants;
    if (variants === undefined) return;
    const others = variants.list.filter((variant) => !this.isNull(variant));
    if (others.length === variants.list.length) return;
    view.nullable ??= { pointer: variants.pointer };
    view.variants = undefined;
    if (others.length === 1 && merge(view, this.view(others[0]!))) return;
    view.variants = { ...variants, list: others };
  }

  private isNull(schema: Located): boolean {
    const { node } = this.document.resolve(schema.node, schema.pointer);
    if (!isObject(node)) return false;
    return node.type === 'null' || deepEqual(node.type, ['null']) || (Object.hasOwn(node, 'const') && node.const === null) || deepEqual(node.enum, [null]);
  }
}

/** Takes the keywords of one schema object into `view`. */
function absorb(view: SchemaView, schema: Located): void {
  const node = schema.node as Record<string, Json>;
  const at = (key: string): string => child(schema.pointer, key);
  view.parts.push(schema);
  for (const [key, value] of Object.entries(node)) {
    if (isDocKeyword(key) || key === 'allOf' || (key === '$ref' && typeof value === 'string' && value.startsWith('#'))) continue;
    if (key === 'type' && (typeof value === 'string' || Array.isArray(value))) {
      const names = (Array.isArray(value) ? value : [value]).map(String);
      if (names.includes('null')) view.nullable = { pointer: at(key) };
      view.types = { set: new Set(names.filter((name) => name !== 'null')), pointer: at(key) };
    } else if (key === 'nullable' && value === true) {
      view.nullable = { pointer: at(key) };
    } else if ((key === 'enum' && Array.isArray(value)) || key === 'const') {
      const values = key === 'enum' ? (value as Json[]) : [value];
      if (values.includes(null)) view.nullable = { pointer: at(key) };
      view.enum = { values: values.filter((item) => item !== null), written: values, pointer: at(key), isConst: key === 'const' };
    } else if (key === 'properties' && isObject(value)) {
      for (const name of Object.keys(value)) view.properties.set(name, { node: value[name]!, pointer: child(schema.pointer, key, name) });
    } else if (key === 'required' && Array.isArray(value)) {
      for (const name of value) if (typeof name === 'string') view.required.set(name, at(key));
    } else if (key === 'items' && (isObject(value) || typeof value === 'boolean')) {
      view.items = { node: value, pointer: at(key) };
    } else if (key === 'additionalProperties') {
      view.additionalProperties = { node: value, pointer: at(key) };
    } else if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(value) && view.variants === undefined) {
      view.variants = { combinator: key, list: value.map((item, i) => ({ node: item, pointer: child(schema.pointer, key, i) })), pointer: at(key) };
    } else if (key === 'discriminator') {
      view.discriminator = { node: value, pointer: at(key) };
    } else {
      view.keywords.set(key, { node: value, pointer: at(key) });
    }
  }
}

/**
 * Merges the view of an allOf part (or an unwrapped branch) into `target`, when nothing collides:
 * no property, list shape, enum or keyword defined on both sides with different content. Returns
 * false, changing nothing, when something does; that part is then compared as an allOf part.
 */
function merge(target: SchemaView, source: SchemaView): boolean {
  if (source.boolean === true) return true;
  if (source.boolean === false || source.opaque !== undefined) return false;
  const both = <T>(a: T | undefined, b: T | undefined): boolean => a !== undefined && b !== undefined;
  if ([...source.properties.keys()].some((name) => target.properties.has(name))) return false;
  if (both(target.items, source.items) || both(target.additionalProperties, source.additionalProperties)) return false;
  if (both(target.variants, source.variants) || both(target.discriminator, source.discriminator) || both(target.enum, source.enum)) return false;
  for (const [key, keyword] of source.keywords) {
    const own = target.keywords.get(key);
    if (own !== undefined && !deepEqual(own.node, keyword.node)) return false;
  }

  target.parts.push(...source.parts);
  if (source.types !== undefined) {
    target.types = target.types === undefined ? source.types : { set: intersectTypes(target.types.set, source.types.set), pointer: target.types.pointer };
  }
  target.nullable ??= source.nullable;
  target.enum ??= source.enum;
  for (const [name, property] of source.properties) target.properties.set(name, property);
  for (const [name, pointer] of source.required) if (!target.required.has(name)) target.required.set(name, pointer);
  target.items ??= source.items;
  target.additionalProperties ??= source.additionalProperties;
  target.variants ??= source.variants;
  target.discriminator ??= source.discriminator;
  target.allOf.push(...source.allOf);
  for (const [key, keyword] of source.keywords) if (!target.keywords.has(key)) target.keywords.set(key, keyword);
  return true;
}

function intersectTypes(a: Set<string>, b: Set<string>): Set<string> {
  const result = new Set<string>();
  for (const type of a) {
    if (b.has(type)) result.add(type);
    else if (type === 'number' && b.has('integer')) result.add('integer');
    else if (type === 'integer' && b.has('number')) result.add('integer');
  }
  return result;
}
