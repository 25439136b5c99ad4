// Shared by the suites: the spec as an Ajv 2020 validator (responses per operation and status),
// a fetch wrapper that keeps a copy of every response the client receives, a hard deadline for
// calls, and the check that a secret appears nowhere in an error.
import { inspect } from 'node:util';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { openapi } from '@cometchat-rest/spec';

type Json = Record<string, any>;
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: its plugin is the module itself or its `default`, depending on the loader.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as FormatsPlugin;

const SPEC_ID = 'cometchat-spec';
const doc = openapi as unknown as Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, SPEC_ID);

const pointerToken = (token: string) => encodeURIComponent(token.replace(/~/g, '~0').replace(/\//g, '~1'));

/** Follows local `$ref`s of the bundled document. */
function deref(node: Json): Json {
  for (let hops = 0; typeof node?.$ref === 'string'; hops++) {
    if (hops > 16) throw new Error(`$ref loop at ${node.$ref}`);
    node = (node.$ref as string)
      .slice(2)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at: Json, key) => at?.[key], doc);
  }
  return node;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  retrySafe: boolean;
  responses: Record<string, Json>;
}

/** Every operation of the bundled spec. */
export const specOperations: SpecOperation[] = Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
  ['get', 'put', 'post', 'delete', 'patch']
    .filter((method) => item[method]?.operationId)
    .map((method) => ({
      operationId: item[method].operationId as string,
      method: method.toUpperCase(),
      path,
      retrySafe: item[method]['x-retry-safe'] === true,
      responses: item[method].responses as Record<string, Json>,
    })),
);

const validators = new Map<string, ValidateFunction>();

/**
 * The JSON body validator of `operationId`'s response with `status` (the `default` response when the
 * status is not declared), and the response headers the spec declares for it.
 */
export function responseContract(operationId: string, status: number): { validate: ValidateFunction; declared: boolean; headers: string[] } {
  const op = specOperations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId} in the spec`);
  const key = op.responses[String(status)] ? String(status) : 'default';
  const response = deref(op.responses[key]!);
  const schema = response.content?.['application/json']?.schema as Json | undefined;
  if (!schema) throw new Error(`${operationId} ${key}: no application/json schema`);
  const ref =
    typeof schema.$ref === 'string'
      ? `${SPEC_ID}${schema.$ref}`
      : `${SPEC_ID}#/paths/${pointerToken(op.path)}/${op.method.toLowerCase()}/responses/${key}/content/${pointerToken('application/json')}/schema`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`cannot resolve ${ref}`);
    validators.set(ref, validate);
  }
  return { validate, declared: key !== 'default', headers: Object.keys(response.headers ?? {}) };
}

/** A validator for a component schema, e.g. `Conversation`. */
export function componentValidator(name: string): ValidateFunction {
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
  if (!validate) throw new Error(`no component schema ${name}`);
  return validate;
}

/** Ajv's errors as one readable line each (for assertion messages). */
export const explain = (validate: ValidateFunction) => (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('\n');

export interface Exchange {
  method: string;
  url: URL;
  status: number;
  headers: Headers;
  /** A clone of the response, untouched by the client: its body is still readable. */
  copy: Response;
}

/** A `fetch` for the client that records every exchange (with a readable copy of each response). */
export function recordingFetch(): { fetch: (request: Request, init?: RequestInit) => Promise<Response>; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  return {
    exchanges,
    fetch: async (request, init) => {
      const response = await fetch(request, init);
      exchanges.push({ method: request.method, url: new URL(request.url), status: response.status, headers: response.headers, copy: response.clone() });
      return response;
    },
  };
}

/** Settles `promise` or fails after `ms`: no call can hang a test. */
export async function within<T>(ms: number, promise: PromiseLike<T>, what = 'call'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HANG: ${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve(promise), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The rejection of `promise` (within `ms`); fails if it resolves. */
export async function rejectionOf(promise: PromiseLike<unknown>, ms = 10_000, what = 'call'): Promise<any> {
  const outcome = await within(
    ms,
    Promise.resolve(promise).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
    what,
  );
  if (outcome.ok) throw new Error(`${what} resolved, but it was expected to fail: ${inspect(outcome.value, { depth: 2 }).slice(0, 300)}`);
  return outcome.error;
}

/**
 * Every rendering of an error that could reach a log: message, stack, JSON, util.inspect with hidden
 * properties (the raw response, the causes), and the body as a string.
 */
export function renderings(error: any): Record<string, string> {
  return {
    message: String(error?.message),
    stack: String(error?.stack),
    json: JSON.stringify(error) ?? '',
    inspect: inspect(error, { depth: 10, showHidden: true }),
    body: String(error?.body),
    bodyJson: JSON.stringify(error?.body) ?? '',
    string: String(error),
  };
}

/** The renderings of `error` in which any of `needles` appears (none, when nothing leaks). */
export function leaks(error: unknown, needles: readonly string[]): string[] {
  return Object.entries(renderings(error)).flatMap(([where, text]) => needles.filter((n) => text.includes(n)).map((n) => `${where} contains ${JSON.stringify(n)}`));
}
