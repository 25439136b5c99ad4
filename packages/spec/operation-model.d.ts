// The operation model: every operation of openapi.json, read once (by scripts/operation-model) and
// written to operation-model.json beside the bundle. The client generator, the mock, docs-check and
// spec-diff read this model instead of walking the OpenAPI document themselves.
//
// Every location is a JSON pointer (RFC 6901) into openapi.json, so a tool that needs more than the
// model says (a schema, an example) finds it there. Schema pointers name where a schema is written,
// which may be a `$ref`; validators resolve them against openapi.json.

/** A JSON pointer into openapi.json, e.g. `/components/schemas/Conversation`. */
export type JsonPointer = string;

/** An HTTP method, upper case. */
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

export interface OperationModel {
  /** The version of this file's format; it changes only when its shape does. */
  readonly formatVersion: 1;
  /** `info.title` and `info.version` of the document. */
  readonly title: string;
  readonly version: string;
  readonly servers: readonly ServerModel[];
  /** Every operation, in document order (paths, then methods in the order of `HttpMethod`). */
  readonly operations: readonly OperationEntry[];
}

export interface ServerModel {
  /** The URL template, e.g. `https://{appId}.api-{region}.cometchat.io/v3`. */
  readonly url: string;
  readonly description: string | null;
  readonly variables: { readonly [name: string]: ServerVariableModel };
}

export interface ServerVariableModel {
  readonly default: string;
  /** The allowed values, or null when any value is allowed. */
  readonly enum: readonly string[] | null;
  readonly description: string | null;
}

export interface OperationEntry {
  /** The operationId; null only in documents that omit it (never in this package's). */
  readonly operationId: string | null;
  readonly method: HttpMethod;
  /** The path template, e.g. `/users/{uid}/conversation`. */
  readonly path: string;
  /** The operation object (after following `$ref`s). */
  readonly pointer: JsonPointer;
  /** The path item the operation belongs to (after following `$ref`s). */
  readonly pathItemPointer: JsonPointer;
  readonly summary: string | null;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  /** `x-replaced-by`: the operationIds that replace a deprecated operation. */
  readonly replacedBy: readonly string[];
  /**
   * `x-retry-safe`: whether repeating the request after an ambiguous failure (a timeout, a reset
   * connection, a 5xx) cannot change the outcome. Null when the document does not say.
   */
  readonly retrySafe: boolean | null;
  /** `x-pagination`: how to walk the pages of a list; null for operations that are not paged. */
  readonly pagination: PaginationModel | null;
  /** `x-result`: what a client hands back from the success response; null when not declared. */
  readonly result: ResultModel | null;
  /** The path item's parameters, overridden by the operation's own (same `in` and name). */
  readonly parameters: readonly ParameterModel[];
  readonly requestBody: RequestBodyModel | null;
  /** Responses in document order; `status` is a code (`200`), a range (`4XX`) or `default`. */
  readonly responses: readonly ResponseModel[];
  readonly security: SecurityModel;
}

export interface ParameterModel {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  /** Path parameters are always required. */
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description: string | null;
  /** Serialisation, with OpenAPI's defaults filled in. */
  readonly style: string;
  readonly explode: boolean;
  readonly allowReserved: boolean;
  /** The parameter's `schema`, or null when it uses `content`. */
  readonly schema: JsonPointer | null;
  /** The JSON type(s) of the schema after following `$ref`s (`type`, or the `const`'s type), or null. */
  readonly type: string | readonly string[] | null;
  /** The parameter object (after following `$ref`s). */
  readonly pointer: JsonPointer;
  /** Where the operation or path item lists it (`.../parameters/<i>`). */
  readonly site: JsonPointer;
}

export interface MediaTypeModel {
  /** Lower case, e.g. `application/json`. */
  readonly mediaType: string;
  readonly schema: JsonPointer | null;
}

export interface RequestBodyModel {
  readonly required: boolean;
  readonly description: string | null;
  /** The request body object (after following `$ref`s). */
  readonly pointer: JsonPointer;
  readonly content: readonly MediaTypeModel[];
  /**
   * The top-level properties of the `application/json` schema, when it is an object schema with
   * `properties`; null otherwise.
   */
  readonly properties: readonly PropertyModel[] | null;
}

export interface PropertyModel {
  readonly name: string;
  readonly required: boolean;
  readonly description: string | null;
  readonly schema: JsonPointer;
}

export interface ResponseModel {
  readonly status: string;
  readonly description: string | null;
  /** The response object (after following `$ref`s). */
  readonly pointer: JsonPointer;
  readonly content: readonly MediaTypeModel[];
  readonly headers: readonly ResponseHeaderModel[];
}

export interface ResponseHeaderModel {
  readonly name: string;
  readonly required: boolean;
  /** The header object (after following `$ref`s). */
  readonly pointer: JsonPointer;
}

export interface SecurityModel {
  /** Where the requirements that apply are written (the operation's `security`, or `/security`); null when none are. */
  readonly pointer: JsonPointer | null;
  /** Alternatives: a request needs every scheme of any one of them. An empty alternative means no authentication. */
  readonly alternatives: readonly (readonly SecuritySchemeUse[])[];
}

export interface SecuritySchemeUse {
  /** The name under `components/securitySchemes`. */
  readonly scheme: string;
  readonly scopes: readonly string[];
  /** For an `apiKey` scheme: where the key goes and under which name; null for other schemes. */
  readonly apiKey: { readonly in: 'header' | 'query' | 'cookie'; readonly name: string } | null;
}

/**
 * `x-pagination`, page-number style: the client sets `pageParameter` (and `sizeParameter` for the
 * page size), reads the items at `items` and the pagination block at `meta` of each page's body,
 * whose `current_page` and `total_pages` say where the walk is and where it ends.
 */
export interface PaginationModel {
  readonly style: 'page';
  readonly pageParameter: string;
  readonly sizeParameter: string;
  /** JSON pointer into the response body, e.g. `/data`. */
  readonly items: JsonPointer;
  /** JSON pointer into the response body, e.g. `/meta/pagination`. */
  readonly meta: JsonPointer;
}

/**
 * `x-result`: what a client hands back from the success response.
 * - `page`: the whole body, one page of an `x-pagination` list;
 * - `item`: the single `schema` object in `data` (an object, or a one-element array as CometChat's
 *   examples send it);
 * - `items`: the array of `schema` objects in `data`;
 * - `action`: `data.success` and its message (`message`, or `Message` where CometChat capitalises it).
 */
export interface ResultModel {
  readonly kind: 'page' | 'item' | 'items' | 'action';
  /** The component schema of an item (`item`, `items`, `page`), e.g. `/components/schemas/Conversation`; null for `action`. */
  readonly schema: JsonPointer | null;
}
