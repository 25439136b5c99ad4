// Turns an OpenAPI 3.1 component schema into a standalone JSON Schema (draft 2020-12) document that
// Ajv 2020 compiles in strict mode: OpenAPI-only keywords are dropped, and every schema it refers to
// is copied into `$defs` with its `$ref` rewritten.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const COMPONENT_REF = '#/components/schemas/';
/** Keywords OpenAPI adds to JSON Schema; a strict JSON Schema validator rejects them. */
const OPENAPI_ONLY = new Set(['discriminator', 'example', 'xml', 'externalDocs']);

function rewrite(node: Json, seen: Set<string>): Json {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, seen));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      if (!value.startsWith(COMPONENT_REF)) throw new Error(`unsupported $ref ${JSON.stringify(value)}`);
      const name = value.slice(COMPONENT_REF.length);
      seen.add(name);
      out[key] = `#/$defs/${name}`;
      continue;
    }
    // `properties` and `$defs` map names to schemas: their keys are data, not keywords.
    if ((key === 'properties' || key === 'patternProperties') && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, seen)]));
      continue;
    }
    out[key] = rewrite(value, seen);
  }
  return out;
}

export function toStandaloneJsonSchema(name: string, schemas: Record<string, Json>, id: string): JsonObject {
  const root = schemas[name];
  if (root === undefined) throw new Error(`no component schema ${JSON.stringify(name)}`);
  const pending = new Set<string>();
  const body = rewrite(root, pending) as JsonObject;
  const defs: JsonObject = {};
  // Copy referenced schemas until no new reference turns up.
  while (pending.size > 0) {
    const [next] = pending;
    pending.delete(next!);
    if (next! in defs) continue;
    const schema = schemas[next!];
    if (schema === undefined) throw new Error(`${name} refers to missing schema ${JSON.stringify(next)}`);
    const found = new Set<string>();
    defs[next!] = rewrite(schema, found);
    for (const ref of found) if (!(ref in defs)) pending.add(ref);
  }
  const sortedDefs = Object.fromEntries(Object.keys(defs).sort().map((key) => [key, defs[key]!]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    $comment: 'Generated from spec/ by `pnpm generate`. Do not edit.',
    title: name,
    ...body,
    ...(Object.keys(sortedDefs).length > 0 ? { $defs: sortedDefs } : {}),
  };
}
