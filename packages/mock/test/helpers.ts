// Test helpers: an independent contract checker (Ajv 2020 over the bundled spec: the response body
// for the operation and status, the declared headers) and a small fetch wrapper that checks every
// response it gets.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { openapi } from '@cometchat-rest/spec';
import { DEMO_API_KEY } from '../src/index.ts';

const doc = openapi as any;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(doc, 'openapi');

function deref(node: any): any {
  while (node && typeof node.$ref === 'string') {
    node = node.$ref
      .slice(2)
      .split('/')
      .map((k: string) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at: any, k: string) => at[k], doc);
  }
  return node;
}

interface Op {
  operationId: string;
  method: string;
  template: string;
  regex: RegExp;
  responses: Record<string, any>;
}

export const specOperations: Op[] = Object.entries(doc.paths as Record<string, any>).flatMap(([template, item]) =>
  ['get', 'put', 'post', 'delete']
    .filter((m) => item[m])
    .map((m) => ({
      operationId: item[m].operationId as string,
      method: m.toUpperCase(),
      template,
      regex: new RegExp(`^/v3${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      responses: item[m].responses,
    })),
);

export function operationOf(method: string, pathname: string): Op | undefined {
  return specOperations.find((op) => op.method === (method === 'HEAD' ? 'GET' : method) && op.regex.test(pathname));
}

const errorBody = ajv.getSchema('openapi#/components/schemas/CometChatErrorBody')!;
const cache = new Map<string, ValidateFunction>();

/** The validator of a response body per the spec (the operation's status, else `default`). */
export function responseValidator(operationId: string | undefined, status: number): { validate: ValidateFunction; headers: Record<string, any>; declared: boolean } {
  if (!operationId) return { validate: errorBody, headers: {}, declared: false };
  const op = specOperations.find((o) => o.operationId === operationId)!;
  const declared = op.responses[String(status)] !== undefined;
  const response = deref(op.responses[String(status)] ?? op.responses.default);
  const ref: string = response.content['application/json'].schema.$ref;
  let validate = cache.get(ref);
  if (!validate) {
    validate = ajv.getSchema(`openapi${ref}`)!;
    cache.set(ref, validate);
  }
  const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), deref(v)]));
  return { validate, headers, declared };
}

export class ContractError extends Error {}

/** Checks a response against the spec; throws `ContractError` with the reasons. */
export function assertContract(method: string, pathname: string, status: number, headers: Headers, body: unknown, options: { rateLimitHeaders?: boolean } = {}): void {
  const op = operationOf(method, pathname);
  const { validate, headers: declaredHeaders } = responseValidator(op?.operationId, status);
  const problems: string[] = [];
  const type = headers.get('content-type') ?? '';
  if (method !== 'HEAD' && !type.startsWith('application/json')) problems.push(`content-type is ${type}`);
  if (method !== 'HEAD' && !validate(body)) {
    problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
  }
  for (const [name, header] of Object.entries(declaredHeaders)) {
    const value = headers.get(name);
    if (value === null) {
      if (options.rateLimitHeaders !== false) problems.push(`missing header ${name}`);
      continue;
    }
    if (header.schema?.type === 'integer' && !/^\d+$/.test(value)) problems.push(`header ${name} is not an integer: ${value}`);
  }
  if (problems.length) {
    throw new ContractError(`${method} ${pathname} -> ${status} (${op?.operationId ?? 'no operation'}) breaks the spec:\n${problems.join('\n')}\n${JSON.stringify(body).slice(0, 500)}`);
  }
}

export interface CallOptions {
  onBehalfOf?: string;
  apiKey?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

/** A fetch wrapper bound to a base URL (ending in /v3) that checks every response against the spec. */
export function client(baseUrl: string, defaults: { apiKey?: string; fetch?: typeof fetch; rateLimitHeaders?: boolean } = {}) {
  const doFetch = defaults.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  return async function call(method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
    const url = new URL(baseUrl + path);
    // Commas stay literal, as separators of form/explode:false arrays (`tags=a,b`); the rest is encoded.
    url.search = Object.entries(options.query ?? {})
      .map(([k, v]) => `${encodeURIComponent(k)}=${String(v).split(',').map(encodeURIComponent).join(',')}`)
      .join('&');
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    const apiKey = options.apiKey === undefined ? defaults.apiKey ?? DEMO_API_KEY : options.apiKey;
    if (apiKey !== null) headers.apikey = apiKey;
    if (options.onBehalfOf !== undefined) headers.onBehalfOf = options.onBehalfOf;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await doFetch(url, { method, headers, body });
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    assertContract(method, url.pathname, response.status, response.headers, json, { rateLimitHeaders: defaults.rateLimitHeaders ?? true });
    return { status: response.status, headers: response.headers, body: json };
  };
}

export const U1 = 'cometchat-uid-1';
export const U2 = 'cometchat-uid-2';
export const U3 = 'cometchat-uid-3';
export const U4 = 'cometchat-uid-4';
export const U5 = 'cometchat-uid-5';
