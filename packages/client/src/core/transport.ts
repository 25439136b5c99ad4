// Sends one call through openapi-fetch: per-attempt timeouts, the caller's AbortSignal, retries
// with backoff that honour the server's rate-limit headers, and typed errors for every failure.
import type { Client } from 'openapi-fetch';
import type { paths } from '@cometchat-rest/models';
import { CometChatAbortError, CometChatArgumentError, CometChatConnectionError, CometChatError, CometChatInvalidResponseError, CometChatRateLimitError, CometChatTimeoutError, errorClassFor } from './errors.ts';
import type { OperationSpec, SplitParams } from './operation.ts';
import type { CallSettings, ResolvedOptions } from './options.ts';
import { redact } from './redact.ts';
import { preview } from './results.ts';
import { backoffMs, isRetryable, serverWaitMs, sleep } from './retry.ts';

export type RawResult = { body: unknown; response: Response };

/** A failed attempt: the error to throw if it is the last, and what decides a retry. */
type Failure = { error: CometChatError; status?: number; notSent?: boolean; ambiguous?: boolean; waitMs?: number | undefined };

type LooseClient = { request(method: string, path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }> };
type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

const TIMEOUT = Symbol();
const ABORTED = Symbol();

/** The first `code` on an error or its causes (undici puts ECONNREFUSED and friends on `cause`). */
function errorCode(error: any): string | undefined {
  for (let depth = 0; error && depth < 4; depth++, error = error.cause) if (typeof error.code === 'string') return error.code;
  return undefined;
}

export function createTransport(options: ResolvedOptions, raw: Client<paths>) {
  const client = raw as unknown as LooseClient;
  const hide = <T>(value: T) => redact(value, options.apiKey);
  // The key as it would appear inside a JSON string, to redact response text before parsing it.
  const escapedKey = JSON.stringify(options.apiKey).slice(1, -1);
  const hideText = (text: string) => (text.includes(options.apiKey) || text.includes(escapedKey) ? redact(text, options.apiKey).split(escapedKey).join('[redacted]') : text);

  function httpFailure(operationId: string, response: Response, errorBody: unknown): Failure {
    const { status, headers } = response;
    const body = hide(errorBody);
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
  function invalidBody(operationId: string, response: Response, text: string, problem: string, cause?: unknown): Failure {
    const error = new CometChatInvalidResponseError(`${operationId}: ${response.status} response ${problem}`, { operationId, status: response.status, response, body: text, cause });
    return { error, ambiguous: true };
  }

  async function attempt(operationId: string, spec: OperationSpec, params: SplitParams, settings: CallSettings): Promise<RawResult | Failure> {
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
      const { data, error, response } = await new Promise<Awaited<ReturnType<LooseClient['request']>>>((resolve, fail) => {
        reject = fail; // `stop` settles this at once, even if the request never does
        client
          .request(spec.method, spec.path, {
            params,
            body: params.body,
            headers: settings.headers,
            parseAs: 'text',
            // The signal goes to fetch itself, not into openapi-fetch's Request: fetch builds its own
            // Request from it, so the signal is wired once, not twice.
            fetch: (input: Request) => {
              sent = true;
              return fetch(input, init);
            },
          })
          .then(resolve, fail);
      });
      if (!response.ok) return httpFailure(operationId, response, error);
      const text = hideText((data as string | undefined) ?? '');
      try {
        if (text) return { body: JSON.parse(text), response };
      } catch (cause) {
        return invalidBody(operationId, response, text, `is not JSON (${response.headers.get('content-type')}): ${preview(text)}`, cause);
      }
      return invalidBody(operationId, response, text, 'has an empty body');
    } catch (cause) {
      if (reason === ABORTED) throw new CometChatAbortError(`${operationId}: aborted by the caller's signal`, { operationId, cause: settings.signal!.reason });
      if (reason === TIMEOUT) return { error: new CometChatTimeoutError(`${operationId}: no complete response within ${settings.timeoutMs} ms`, { operationId }), ambiguous: true };
      // Failing before fetch was called is not a connection failure: the request could not be built.
      if (!sent) throw new CometChatArgumentError('params', `params cannot be sent: ${hide(String((cause as Error)?.message ?? cause))}`, operationId);
      const code = errorCode(cause);
      const message = `${operationId}: connection failed${code ? ` (${code})` : ''}: ${hide(String((cause as Error)?.message ?? cause))}`;
      // A refused connection or an unknown host proves the request never left: always safe to retry.
      return { error: new CometChatConnectionError(message, { operationId, cause }), notSent: /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/.test(code!), ambiguous: true };
    } finally {
      clearTimeout(timer);
      settings.signal?.removeEventListener('abort', onAbort);
    }
  }

  return async function send(operationId: string, spec: OperationSpec, params: SplitParams, settings: CallSettings): Promise<RawResult> {
    for (let retry = 0; ; retry++) {
      if (settings.signal?.aborted) throw new CometChatAbortError(`${operationId}: aborted by the caller's signal`, { operationId, cause: settings.signal.reason });
      const result = await attempt(operationId, spec, params, settings);
      if (!('error' in result)) return result;
      const waitMs = result.waitMs ?? backoffMs(retry);
      // A wait longer than the cap is not slept: the error (for a 429, with retryAfterSeconds) goes to the caller.
      if (retry >= settings.maxRetries || !isRetryable(result, spec.retrySafe) || waitMs > options.maxRetryWaitMs) throw result.error;
      await sleep(waitMs, settings.signal).catch(() => {
        throw new CometChatAbortError(`${operationId}: aborted by the caller's signal`, { operationId, cause: settings.signal?.reason });
      });
    }
  };
}
