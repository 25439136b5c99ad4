// A bundled OpenAPI document, dereferenced on demand. Redocly's bundle leaves only local `$ref`s
// (`#/components/...`); following them lazily, rather than inlining them into one big tree, keeps
// two things the comparison needs: where each node lives in the bundled document (the location of
// a change) and a finite walk through recursive schemas.
import { child, type Json, type JsonObject, isObject, unescapeToken, valueAt } from './json.ts';

/** A node and the JSON pointer where it lives in its document. */
export type Located = { node: Json; pointer: string };

const MAX_REF_CHAIN = 64;

export class OpenApiDocument {
  constructor(
    readonly root: JsonObject,
    /** Names the document in messages: a path, or `path@ref`. */
    readonly label: string,
  ) {}

  at(pointer: string): Located | undefined {
    const node = valueAt(this.root, pointer);
    return node === undefined ? undefined : { node, pointer };
  }

  /**
   * Follows `$ref` until a node that is not a reference. Keys beside a `$ref` (OpenAPI 3.1 allows
   * `description` and `summary` there, JSON Schema anything) override the target's. A reference
   * that leaves the document (a URL kept by the bundler) is returned as it is.
   */
  resolve(node: Json, pointer: string): Located {
    let current: Located = { node, pointer };
    for (let depth = 0; depth < MAX_REF_CHAIN; depth++) {
      const { node: value } = current;
      if (!isObject(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#')) return current;
      const targetPointer = decodeURIComponent(value.$ref.slice(1));
      const target = valueAt(this.root, targetPointer);
      if (target === undefined) throw new Error(`${this.label}: ${current.pointer || '/'} refers to ${value.$ref}, which does not exist`);
      const { $ref: _ref, ...siblings } = value;
      current = {
        node: Object.keys(siblings).length > 0 && isObject(target) ? { ...target, ...siblings } : target,
        pointer: targetPointer,
      };
    }
    throw new Error(`${this.label}: the $ref chain at ${pointer || '/'} does not end (a reference cycle)`);
  }

  /** The member `key` of an object node, resolved. */
  member(parent: Located, key: string): Located | undefined {
    if (!isObject(parent.node) || !Object.hasOwn(parent.node, key)) return undefined;
    return this.resolve(parent.node[key]!, child(parent.pointer, key));
  }

  /**
   * The named components (`/components/<section>/<name>`) that the document outside `components`
   * reaches through `$ref`s, directly or through other components.
   */
  reachableComponents(): Set<string> {
    const reached = new Set<string>();
    const walk = (node: Json): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isObject(node)) {
        const ref = node.$ref;
        if (typeof ref === 'string' && ref.startsWith('#/components/')) {
          const [section, name] = safeDecode(ref.slice('#/components/'.length)).split('/');
          const pointer = child('/components', unescapeToken(section ?? ''), unescapeToken(name ?? ''));
          const target = valueAt(this.root, pointer);
          if (!reached.has(pointer) && target !== undefined) {
            reached.add(pointer);
            walk(target);
          }
        }
        for (const value of Object.values(node)) walk(value);
      }
    };
    for (const [key, value] of Object.entries(this.root)) if (key !== 'components') walk(value);
    return reached;
  }

  /** Every `$ref` in the document that points nowhere, as messages. */
  brokenReferences(): string[] {
    const broken: string[] = [];
    const walk = (node: Json, pointer: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, child(pointer, i)));
      else if (isObject(node)) {
        const ref = node.$ref;
        if (typeof ref === 'string' && ref.startsWith('#') && valueAt(this.root, safeDecode(ref.slice(1))) === undefined) {
          broken.push(`${pointer || '/'} refers to ${ref}, which does not exist`);
        }
        for (const [key, value] of Object.entries(node)) walk(value, child(pointer, key));
      }
    };
    walk(this.root, '');
    return broken;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Equality of two nodes of two documents with every `$ref` followed, so a schema moved into a
 * component compares equal to its inline copy. Recursive references compare equal when the walk
 * comes back to a pair it is already comparing.
 */
export function equalDereferenced(left: OpenApiDocument, a: Located, right: OpenApiDocument, b: Located, seen = new Set<string>()): boolean {
  const x = left.resolve(a.node, a.pointer);
  const y = right.resolve(b.node, b.pointer);
  const pair = `${x.pointer}\n${y.pointer}`;
  if (seen.has(pair)) return true;
  if (Array.isArray(x.node) || Array.isArray(y.node)) {
    if (!Array.isArray(x.node) || !Array.isArray(y.node) || x.node.length !== y.node.length) return false;
    seen.add(pair);
    const [xs, ys] = [x.node, y.node];
    return xs.every((item, i) => equalDereferenced(left, { node: item, pointer: child(x.pointer, i) }, right, { node: ys[i]!, pointer: child(y.pointer, i) }, seen));
  }
  if (!isObject(x.node) || !isObject(y.node)) return x.node === y.node;
  const [xo, yo] = [x.node, y.node];
  const keys = Object.keys(xo);
  if (keys.length !== Object.keys(yo).length || !keys.every((key) => Object.hasOwn(yo, key))) return false;
  seen.add(pair);
  return keys.every((key) => equalDereferenced(left, { node: xo[key]!, pointer: child(x.pointer, key) }, right, { node: yo[key]!, pointer: child(y.pointer, key) }, seen));
}
