// The mock as one Hono app (`fetch(Request) => Response`): CORS, rate limit, body size cap, the 21
// operations routed from the spec, API key check, spec-driven validation, handlers on the store,
// and CometChat's error envelope for everything that goes wrong. The node server and the MSW
// handlers both run this app.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DEMO_API_KEY } from './demo-seed.ts';
import {
  ApiError,
  apiKeyNotFound,
  apiNotFound,
  emptyApiKey,
  internalError,
  noAccess,
  malformedJson,
  methodNotAllowed,
  notImplemented,
  payloadTooLarge,
  redact,
  tooManyRequests,
  unexpectedBody,
  unsupportedMediaType,
} from './errors.ts';
import { answerWithFault } from './fault-answers.ts';
import { FaultController, type FaultRule } from './faults.ts';
import { handlers, type Handler } from './handlers.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './rate-limit.ts';
import type { Seed } from './seed.ts';
import { apiKeyHeader, operations, requestHeaderNames, responseHeaderNames, type RouteSpec } from './spec.ts';
import { MockStore, type PinSettings } from './store.ts';
import { RequestValidator } from './validation.ts';

export interface MockOptions {
  /** The API key(s) the mock accepts in the `apikey` header. Default: `DEMO_API_KEY`. */
  apiKey?: string | readonly string[];
  /** Keys with the `authOnly` scope: known to the app, refused with 403 `AUTH_ERR_NO_ACCESS`. */
  authOnlyApiKey?: string | readonly string[];
  /** The data to start from: `'demo'` (default), `'empty'`, or your own seed (validated; throws `SeedError`). */
  seed?: Seed | 'demo' | 'empty';
  /** The per-minute budget (default 20,000, CometChat's standard limit), or `false` for no limit and no rate-limit headers. */
  rateLimit?: { perMinute: number } | false;
  /** Fault rules to start with; change them later with `faults.set(...)` / `faults.clear()`. */
  faults?: readonly FaultRule[];
  /** Seed of the PRNG behind fault `probability` (default 1). */
  faultSeed?: number;
  /** The clock in milliseconds (default `Date.now`): message and tag timestamps, rate-limit windows. */
  now?: () => number;
  /** The largest request body accepted (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number;
  /**
   * The app's conversation pin feature: on with CometChat's limits (5 per user, 5 global) unless
   * changed here; `false` turns it off (the pin operations answer 403 `ERR_FEATURE_NOT_ACCESSIBLE`).
   */
  pins?: Partial<PinSettings> | false;
}

export interface MockApp {
  /** The Hono app. */
  readonly app: Hono;
  /** Answers one request (no fault injection: the faces apply faults in front of this). */
  fetch(request: Request): Promise<Response>;
  /**
   * Answers one request as a deployed mock does (an edge worker, `Deno.serve`, `Bun.serve`): the fault
   * rules first, as far as a `Response` can express them, then the app. A fetch handler cannot cut
   * a connection, so `reset` answers 502 with a body that fails before its first byte.
   */
  serve(request: Request): Promise<Response>;
  readonly store: MockStore;
  readonly faults: FaultController;
  /** The rate limiter, unless disabled. */
  readonly rateLimiter: RateLimiter | undefined;
  readonly apiKeys: readonly string[];
}

export { DEFAULT_RATE_LIMIT };
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

let sharedValidator: RequestValidator | undefined;
/** Validators are compiled once per process: they depend only on the spec. */
function validator(): RequestValidator {
  return (sharedValidator ??= new RequestValidator());
}

function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * Reads a request body as UTF-8, refusing (413) past `maxBytes`. A chunked body is streamed and cut
 * off at the limit; any other is read whole (its Content-Length was checked already), which lets
 * @hono/node-server read it straight from the socket.
 */
async function readText(request: Request, maxBytes: number): Promise<string> {
  if (request.headers.has('transfer-encoding') && !request.headers.has('content-length') && request.body) {
    const reader = request.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw payloadTooLarge(maxBytes);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return decoder.decode(bytes);
  }
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw payloadTooLarge(maxBytes);
  return decoder.decode(bytes);
}

const decoder = new TextDecoder();

const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET,HEAD,PUT,POST,DELETE',
  'Access-Control-Allow-Headers': requestHeaderNames.join(','),
  'Access-Control-Max-Age': '600',
};
const CORS_ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': [...responseHeaderNames, 'Allow'].join(','),
};

/**
 * Lets the node server take an answer straight from the app, as status, headers and JSON text, when
 * it passes one as the app's `env` (`app.fetch(request, sink)`): a web `Response` in between costs
 * the server about a tenth of its time. The app then returns `ANSWERED`. @internal
 */
export interface AnswerSink {
  answer(status: number, headers: Record<string, string>, json: string): void;
}
/** What the app returns once it gave its answer to an `AnswerSink`. @internal */
export const ANSWERED = new Response(null, { status: 204 });

/** Builds the mock app with its own store, rate limiter and fault rules. */
export function createMockApp(options: MockOptions = {}): MockApp {
  const now = options.now ?? Date.now;
  const apiKeys = options.apiKey === undefined ? [DEMO_API_KEY] : typeof options.apiKey === 'string' ? [options.apiKey] : [...options.apiKey];
  if (apiKeys.length === 0 || apiKeys.some((k) => typeof k !== 'string' || k.length === 0)) throw new TypeError('apiKey must be a non-empty string (or a list of them)');
  const authOnlyKeys = options.authOnlyApiKey === undefined ? [] : typeof options.authOnlyApiKey === 'string' ? [options.authOnlyApiKey] : [...options.authOnlyApiKey];
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const store = new MockStore(options.seed ?? 'demo', { now, pins: options.pins });
  const rateLimiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? { perMinute: DEFAULT_RATE_LIMIT }, now);
  const faults = new FaultController(options.faults ?? [], options.faultSeed ?? 1);
  const requestValidator = validator();

  // Every answer carries the CORS headers and (with a limiter) the rate-limit headers: worked out once
  // per request, in front, and given to the one Response the request gets.
  const answerHeaders = (c: Context): Record<string, string> => (c.get('answerHeaders' as never) as Record<string, string> | undefined) ?? CORS_ANSWER_HEADERS;
  const respond = (c: Context, status: number, json: string, extra?: Record<string, string>): Response => {
    const headers = { ...answerHeaders(c), ...extra, 'content-type': 'application/json' };
    const sink = (c.env as Partial<AnswerSink> | undefined)?.answer;
    if (!sink) return c.body(json, status as ContentfulStatusCode, headers);
    sink(status, headers, json);
    return ANSWERED;
  };
  const fail = (c: Context, error: ApiError): Response => respond(c, error.status, JSON.stringify(redact(error.toJSON(), c.req.header(apiKeyHeader))), error.headers);
  const onError = (error: Error, c: Context) => {
    if (error instanceof ApiError) return fail(c, error);
    // A bug in the mock (or a client that went away mid-body): say so, answer 500 with the envelope.
    if (!c.req.raw.signal.aborted) console.error('@cometchat-rest/mock: unexpected error', error);
    return fail(c, internalError());
  };

  const app = new Hono();
  // CORS, so a browser client can call the mock: preflights answered here (never counted), and the
  // origin allowed on every answer. Then the rate limit, and a body announced as too large is refused
  // before anything else (a streamed one while it is read).
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
    if (rateLimiter) {
      const verdict = rateLimiter.hit();
      c.set('answerHeaders' as never, { ...CORS_ANSWER_HEADERS, ...verdict.headers } as never);
      if (verdict.limited) return fail(c, tooManyRequests(verdict.headers));
    }
    if (Number(c.req.header('content-length') ?? 0) > maxBodyBytes) return fail(c, payloadTooLarge(maxBodyBytes));
    await next();
  });

  const checkApiKey = (c: Context) => {
    const key = c.req.header(apiKeyHeader);
    if (key === undefined || key.trim() === '') throw emptyApiKey(apiKeyHeader);
    if (authOnlyKeys.includes(key)) throw noAccess();
    if (!apiKeys.includes(key)) throw apiKeyNotFound(apiKeyHeader);
  };

  const readBody = async (c: Context): Promise<unknown> => {
    const text = await readText(c.req.raw, maxBodyBytes);
    if (text.trim() === '') return undefined;
    const contentType = c.req.header('content-type');
    if (!isJsonMediaType(contentType)) throw unsupportedMediaType(contentType ?? null);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw malformedJson(error instanceof Error ? error.message : String(error));
    }
  };

  // An operation that declares no body takes none: a body there is a client bug (Prism flags it too).
  // Over HTTP a body is announced by its headers; a `Request` made in-process (MSW, an edge runtime)
  // may carry one without them. GET and HEAD never do, and their `body` is not touched: reading it
  // would make @hono/node-server build a full `Request` for every read.
  const refuseBody = async (c: Context, op: RouteSpec): Promise<undefined> => {
    const announced = Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined;
    const carried = !announced && c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.raw.body !== null && (await readText(c.req.raw, maxBodyBytes)).length > 0;
    if (announced || carried) throw unexpectedBody(op.operationId);
    return undefined;
  };

  const route = (op: RouteSpec) => async (c: Context) => {
    checkApiKey(c);
    const body = op.body ? await readBody(c) : await refuseBody(c, op);
    const input = requestValidator.validate(op.operationId, {
      path: c.req.param() as Record<string, string>,
      query: new URL(c.req.url).search.slice(1),
      headers: c.req.raw.headers,
      body,
    });
    const handler = handlers[op.operationId] as Handler | undefined;
    // An operation of the spec the mock has no behaviour for yet (e.g. just added to the spec).
    if (!handler) throw notImplemented(op.operationId);
    const result = handler(input, store);
    return respond(c, result.status, result.json ?? JSON.stringify(result.body));
  };

  // One path at a time, most specific first (see `operations`): its methods, then 405 for any
  // other method, so that `/conversations/pinned` answers for itself before a template can.
  const v3 = new Hono();
  const byPath = new Map<string, RouteSpec[]>();
  for (const op of operations) byPath.set(op.routePath, [...(byPath.get(op.routePath) ?? []), op]);
  for (const [routePath, routes] of byPath) {
    for (const op of routes) v3.on(op.method, routePath, route(op));
    v3.all(routePath, (c) => fail(c, methodNotAllowed(c.req.method, new URL(c.req.url).pathname, routes.map((op) => op.method))));
  }
  v3.onError(onError);
  app.route('/v3', v3);
  app.notFound((c) => fail(c, apiNotFound(c.req.method, new URL(c.req.url).pathname)));
  app.onError(onError);

  const mock: MockApp = {
    app,
    fetch: async (request: Request) => app.fetch(request),
    serve: async (request: Request) => {
      const fault = faults.pick(request.method, request.url);
      return fault ? answerWithFault(fault, mock, request, resetResponse) : app.fetch(request);
    },
    store,
    faults,
    rateLimiter,
    apiKeys,
  };
  return mock;
}

/** What a fetch handler can do for a `reset` fault: a status, then a body that fails at once. */
const resetResponse = () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.error(new TypeError('terminated: connection reset (injected fault)'));
      },
    }),
    { status: 502, headers: { 'access-control-allow-origin': '*' } },
  );
