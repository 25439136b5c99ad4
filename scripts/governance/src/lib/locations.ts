// Human names for JSON pointers into a bundled spec, for messages: the pointer
// `/components/schemas/Group/properties/description` reads as `Group.description`, and
// `/paths/~1users~1{uid}~1conversation/put/requestBody/content/application~1json/schema` as
// `PUT /users/{uid}/conversation request body`.
import { tokens } from '@cometchat-rest/operation-model';

/** How an operation is named in messages: its operationId, or `GET /path` when it has none. */
export function operationName(method: string, path: string, operationId: unknown): string {
  return typeof operationId === 'string' && operationId !== '' ? operationId : `${method.toUpperCase()} ${path}`;
}

/** The name of the schema (or schema part) at `pointer`, e.g. `Group.description` or `Tags[]`. */
export function schemaSubject(pointer: string): string {
  const parts = tokens(pointer);
  const [root, rest] = schemaRoot(parts);
  if (root === undefined) return pointer;
  let subject = root;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    const next = rest[i + 1];
    if ((token === 'properties' || token === 'patternProperties') && next !== undefined) {
      subject += `.${next}`;
      i++;
    } else if (token === 'items') subject += '[]';
    else if (token === 'additionalProperties') subject += '{*}';
    else if (token === 'allOf' && next !== undefined) i++; // allOf parts are merged: their properties are the schema's own
    else if ((token === 'oneOf' || token === 'anyOf' || token === 'prefixItems') && next !== undefined) {
      subject += ` (${token} ${next})`;
      i++;
    } else subject += `/${token}`;
  }
  return subject;
}

function schemaRoot(parts: string[]): [string | undefined, string[]] {
  const [section, name, ...rest] = parts;
  if (section === 'components' && name !== undefined && rest.length > 0) {
    const [component, ...inner] = rest;
    if (name === 'schemas') return [component, inner];
    const label: Record<string, string> = { parameters: 'parameter', headers: 'header', responses: 'response', requestBodies: 'request body' };
    if (label[name] !== undefined) return withinObject(`${label[name]} ${component}`, inner);
  }
  if (section === 'paths' && name !== undefined) {
    const [method, ...inner] = rest;
    if (method === 'parameters') return withinObject(`${name} parameter`, rest);
    if (method !== undefined) return withinObject(`${method.toUpperCase()} ${name}`, inner);
  }
  return [undefined, []];
}

/** Skips the non-schema steps below a parameter, header, body or response down to its schema. */
function withinObject(prefix: string, parts: string[]): [string, string[]] {
  let label = prefix;
  let i = 0;
  while (i < parts.length && parts[i] !== 'schema') {
    const token = parts[i]!;
    if (token === 'requestBody') label += ' request body';
    else if (token === 'responses') label += ` response ${parts[++i] ?? ''}`;
    else if (token === 'headers') label += ` header ${parts[++i] ?? ''}`;
    else if (token === 'parameters') label += ` parameter #${parts[++i] ?? ''}`;
    else if (token === 'content') i++; // the media type
    i++;
  }
  return [label, parts.slice(i + 1)];
}
