// Which branches of a `oneOf`/`anyOf` a value is meant to follow. Used to explain validation
// failures precisely and to know which property names apply to a value.
//
// In order: the branch the OpenAPI `discriminator` names; else the branches the value validates
// against; else the branches whose type fits the value; else all of them.

import { childPointer, isObject, jsonType, type CheckedSpec } from './openapi-document.ts';

/** The `type`s a schema allows, looking through `$ref` and `allOf`; null when it does not say. */
function declaredTypes(spec: CheckedSpec, pointer: string, depth = 0): string[] | null {
  if (depth > 16) return null;
  const node = spec.at(pointer);
  if (!isObject(node)) return null;
  if (typeof node.type === 'string') return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((t): t is string => typeof t === 'string');
  if ('const' in node) return [jsonType(node.const)];
  if (typeof node.$ref === 'string') return declaredTypes(spec, spec.refPointer(node.$ref), depth + 1);
  if (Array.isArray(node.allOf)) {
    for (let i = 0; i < node.allOf.length; i++) {
      const types = declaredTypes(spec, childPointer(pointer, 'allOf', i), depth + 1);
      if (types) return types;
    }
  }
  return null;
}

export function typeFits(spec: CheckedSpec, pointer: string, value: unknown): boolean {
  const types = declaredTypes(spec, pointer);
  if (types === null) return true;
  const actual = jsonType(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** Values a schema pins a property to (`const` or `enum`), looking through `$ref` and `allOf`. */
function pinnedValues(spec: CheckedSpec, pointer: string, property: string, depth = 0): unknown[] | null {
  if (depth > 16) return null;
  const node = spec.at(pointer);
  if (!isObject(node)) return null;
  if (typeof node.$ref === 'string') {
    const found = pinnedValues(spec, spec.refPointer(node.$ref), property, depth + 1);
    if (found) return found;
  }
  const prop = isObject(node.properties) ? node.properties[property] : undefined;
  if (isObject(prop)) {
    if ('const' in prop) return [prop.const];
    if (Array.isArray(prop.enum)) return prop.enum;
  }
  if (Array.isArray(node.allOf)) {
    for (let i = 0; i < node.allOf.length; i++) {
      const found = pinnedValues(spec, childPointer(pointer, 'allOf', i), property, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** The branch the discriminator picks for `value`, or null when it picks none. */
function discriminated(spec: CheckedSpec, node: Record<string, unknown>, branches: string[], value: unknown): string | null {
  const discriminator = node.discriminator;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string' || !isObject(value)) return null;
  const tag = value[discriminator.propertyName];
  if (typeof tag !== 'string') return null;
  const refOf = (branch: string): string | null => {
    const b = spec.at(branch);
    return isObject(b) && typeof b.$ref === 'string' ? b.$ref : null;
  };
  const mapped = isObject(discriminator.mapping) ? discriminator.mapping[tag] : undefined;
  if (typeof mapped === 'string') {
    const byMapping = branches.find((branch) => refOf(branch) === mapped);
    if (byMapping) return byMapping;
  }
  const byName = branches.find((branch) => refOf(branch)?.endsWith(`/${tag}`));
  if (byName) return byName;
  return branches.find((branch) => pinnedValues(spec, branch, discriminator.propertyName as string)?.includes(tag)) ?? null;
}

/** Pointers of the branches of `node[keyword]` (at `pointer`) that `value` is meant to follow. */
export function chooseBranches(spec: CheckedSpec, pointer: string, keyword: 'oneOf' | 'anyOf', value: unknown): string[] {
  const node = spec.at(pointer);
  if (!isObject(node) || !Array.isArray(node[keyword])) return [];
  const branches = (node[keyword] as unknown[]).map((_, i) => childPointer(pointer, keyword, i));
  const picked = discriminated(spec, node, branches, value);
  if (picked) return [picked];
  const valid = branches.filter((branch) => spec.validates(branch, value));
  if (valid.length > 0) return valid;
  const fitting = branches.filter((branch) => typeFits(spec, branch, value));
  return fitting.length > 0 ? fitting : branches;
}
