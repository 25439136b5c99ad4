// What the mock takes from @cometchat-rest/spec: the bundled document (whose schemas validate
// requests and seeds) and the operation model (which routes them). Nothing here walks the
// document's paths: every operation, parameter and body comes from the model.
import { openapi, operationModel, type HttpMethod, type OperationEntry } from '@cometchat-rest/spec';
import type { OperationId } from '@cometchat-rest/models';

export type { OperationId };

/** The bundled OpenAPI document, as plain JSON. */
export const document = openapi as unknown as Record<string, unknown>;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  /** Comma-separated (`style: form, explode: false`) array. */
  commaSeparated: boolean;
  /** JSON pointer (in `document`) of the parameter's schema. */
  schemaPointer: string;
}

export interface RouteSpec {
  operationId: OperationId;
  method: HttpMethod;
  /** The spec's path template, e.g. `/users/{uid}/conversation`. */
  path: string;
  /** The same path in Hono's syntax, e.g. `/users/:uid/conversation`. */
  routePath: string;
  parameters: ParameterSpec[];
  /** The JSON request body, when the operation declares one. */
  body?: { required: boolean; schemaPointer: string };
}

function routeSpec(op: OperationEntry): RouteSpec {
  if (op.operationId === null) throw new Error(`${op.method} ${op.path} has no operationId`);
  const parameters = op.parameters.flatMap((p): ParameterSpec[] =>
    p.in === 'cookie' || p.schema === null ? [] : [{ name: p.name, in: p.in, required: p.required, commaSeparated: p.type === 'array' && !p.explode, schemaPointer: p.schema }],
  );
  const json = op.requestBody?.content.find((media) => media.mediaType === 'application/json');
  return {
    operationId: op.operationId as OperationId,
    method: op.method,
    path: op.path,
    routePath: op.path.replace(/\{([^}]+)\}/g, ':$1'),
    parameters,
    ...(op.requestBody && json?.schema ? { body: { required: op.requestBody.required, schemaPointer: json.schema } } : {}),
  };
}

/**
 * Routes sorted so that a literal segment comes before a template in the same place:
 * `/conversations/pinned` is routed before `/conversations/{conversationId}` can claim it.
 */
const routeKey = (route: RouteSpec) => route.path.replace(/\{[^}]*\}/g, '\uffff');

/** Every operation of the spec, most specific paths first. */
export const operations: readonly RouteSpec[] = operationModel.operations.map(routeSpec).sort((a, b) => (routeKey(a) < routeKey(b) ? -1 : routeKey(a) > routeKey(b) ? 1 : 0));

/** The operationIds of the spec, in document order. */
export const operationIds: readonly OperationId[] = operationModel.operations.map((op) => op.operationId as OperationId);

/** The header that carries the API key (`apikey`), from the operations' security requirements. */
export const apiKeyHeader: string = (() => {
  const names = new Set(operationModel.operations.flatMap((op) => op.security.alternatives.flat().flatMap((use) => (use.apiKey?.in === 'header' ? [use.apiKey.name] : []))));
  if (names.size !== 1) throw new Error(`the spec must name one API key header, not ${names.size}`);
  return [...names][0]!;
})();

/** The header names a browser client sends (for CORS), from the spec. */
export const requestHeaderNames: readonly string[] = [apiKeyHeader, ...new Set(operations.flatMap((op) => op.parameters.filter((p) => p.in === 'header').map((p) => p.name))), 'content-type'];

/** The response header names the spec declares (for CORS `Access-Control-Expose-Headers`). */
export const responseHeaderNames: readonly string[] = [...new Set(operationModel.operations.flatMap((op) => op.responses.flatMap((r) => r.headers.map((h) => h.name))))];
