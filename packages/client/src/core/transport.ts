// Sends one call: per-attempt timeouts, the caller's AbortSignal, retries with backoff that honour
// the server's rate-limit headers, and typed errors for every failure. Each step is a function of
// its own; `send` is the generated method's typed openapi-fetch call, given the request options
// of one attempt. Redirects are never followed (a 3xx is an error), and no body is read past
// `maxResponseBytes`.
import { CometChatAbortError, CometChatArgumentError, CometChatConnectionError, CometChatError, CometChatInvalidResponseError, CometChatRateLimitError, CometChatTimeoutError, errorClassFor } from './errors.ts';
import type { Log } from './logging.ts';
import type { CallSettings, ResolvedOptions } from './options.ts';
import type { Redactor } from './redact.ts';
import { preview } from './results.ts';
import { backoffMs, isRetryable, serverWaitMs, sleep } from './retry.ts';
import { onAbort } from './signals.ts';

type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * The openapi-fetch request options of one attempt; a generated method spreads them into its call.
 * `parseAs: 'stream'` hands the transport the body to read within its limit; `redirect: 'manual'`
 * keeps fetch from re-sending the key to wherever a 3xx points.
 */
export type AttemptInit = { parseAs: 'stream'; redirect: 'manual'; headers: Record<string, string>; fetch: (input: Request) => Promise<Response> };
/** One attempt of a generated method's typed openapi-fetch call. */
export type RawSend = (init: AttemptInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
/** A success: the parsed body and the response it came from. */
export type RawResult = { body: unknown; response: Response };
/** What the transport needs of the client: its options and the redaction of its key. */
export type TransportContext = { readonly options: ResolvedOptions; readonly redactor: Redactor };

/** A failed attempt: the error to throw if it is the last, and what decides a retry. */
type Failure = { error: CometChatError; status?: number; notSent?: boolean; ambiguous?: boolean; waitMs?: number | undefined };
/** Where an attempt leaves the request it sent, for the log. */
type Trace = { request?: Request | undefined };
type Debug = Log | undefined;

const TIMEOUT = Symbol();
const ABORTED = Symbol();
const ignore = () => {};
const utf8 = new TextDecoder();

/**
 * The root cause of a failed fetch: the first `code` on the error or its causes (undici puts
 * ECONNREFUSED and friends on `cause`) and the innermost message (`getaddrinfo ENOTFOUND host`, not
 * `fetch failed`; an AggregateError's errors when it has no message of its own).
 */
function rootCause(error: any): { code: string | undefined; message: string } {
  let code: string | undefined;
  let message = String(error?.message ?? error);
  for (let depth = 0; error && typeof error === 'object' && depth < 8; depth++, error = error.cause) {
    if (typeof error.code === 'string') code ??= error.code;
    const text = error.message || (Array.isArray(error.errors) ? error.errors.map((e: any) => e?.message).filter(Boolean).join('; ') : '');
    if (typeof text === 'string' && text) message = text;
  }
  return { code, message };
}

/**
 * Reads a body as text, counting decoded bytes. Past `limit` it stops, cancels the body (which
 * releases the connection) and resolves to undefined: an endless body or a gzip bomb costs at most the cap.
 */
export async function readBody(body: ReadableStream<Uint8Array> | null | undefined, limit: number): Promise<string | undefined> {
  if (!body) return '';
  const reader = body.getReader();
  // Most bodies arrive in one chunk, decoded at once; longer ones are decoded as they stream.
  let first: Uint8Array | undefined;
  let decoder: TextDecoder | undefined;
  let text = '';
  for (let size = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return decoder ? text + decoder.decode() : first ? utf8.decode(first) : '';
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(ignore);
      return undefined;
    }
    if (!first && !decoder) {
      first = value;
      continue;
    }
    decoder ??= new TextDecoder();
    if (first) text = decoder.decode(first, { stream: true });
    first = undefined;
    text += decoder.decode(value, { stream: true });
  }
}

/** A 3xx (or the opaque redirect a browser returns): refused, naming the status and where it pointed. */
function redirected(operationId: string, request: Request, response: Response): CometChatError {
  response.body?.cancel().catch(ignore);
  const location = response.headers.get('location');
  const target = location && URL.canParse(location, request.url) ? new URL(location, request.url).origin : 'a location the runtime hides';
  const status = response.status || undefined;
  const message = `${operationId}: ${status ?? 'a'} redirect to ${target} refused: CometChat does not redirect, and following it would send the API key (check baseUrl)`;
  return new (errorClassFor(status ?? 0))(message, { operationId, status, response });
}

/** CometChat's `details` (each field mapped to its reasons) as one line. */
function detailsText(details: unknown): string {
  if (typeof details !== 'object' || details === null) return '';
  return Object.entries(details)
    .map(([field, reasons]) => `${field}: ${([] as unknown[]).concat(reasons).filter((reason) => typeof reason === 'string').join(' ')}`)
    .join('; ');
}

/** An error status: the typed error for it, and the server's wait for a 429 or 503. */
export function httpFailure(operationId: string, response: Response, body: unknown): Failure {
  const { status, headers } = response;
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  const init = { operationId, status, response, body, code: error?.code as string, devMessage: error?.devMessage as string, details: error?.details as Record<string, string[]> };
  const details = detailsText(error?.details);
  const message =
    typeof error?.message === 'string'
      ? `${operationId}: ${status} ${String(error.code)}: ${error.message}${details && ` (${details})`}`
      : `${operationId}: ${status} response is not CometChat's error envelope (${headers.get('content-type')}): ${preview(body)}`;
  const waitMs = status === 429 || status === 503 ? serverWaitMs(headers) : undefined;
  return {
    status,
    waitMs,
    error: status === 429 ? new CometChatRateLimitError(message, { ...init, retryAfterSeconds: waitMs === undefined ? undefined : Math.ceil(waitMs / 1000) }) : new (errorClassFor(status))(message, init),
  };
}

/** A 2xx whose body is not JSON: ambiguous (the server may have acted), so retried only when safe. */
export function invalidBody(operationId: string, response: Response, text: string, problem: string, cause?: unknown): Failure {
  const error = new CometChatInvalidResponseError(`${operationId}: ${response.status} response ${problem}`, { operationId, status: response.status, response, body: text, cause });
  return { error, ambiguous: true };
}

/** A success response's text, parsed; an empty or non-JSON body is an invalid response. */
export function parseSuccess(operationId: string, response: Response, text: string): RawResult | Failure {
  try {
    if (text) return { body: JSON.parse(text), response };
  } catch (cause) {
    return invalidBody(operationId, response, text, `is not JSON (${response.headers.get('content-type')}): ${preview(text)}`, cause);
  }
  return invalidBody(operationId, response, text, 'has an empty body');
}

/** No response: a connection error naming the host and the root cause. */
function connectionFailure(operationId: string, request: Request, cause: unknown): Failure {
  const { code, message } = rootCause(cause);
  const text = `${operationId}: connection to ${new URL(request.url).host} failed${code && !message.includes(code) ? ` (${code})` : ''}: ${message}`;
  // A refused connection or an unknown host proves the request never left: always safe to retry.
  return { error: new CometChatConnectionError(text, { operationId, cause }), notSent: /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/.test(code ?? ''), ambiguous: true };
}

const aborted = (operationId: string, signal: AbortSignal | undefined) => new CometChatAbortError(`${operationId}: aborted by the caller's signal`, { operationId, cause: signal?.reason });

/** A body read within `limit` (see readBody), logged at debug; a longer one is an invalid response. */
async function readText(operationId: string, response: Response, body: unknown, limit: number, redactor: Redactor, debug: Debug): Promise<string> {
  const text = await readBody(body as ReadableStream<Uint8Array> | null | undefined, limit);
  if (text === undefined) throw new CometChatInvalidResponseError(`${operationId}: ${response.status} response is larger than maxResponseBytes (${limit} bytes); the rest was not read`, { operationId, status: response.status, response });
  debug?.(4, `${operationId} ${response.status} response body: ${redactor.body(text)}`);
  return text;
}

/** What openapi-fetch hands back, as a success or a failure. */
async function complete(operationId: string, sent: ReturnType<RawSend>, limit: number, redactor: Redactor, debug: Debug): Promise<RawResult | Failure> {
  const { data, error, response } = await sent;
  return response.ok ? parseSuccess(operationId, response, await readText(operationId, response, data, limit, redactor, debug)) : httpFailure(operationId, response, error);
}

/** One attempt, bounded by the timeout and the caller's signal, body included. */
export async function attempt(context: TransportContext, operationId: string, send: RawSend, settings: CallSettings, trace?: Trace): Promise<RawResult | Failure> {
  const { options, redactor } = context;
  const debug = options.log && options.log.level >= 4 ? options.log : undefined;
  // Why the attempt was stopped, if it was; `stop` ends it at once, even if a custom fetch
  // ignores its signal. (A lazy `get signal()` would save the controller when fetch never reads
  // it, but an object literal with a getter costs an old-space allocation per call in V8, and the
  // major GCs that follow cost more than the controller: measured.)
  let reason: typeof TIMEOUT | typeof ABORTED | undefined;
  let request: Request | undefined;
  let reject: ((reason: unknown) => void) | undefined;
  const controller = new AbortController();
  const stop = (why: typeof TIMEOUT | typeof ABORTED) => {
    reason ??= why;
    controller.abort(why);
    reject?.(why);
  };
  const timer = setTimeout(stop, settings.timeoutMs, TIMEOUT);
  const unsubscribe = settings.signal && onAbort(settings.signal, () => stop(ABORTED));
  const fetch: Fetch = options.fetch ?? globalThis.fetch;
  const init = { signal: controller.signal };
  const limit = settings.maxResponseBytes;
  try {
    return await new Promise<RawResult | Failure>((resolve, fail) => {
      reject = fail; // `stop` settles this at once, even if the request or its body never does
      const sent = send({
        headers: settings.headers,
        parseAs: 'stream',
        redirect: 'manual',
        // The signal goes to fetch itself, not into openapi-fetch's Request: fetch builds its own
        // Request from it, so the signal is wired once, not twice.
        fetch: async (input: Request) => {
          request = input;
          if (debug) debug(4, `${operationId} ${input.method} ${input.url} request body: ${redactor.body(await input.clone().text())}`);
          const response = await fetch(input, init);
          if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) throw redirected(operationId, input, response);
          // openapi-fetch reads an error body whole, itself: hand it one already read within the limit.
          return response.ok ? response : new Response(await readText(operationId, response, response.body, limit, redactor, debug), response);
        },
      });
      complete(operationId, sent, limit, redactor, debug).then(resolve, fail);
    });
  } catch (cause) {
    if (reason === ABORTED) throw aborted(operationId, settings.signal);
    if (reason === TIMEOUT) return { error: new CometChatTimeoutError(`${operationId}: no complete response within ${settings.timeoutMs} ms`, { operationId }), ambiguous: true };
    // A redirect or a body over the limit: final, the same answer would come again.
    if (cause instanceof CometChatError) return { error: cause };
    // Failing before fetch was called is not a connection failure: the request could not be built.
    if (!request) throw new CometChatArgumentError('params', `params cannot be sent: ${String((cause as Error)?.message ?? cause)}`, operationId);
    return connectionFailure(operationId, request, cause);
  } finally {
    clearTimeout(timer);
    unsubscribe?.();
    if (trace) trace.request = request;
  }
}

/** Attempts until one succeeds, a failure is not retryable, or the retries or the wait cap are spent. */
export async function sendWithRetries(context: TransportContext, operationId: string, retrySafe: boolean, send: RawSend, settings: CallSettings): Promise<RawResult> {
  const { log, maxRetryWaitMs } = context.options;
  const trace: Trace | undefined = log && {};
  for (let retry = 0; ; retry++) {
    if (settings.signal?.aborted) throw aborted(operationId, settings.signal);
    const started = log && performance.now();
    const outcome = await attempt(context, operationId, send, settings, trace);
    // Method, path (no query), status, duration and attempt number: never the key or the acting user.
    const request = trace?.request;
    const line = log && `${operationId} ${request?.method} ${request && new URL(request.url).pathname} ${'error' in outcome ? (outcome.error.status ?? outcome.error.name) : outcome.response.status} in ${Math.round(performance.now() - (started as number))} ms (attempt ${retry + 1} of ${settings.maxRetries + 1})`;
    if (!('error' in outcome)) {
      log?.(3, line as string);
      return outcome;
    }
    const { error } = outcome;
    const waitMs = outcome.waitMs ?? backoffMs(retry);
    const retryable = isRetryable(outcome, retrySafe);
    if (retryable && retry < settings.maxRetries && waitMs <= maxRetryWaitMs) {
      log?.(2, `${line}; retrying in ${waitMs} ms`);
      await sleep(waitMs, settings.signal).catch(() => {
        throw aborted(operationId, settings.signal);
      });
      continue;
    }
    // Say why it stops here, when it could have gone on.
    if (retryable && retry < settings.maxRetries) {
      error.message +=
        outcome.waitMs === undefined
          ? `; not retried: the backoff of ${waitMs} ms is over maxRetryWaitMs (${maxRetryWaitMs} ms)`
          : `; not retried: the server asked to wait ${waitMs / 1000} s, over maxRetryWaitMs (${maxRetryWaitMs / 1000} s)`;
    } else if (retryable && retry > 0) error.message += `; gave up after ${retry + 1} attempts`;
    log?.(1, `${line}: ${context.redactor.text(error.message)}`);
    throw error;
  }
}
