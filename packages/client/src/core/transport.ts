// Sends one call: per-attempt timeouts, the caller's AbortSignal, retries with backoff that honour
// the server's rate-limit headers, and typed errors for every failure. Each step is a function of
// its own; `send` is the generated method's typed openapi-fetch call, given the request options
// of one attempt.
import { CometChatAbortError, CometChatArgumentError, CometChatConnectionError, CometChatError, CometChatInvalidResponseError, CometChatRateLimitError, CometChatTimeoutError, errorClassFor } from './errors.ts';
import type { CallSettings, ResolvedOptions } from './options.ts';
import type { Redactor } from './redact.ts';
import { preview } from './results.ts';
import { backoffMs, isRetryable, serverWaitMs, sleep } from './retry.ts';

type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/** The openapi-fetch request options of one attempt; a generated method spreads them into its call. */
export type AttemptInit = { parseAs: 'text'; headers: Record<string, string>; fetch: (input: Request) => Promise<Response> };
/** One attempt of a generated method's typed openapi-fetch call. */
export type RawSend = (init: AttemptInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
/** A success: the parsed body and the response it came from. */
export type RawResult = { body: unknown; response: Response };
/** What the transport needs of the client: its options and the redaction of its key. */
export type TransportContext = { readonly options: ResolvedOptions; readonly redactor: Redactor };

/** A failed attempt: the error to throw if it is the last, and what decides a retry. */
type Failure = { error: CometChatError; status?: number; notSent?: boolean; ambiguous?: boolean; waitMs?: number | undefined };

const TIMEOUT = Symbol();
const ABORTED = Symbol();

/** The first `code` on an error or its causes (undici puts ECONNREFUSED and friends on `cause`). */
function errorCode(error: any): string | undefined {
  for (let depth = 0; error && depth < 4; depth++, error = error.cause) if (typeof error.code === 'string') return error.code;
  return undefined;
}

/** An error status: the typed error for it, and the server's wait for a 429 or 503. */
export function httpFailure(context: TransportContext, operationId: string, response: Response, errorBody: unknown): Failure {
  const { status, headers } = response;
  const body = context.redactor.value(errorBody);
  const error = (body as { error?: Record<string, any> } | undefined)?.error;
  const init = { operationId, status, response, body, code: error?.code, devMessage: error?.devMessage, details: error?.details };
  const message = error?.message
    ? `${operationId}: ${status} ${error.code}: ${error.message}`
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
export function parseSuccess(context: TransportContext, operationId: string, response: Response, data: unknown): RawResult | Failure {
  const text = context.redactor.text((data as string | undefined) ?? '');
  try {
    if (text) return { body: JSON.parse(text), response };
  } catch (cause) {
    return invalidBody(operationId, response, text, `is not JSON (${response.headers.get('content-type')}): ${preview(text)}`, cause);
  }
  return invalidBody(operationId, response, text, 'has an empty body');
}

/** One attempt, bounded by the timeout and the caller's signal. */
export async function attempt(context: TransportContext, operationId: string, send: RawSend, settings: CallSettings): Promise<RawResult | Failure> {
  const { options, redactor } = context;
  // Why the attempt was stopped, if it was; `stop` ends it at once, even if a custom fetch
  // ignores its signal. The AbortController is made only when fetch asks for the signal: it is
  // the most expensive object of a call, and a stub fetch never needs it.
  let reason: typeof TIMEOUT | typeof ABORTED | undefined;
  let sent = false;
  let controller: AbortController | undefined;
  let reject: ((reason: unknown) => void) | undefined;
  const stop = (why: typeof TIMEOUT | typeof ABORTED) => {
    reason ??= why;
    controller?.abort(why);
    reject?.(why);
  };
  const timer = setTimeout(stop, settings.timeoutMs, TIMEOUT);
  const onAbort = () => stop(ABORTED);
  settings.signal?.addEventListener('abort', onAbort);
  const fetch: Fetch = options.fetch ?? globalThis.fetch;
  const init = {
    get signal() {
      controller ??= new AbortController();
      if (reason) controller.abort(reason);
      return controller.signal;
    },
  };
  try {
    const { data, error, response } = await new Promise<Awaited<ReturnType<RawSend>>>((resolve, fail) => {
      reject = fail; // `stop` settles this at once, even if the request never does
      send({
        headers: settings.headers,
        parseAs: 'text',
        // The signal goes to fetch itself, not into openapi-fetch's Request: fetch builds its own
        // Request from it, so the signal is wired once, not twice.
        fetch: (input: Request) => {
          sent = true;
          return fetch(input, init);
        },
      }).then(resolve, fail);
    });
    return response.ok ? parseSuccess(context, operationId, response, data) : httpFailure(context, operationId, response, error);
  } catch (cause) {
    if (reason === ABORTED) throw new CometChatAbortError(`${operationId}: aborted by the caller's signal`, { operationId, cause: settings.signal!.reason });
    if (reason === TIMEOUT) return { error: new CometChatTimeoutError(`${operationId}: no complete response within ${settings.timeoutMs} ms`, { operationId }), ambiguous: true };
    // Failing before fetch was called is not a connection failure: the request could not be built.
    if (!sent) throw new CometChatArgumentError('params', `params cannot be sent: ${redactor.value(String((cause as Error)?.message ?? cause))}`, operationId);
    const code = errorCode(cause);
    const message = `${operationId}: connection failed${code ? ` (${code})` : ''}: ${redactor.value(String((cause as Error)?.message ?? cause))}`;
    // A refused connection or an unknown host proves the request never left: always safe to retry.
    return { error: new CometChatConnectionError(message, { operationId, cause }), notSent: /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/.test(code!), ambiguous: true };
  } finally {
    clearTimeout(timer);
    settings.signal?.removeEventListener('abort', onAbort);
  }
}

/** Attempts until one succeeds, a failure is not retryable, or the retries or the wait cap are spent. */
export async function sendWithRetries(context: TransportContext, operationId: string, retrySafe: boolean, send: RawSend, settings: CallSettings): Promise<RawResult> {
  for (let retry = 0; ; retry++) {
    if (settings.signal?.aborted) throw new CometChatAbortError(`${operationId}: aborted by the caller's signal`, { operationId, cause: settings.signal.reason });
    const result = await attempt(context, operationId, send, settings);
    if (!('error' in result)) return result;
    const waitMs = result.waitMs ?? backoffMs(retry);
    // A wait longer than the cap is not slept: the error (for a 429, with retryAfterSeconds) goes to the caller.
    if (retry >= settings.maxRetries || !isRetryable(result, retrySafe) || waitMs > context.options.maxRetryWaitMs) throw result.error;
    await sleep(waitMs, settings.signal).catch(() => {
      throw new CometChatAbortError(`${operationId}: aborted by the caller's signal`, { operationId, cause: settings.signal?.reason });
    });
  }
}
