// Fields CometChat's schema names that the spec's does not: both schemas are walked side by side,
// property by property. At each level every branch counts (`$ref`, `allOf`, `oneOf`, `anyOf` all
// followed), so a field is "named" when any schema that may apply there names it; a free-form
// object or `additionalProperties` on the spec's side names everything below it.
import { isObject, type JsonObject, type OpenApiDocument } from '@cometchat-rest/operation-model';
import { childPointer, type CheckedSpec } from './openapi-document.ts';

type Nodes = { pointer: string; node: JsonObject }[];

const COMPOSING = ['allOf', 'oneOf', 'anyOf'] as const;
const MAX_DEPTH = 12;

/** Every schema node that applies at `pointers`, following `$ref` and every branch. */
function expand(at: (pointer: string) => unknown, pointers: string[]): Nodes {
  const out: Nodes = [];
  const seen = new Set<string>();
  const visit = (pointer: string) => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    const node = at(pointer);
    if (!isObject(node)) return;
    out.push({ pointer, node });
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) visit(decodeURIComponent(node.$ref.slice(1)));
    for (const keyword of COMPOSING) if (Array.isArray(node[keyword])) node[keyword].forEach((_, i) => visit(childPointer(pointer, keyword, i)));
  };
  pointers.forEach(visit);
  return out;
}

/** Whether the spec's side allows any field here (a free-form object, or additional properties). */
function namesEverything(nodes: Nodes): boolean {
  return nodes.some(({ node }) => node.additionalProperties === true || isObject(node.additionalProperties) || (node.type === 'object' && !isObject(node.properties) && !COMPOSING.some((k) => k in node) && !('$ref' in node)));
}

/**
 * JSON-pointer-like paths (`/data/pinnedBy`, `/data/*` for array items) of the fields the vendor
 * schema at `vendorPointer` names and the spec's schema at `ourPointer` does not.
 */
export function missingFields(ours: CheckedSpec, ourPointer: string, vendor: OpenApiDocument, vendorPointer: string): string[] {
  const missing: string[] = [];
  const walk = (mine: string[], theirs: string[], path: string, depth: number) => {
    if (depth > MAX_DEPTH || theirs.length === 0) return;
    const vendorNodes = expand((pointer) => vendor.at(pointer)?.node, theirs);
    const ourNodes = expand((pointer) => ours.at(pointer), mine);
    const vendorItems = vendorNodes.filter(({ node }) => isObject(node.items)).map(({ pointer }) => childPointer(pointer, 'items'));
    if (vendorItems.length > 0) walk(ourNodes.filter(({ node }) => isObject(node.items)).map(({ pointer }) => childPointer(pointer, 'items')), vendorItems, `${path}/*`, depth + 1);
    const names = new Set(vendorNodes.flatMap(({ node }) => (isObject(node.properties) ? Object.keys(node.properties) : [])));
    if (names.size === 0 || namesEverything(ourNodes)) return;
    for (const name of names) {
      const ourChildren = ourNodes.filter(({ node }) => isObject(node.properties) && name in node.properties).map(({ pointer }) => childPointer(pointer, 'properties', name));
      if (ourChildren.length === 0) {
        missing.push(`${path}/${name}`);
        continue;
      }
      const vendorChildren = vendorNodes.filter(({ node }) => isObject(node.properties) && name in node.properties).map(({ pointer }) => childPointer(pointer, 'properties', name));
      walk(ourChildren, vendorChildren, `${path}/${name}`, depth + 1);
    }
  };
  walk([ourPointer], [vendorPointer], '', 0);
  return missing;
}

/** The JSON type(s) a schema allows, following `$ref` (null when it does not say). */
export function jsonTypes(at: (pointer: string) => unknown, pointer: string): string[] | null {
  for (const { node } of expand(at, [pointer])) {
    if (typeof node.type === 'string') return [node.type];
    if (Array.isArray(node.type)) return node.type.map(String);
    const values = node.const !== undefined ? [node.const] : Array.isArray(node.enum) ? node.enum : null;
    if (values) return [...new Set(values.map((value) => (typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : value === null ? 'null' : typeof value)))];
  }
  return null;
}
