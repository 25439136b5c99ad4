// The bundled spec, read once: the operation table (method, path, parameters, request body) that
// drives routing and validation, and the name of the API key header.
import { openapi } from '@cometchat-rest/spec';
import type { OperationId } from '@cometchat-rest/models';

export type { OperationId };

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';

/** The bundled OpenAPI document, as plain JSON. */
export const document = openapi as unknown as OpenApiDocument;

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

type JsonObject = Record<string, any>;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  /** Comma-separated (`style: form, explode: false`) array. */
  commaSeparated: boolean;
  /** JSON pointer (in `document`) of the parameter's schema. */
  schemaPointer: string;
}

export interface OperationSpec {
  operationId: OperationId;
  method: HttpMethod;
  /** The spec's path template, e.g. `/users/{uid}/conversation`. */
  path: string;
  /** The same path in Hono's syntax, e.g. `/users/:uid/conversation`. */
  routePath: string;
  parameters: ParameterSpec[];
  body?: { required: boolean; schemaPointer: string };
}

const METHODS: HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];

const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** Follows `$ref`s (local ones only, as in the bundled document); returns the node and its pointer. */
function resolve(node: JsonObject, pointer: string): { node: JsonObject; pointer: string } {
  let current = node;
  let at = pointer;
  for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${pointer}`);
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    at = ref.slice(1);
    current = ref
      .slice(2)
      .split('/')
      .map(unescapePointer)
      .reduce<any>((value, key) => value?.[key], document);
    if (current === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return { node: current, pointer: at };
}

function isArraySchema(pointer: string): boolean {
  const { node } = resolve({ $ref: `#${pointer}` }, pointer);
  return node.type === 'array';
}

function parameterSpec(raw: JsonObject, pointer: string): ParameterSpec {
  const { node, pointer: at } = resolve(raw, pointer);
  const style = node.style ?? (node.in === 'query' ? 'form' : 'simple');
  const explode = node.explode ?? style === 'form';
  const schemaPointer = `${at}/schema`;
  return {
    name: node.name,
    in: node.in,
    required: node.required === true,
    commaSeparated: isArraySchema(schemaPointer) && !explode,
    schemaPointer,
  };
}

function buildOperations(): OperationSpec[] {
  const result: OperationSpec[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const itemPointer = `/paths/${escapePointer(path)}`;
    const { node: item, pointer: itemAt } = resolve(rawItem as JsonObject, itemPointer);
    const shared = ((item.parameters ?? []) as JsonObject[]).map((p, i) => parameterSpec(p, `${itemAt}/parameters/${i}`));
    for (const method of METHODS) {
      const op = item[method.toLowerCase()] as JsonObject | undefined;
      if (!op) continue;
      const opAt = `${itemAt}/${method.toLowerCase()}`;
      const own = ((op.parameters ?? []) as JsonObject[]).map((p, i) => parameterSpec(p, `${opAt}/parameters/${i}`));
      // Operation-level parameters override path-level ones with the same name and location.
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      let body: OperationSpec['body'];
      if (op.requestBody) {
        const { node: requestBody, pointer: bodyAt } = resolve(op.requestBody, `${opAt}/requestBody`);
        if (requestBody.content?.['application/json']) {
          body = { required: requestBody.required === true, schemaPointer: `${bodyAt}/content/application~1json/schema` };
        }
      }
      result.push({
        operationId: op.operationId,
        method,
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
        parameters,
        ...(body ? { body } : {}),
      });
    }
  }
  return result;
}

/** Every operation of the spec, in document order. */
export const operations: readonly OperationSpec[] = buildOperations();

/** The operationIds of the spec. */
export const operationIds: readonly OperationId[] = operations.map((op) => op.operationId);

/** The header that carries the API key (`apikey`), from the spec's security scheme. */
export const apiKeyHeader: string = (() => {
  const schemes = document.components.securitySchemes as Record<string, JsonObject> | undefined;
  const name = Object.keys(document.security?.[0] ?? {})[0];
  const scheme = name ? schemes?.[name] : undefined;
  if (!scheme || scheme.type !== 'apiKey' || scheme.in !== 'header') throw new Error('the spec has no header API key scheme');
  return String(scheme.name);
})();

/** The header names a browser client sends (for CORS), from the spec. */
export const requestHeaderNames: readonly string[] = [
  apiKeyHeader,
  ...new Set(operations.flatMap((op) => op.parameters.filter((p) => p.in === 'header').map((p) => p.name))),
  'content-type',
];

/** The response header names the spec declares (for CORS `Access-Control-Expose-Headers`). */
export const responseHeaderNames: readonly string[] = Object.keys(document.components.headers ?? {});
