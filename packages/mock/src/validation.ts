// Request validation driven by the spec: one Ajv 2020 validator per operation for its path, query
// and header parameters (with the spec's serialisation: comma-separated arrays, integer and
// boolean coercion) and one for its JSON body, compiled ahead of time. Failures become `details`
// keyed by field.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ApiError, badRequest } from './errors.ts';
import * as documentValidators from './generated/document-validators.js';
import * as parameterValidators from './generated/parameter-validators.js';
import { operations, type OperationId, type RouteSpec } from './spec.ts';
import { validatorName } from './validator-names.ts';

/** What a request carries, already parsed, before validation. */
export interface RawInput {
  path: Record<string, string>;
  /** The query string as sent (percent-encoded, without `?`). */
  query: string;
  headers: Headers;
  /** The parsed JSON body, or `undefined` when none was sent. */
  body: unknown;
}

/** A request that passed validation: parameters coerced to their schema types. */
export interface ValidInput {
  path: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: any;
}

interface Validators {
  params: Record<'path' | 'query' | 'header', ValidateFunction>;
  body?: ValidateFunction;
}

const LOCATIONS = ['path', 'query', 'header'] as const;

/** The operation's validators, compiled ahead of time (scripts/generate-validators.ts). */
function validatorsOf(op: RouteSpec): Validators {
  const generated = (module: object, name: string): ValidateFunction => {
    const validate = (module as Record<string, ValidateFunction | undefined>)[name];
    if (!validate) throw new Error(`no generated validator ${name}: run \`pnpm generate\` after changing the spec`);
    return validate;
  };
  const params = {} as Validators['params'];
  for (const location of LOCATIONS) params[location] = generated(parameterValidators, validatorName(op.operationId, location));
  return { params, ...(op.body ? { body: generated(documentValidators, validatorName(op.operationId, 'body')) } : {}) };
}

/** Turns Ajv errors into CometChat's `details`: field (dotted path) -> messages. */
export function detailsFrom(errors: ErrorObject[] | null | undefined, rootName: string, into: Record<string, string[]> = {}): Record<string, string[]> {
  for (const error of errors ?? []) {
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'required') segments.push(String((error.params as { missingProperty: string }).missingProperty));
    const field = segments.length ? segments.join('.') : rootName;
    const messages = (into[field] ??= []);
    const message = error.message ?? 'is invalid';
    if (!messages.includes(message)) messages.push(message);
  }
  return into;
}

export class RequestValidator {
  readonly #validators = new Map<OperationId, Validators>();
  readonly #operations = new Map<OperationId, RouteSpec>();

  constructor() {
    for (const op of operations) {
      this.#operations.set(op.operationId, op);
      this.#validators.set(op.operationId, validatorsOf(op));
    }
  }

  /** Validates a request against its operation; throws `ApiError` 400 with every failure in `details`. */
  validate(operationId: OperationId, raw: RawInput): ValidInput {
    const op = this.#operations.get(operationId);
    const validators = this.#validators.get(operationId);
    if (!op || !validators) throw new Error(`unknown operation ${operationId}`);

    const path: Record<string, unknown> = {};
    const query: Record<string, unknown> = {};
    const headers: Record<string, unknown> = {};
    for (const p of op.parameters) {
      if (p.in === 'path') {
        const value = raw.path[p.name];
        if (value !== undefined) path[p.name] = value;
      } else if (p.in === 'header') {
        const value = raw.headers.get(p.name);
        if (value !== null) headers[p.name] = value;
      } else {
        const values = queryValues(raw.query, p.name, p.commaSeparated);
        if (values.length === 0) continue;
        // A repeated scalar stays an array, which its schema then rejects.
        query[p.name] = p.commaSeparated || values.length > 1 ? values : values[0];
      }
    }

    const details: Record<string, string[]> = {};
    if (!validators.params.path(path)) detailsFrom(validators.params.path.errors, 'path', details);
    if (!validators.params.header(headers)) detailsFrom(validators.params.header.errors, 'headers', details);
    if (!validators.params.query(query)) detailsFrom(validators.params.query.errors, 'query', details);
    if (op.body) {
      if (raw.body === undefined) {
        if (op.body.required) details.body = ['The request body is required.'];
      } else if (validators.body && !validators.body(raw.body)) {
        detailsFrom(validators.body.errors, 'body', details);
      }
    }
    if (Object.keys(details).length > 0) throw badRequest(details);
    return {
      path: path as Record<string, string>,
      query,
      headers: headers as Record<string, string | undefined>,
      body: raw.body,
    };
  }
}

export { ApiError };

/** Decodes one form-encoded component (`+` is a space); a malformed escape is a 400 naming the parameter. */
function decodeComponent(text: string, name: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw badRequest({ [name]: ['is not correctly percent-encoded'] });
  }
}

/**
 * The values of query parameter `name`. A comma-separated array (style form, explode false) is split
 * after decoding, so `%2C` separates items as a literal comma does: what a server that decodes its
 * query string before reading it sees, and what arrives through a proxy that re-encodes commas
 * (Prism does). An item therefore never holds a comma, as the spec says (`pattern: ^[^,]*$`).
 */
function queryValues(search: string, name: string, commaSeparated: boolean): string[] {
  const values: string[] = [];
  for (const pair of search.split('&')) {
    const [key = '', value = ''] = pair.split(/=(.*)/s);
    if (decodeComponent(key, name) !== name) continue;
    if (commaSeparated) values.push(...decodeComponent(value, name).split(','));
    else values.push(decodeComponent(value, name));
  }
  return values;
}
