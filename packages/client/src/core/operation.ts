// What a generated method tells the core about its operation (from the operation model), and how a
// call's params object is checked against it, and against the spec's constraints, before anything is sent.
import { violation, type Rule } from './constraints.ts';
import { CometChatArgumentError } from './errors.ts';
import { check, userId } from './options.ts';

/** Where an operation takes `onBehalfOf`: a required or optional header, or not at all. */
export type OnBehalfOfRequirement = 'required' | 'optional' | 'none';

/** `x-pagination` as the client walks it: the query parameter of the page number, and where a page's items and pagination block are. */
export type PaginationSpec = {
  readonly pageParameter: string;
  readonly sizeParameter: string;
  /** JSON pointer into the body, e.g. `/data`. */
  readonly items: string;
  /** JSON pointer into the body, e.g. `/meta/pagination`. */
  readonly meta: string;
};

/** One operation, as the generated layer describes it to the core. */
export type OperationSpec<R extends OnBehalfOfRequirement = OnBehalfOfRequirement> = {
  readonly operationId: string;
  /** Absent lists are empty. */
  readonly pathParams?: readonly string[];
  readonly queryParams?: readonly string[];
  readonly onBehalfOf: R;
  readonly bodyFields?: readonly string[];
  readonly requiredBodyFields?: readonly string[];
  /** The spec's constraints on each parameter and body field, by name: every name the operation takes. */
  readonly rules: Readonly<Record<string, Rule>>;
  readonly retrySafe: boolean;
  readonly pagination?: PaginationSpec;
};

/** The params a generated method builds its request from: checked, with the client's default `onBehalfOf` filled in. */
export type CheckedParams<P, R extends OnBehalfOfRequirement> = R extends 'required' ? NonNullable<P> & { onBehalfOf: string } : NonNullable<P>;

/** A lone UTF-16 surrogate cannot be percent-encoded into a URL. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SURROGATE = /[\uD800-\uDFFF]/;
const encodable = (value: unknown): boolean =>
  Array.isArray(value) ? value.every(encodable) : typeof value !== 'string' || !SURROGATE.test(value) || !LONE_SURROGATE.test(value);

/**
 * Checks a call's params against its operation: every name known, every value within the spec's
 * constraints, path parameters that stay one path segment, values that can be sent, required ones
 * present. Returns a copy with the client's default `onBehalfOf` where the call gives none; throws
 * CometChatArgumentError otherwise.
 */
export function checkParams<P, R extends OnBehalfOfRequirement>(spec: OperationSpec<R>, params: P, defaultOnBehalfOf: string | undefined): CheckedParams<P, R> {
  const { operationId, pathParams = [], queryParams = [], requiredBodyFields = [], rules } = spec;
  check(params === undefined || (typeof params === 'object' && params !== null && !Array.isArray(params)), 'params', 'must be an object', operationId);
  const given: Record<string, unknown> = { ...(params as object | undefined) };
  if (given.onBehalfOf === undefined && spec.onBehalfOf !== 'none') given.onBehalfOf = defaultOnBehalfOf;
  for (const name in given) {
    const value = given[name];
    if (value === undefined) continue;
    const rule = rules[name];
    check(rule, name, 'is not a parameter of this operation', operationId);
    const problem = violation(rule, value, name);
    if (problem) throw new CometChatArgumentError(name, problem, operationId);
    if (pathParams.includes(name)) {
      // `.` and `..` would be resolved away by URL parsing and reach another endpoint.
      check(typeof value === 'string' && value !== '' && value !== '.' && value !== '..' && encodable(value), name, 'must be a non-empty string that stays one path segment (not . or .., no lone surrogate)', operationId);
    } else if (queryParams.includes(name)) {
      check(encodable(value), name, 'must not hold a lone surrogate (it cannot be sent in a URL)', operationId);
    } else if (name === 'onBehalfOf') {
      userId(name, value, operationId);
    }
  }
  for (const name of pathParams) check(given[name] !== undefined, name, 'is required', operationId);
  for (const name of requiredBodyFields) check(given[name] !== undefined, name, 'is required', operationId);
  if (spec.onBehalfOf === 'required') check(given.onBehalfOf, 'onBehalfOf', 'is required (pass it, or set a default on the client)', operationId);
  return given as CheckedParams<P, R>;
}

/** The given fields of `params` among `keys` (for one location of the request: path, query or body). */
export function pick<T extends object, K extends keyof T>(params: T, keys: readonly K[] = []): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (params[key] !== undefined) picked[key] = params[key];
  return picked;
}

/** An optional body: sent only when one of its fields is given. */
export function optionalBody<T extends object, K extends keyof T>(params: T, keys: readonly K[] = []): Pick<T, K> | undefined {
  return keys.some((key) => params[key] !== undefined) ? pick(params, keys) : undefined;
}
