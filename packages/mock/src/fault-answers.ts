// The answers of injected faults that a `Response` can express (status and HTML pages, waits, bodies
// that fail part-way), shared by the faces: the node server adds socket-level resets on top, MSW and
// the edge handler use these as they are.
import type { MockApp } from './app.ts';
import type { Fault, HtmlFault, StatusFault } from './faults.ts';
import { DEFAULT_RATE_LIMIT } from './rate-limit.ts';

/** Injected answers stay readable from a browser (a CORS failure would hide the fault). */
const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After,X-Rate-Limit,X-Rate-Limit-Remaining,X-Rate-Limit-Reset',
};

/** The statuses that answer as CometChat's rate limit does. */
const RATE_LIMITED = new Set([429, 503]);

/** CometChat's envelope for an injected error status; `mock` gives the rate limit and the clock. */
export function statusFaultResponse(fault: StatusFault, mock: MockApp): Response {
  const status = fault.status ?? 500;
  const limited = RATE_LIMITED.has(status);
  const code = fault.code ?? (limited ? 'ERR_TOO_MANY_REQUESTS' : 'ERR_EXCEPTION');
  const headers: Record<string, string> = { 'content-type': 'application/json', ...CORS_HEADERS };
  const retryAfter = fault.retryAfter ?? (limited ? 1 : undefined);
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  if (limited) {
    headers['x-rate-limit'] = String(mock.rateLimiter?.perMinute ?? DEFAULT_RATE_LIMIT);
    headers['x-rate-limit-remaining'] = '0';
    headers['x-rate-limit-reset'] = String(mock.store.nowSeconds() + (retryAfter ?? 0));
  }
  for (const [name, value] of Object.entries(fault.headers ?? {})) headers[name.toLowerCase()] = value;
  const body = {
    error: {
      message: fault.message ?? (limited ? 'Too many requests. Please try again later.' : 'Something went wrong while processing the request.'),
      devMessage: `Injected fault: status ${status} (${code}).`,
      source: 'chat-api',
      code,
    },
  };
  return new Response(JSON.stringify(body), { status, headers });
}

const STATUS_TEXT: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** An HTML error page like a proxy's. */
export function htmlFaultResponse(fault: HtmlFault): Response {
  const status = fault.status ?? 502;
  const title = `${status} ${STATUS_TEXT[status] ?? 'Error'}`;
  const body =
    fault.body ??
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>proxy</center>\r\n</body>\r\n</html>\r\n`;
  return new Response(body, { status, headers: { 'content-type': 'text/html', ...CORS_HEADERS } });
}

/** Waits `ms`, unless `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** How many body bytes a partial answer sends. */
export const partialBytes = (fault: { bytes?: number }, total: number) => Math.min(total, fault.bytes ?? Math.floor(total / 2));

function failingBody(bytes: Uint8Array, reason: string): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes);
    },
    pull(controller) {
      controller.error(new TypeError(reason));
    },
  });
}

/**
 * Answers `request` with `fault`, as far as a `Response` can: status and HTML pages exactly, a wait
 * then the real answer, and for `reset-after-headers` / `truncate` the real status and headers with
 * a body that fails after `bytes`. `reset` is the face's own (`reset(afterProcessing)`).
 */
export async function answerWithFault(fault: Fault, mock: MockApp, request: Request, reset: () => Response): Promise<Response> {
  if (fault.type === 'delay') {
    await sleep(fault.ms);
    return mock.fetch(request);
  }
  if (fault.delayMs) await sleep(fault.delayMs);
  switch (fault.type) {
    case 'status':
      return statusFaultResponse(fault, mock);
    case 'html':
      return htmlFaultResponse(fault);
    case 'reset':
      if (fault.afterProcessing) await (await mock.fetch(request)).arrayBuffer();
      return reset();
    case 'reset-after-headers':
    case 'truncate': {
      const response = await mock.fetch(request);
      const body = new Uint8Array(await response.arrayBuffer());
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      const reason = fault.type === 'truncate' ? 'terminated: the body ended early (injected truncate fault)' : 'terminated: connection reset (injected fault)';
      return new Response(failingBody(body.subarray(0, partialBytes(fault, body.length)), reason), { status: response.status, headers });
    }
  }
}
