// The shape of one entry of the generated operation table, and how a call's params object is split
// into the path, query, header and body of the request.
import { check, headerValue } from './options.ts';

export type OperationSpec = {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly onBehalfOf: 'required' | 'optional' | 'none';
  readonly bodyFields: readonly string[];
  readonly bodyRequired: boolean;
  readonly requiredBodyFields: readonly string[];
  readonly retrySafe: boolean;
  readonly result: 'page' | 'conversation' | 'action';
};

export type SplitParams = {
  path: Record<string, string>;
  query: Record<string, unknown>;
  header: Record<string, string>;
  body: Record<string, unknown> | undefined;
};

/** A lone UTF-16 surrogate cannot be percent-encoded into a URL. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SURROGATE = /[\uD800-\uDFFF]/;
const encodable = (value: unknown): boolean =>
  Array.isArray(value) ? value.every(encodable) : typeof value !== 'string' || !SURROGATE.test(value) || !LONE_SURROGATE.test(value);

export function splitParams(operationId: string, spec: OperationSpec, params: unknown, defaultOnBehalfOf: string | undefined): SplitParams {
  check(params === undefined || (typeof params === 'object' && params !== null && !Array.isArray(params)), 'params', 'must be an object', operationId);
  const given: Record<string, unknown> = { ...params };
  if (given.onBehalfOf === undefined && spec.onBehalfOf !== 'none') given.onBehalfOf = defaultOnBehalfOf;
  const split: SplitParams = { path: {}, query: {}, header: {}, body: undefined };
  for (const name in given) {
    const value = given[name];
    if (value === undefined) continue;
    if (spec.pathParams.includes(name)) {
      // `.` and `..` would be resolved away by URL parsing and reach another endpoint.
      check(typeof value === 'string' && value !== '' && value !== '.' && value !== '..' && encodable(value), name, 'must be a non-empty string (not . or .., no lone surrogate)', operationId);
      split.path[name] = value;
    } else if (spec.queryParams.includes(name)) {
      check(encodable(value), name, 'must not hold a lone surrogate (it cannot be sent in a URL)', operationId);
      split.query[name] = value;
    }
    else if (spec.bodyFields.includes(name)) (split.body ??= {})[name] = value;
    else if (name === 'onBehalfOf' && spec.onBehalfOf !== 'none') {
      check(headerValue(name, value, operationId) !== '', name, 'must not be empty', operationId);
      split.header.onBehalfOf = value as string;
    } else check(false, name, 'is not a parameter of this operation', operationId);
  }
  for (const name of spec.pathParams) check(name in split.path, name, 'is required', operationId);
  for (const name of spec.requiredBodyFields) check(split.body && name in split.body, name, 'is required', operationId);
  if (spec.onBehalfOf === 'required') check(split.header.onBehalfOf, 'onBehalfOf', 'is required (pass it, or set a default on the client)', operationId);
  if (spec.bodyRequired) split.body ??= {};
  return split;
}
