// When to retry and how long to wait: exponential backoff with jitter, and the server's own
// `Retry-After` / `X-Rate-Limit-Reset` when it sends them.
import { onAbort } from './signals.ts';

const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/**
 * Whether a failed attempt may be repeated. A request the server did not process (429, 408, a
 * refused connection) is always safe to repeat; any other failure is ambiguous (the server may
 * have acted), so it is repeated only for operations the spec marks `x-retry-safe`.
 */
export function isRetryable(failure: { status?: number | undefined; notSent?: boolean; ambiguous?: boolean }, retrySafe: boolean): boolean {
  const { status } = failure;
  if (status === 408 || status === 429 || failure.notSent) return true;
  return retrySafe && (status === undefined ? failure.ambiguous === true : status >= 500 && status !== 501 && status <= 504);
}

/** Backoff before retry number `retry` (0 for the first): 0.5 s, 1 s, 2 s, ... up to 8 s, minus up to 25 % jitter. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const delay = Math.min(BASE_DELAY_MS * 2 ** retry, MAX_BACKOFF_MS);
  return Math.round(delay * (1 - random() * 0.25));
}

/** An IMF-fixdate (RFC 9110), the one date form `Retry-After` may use: `Sun, 06 Nov 1994 08:49:37 GMT`. */
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * How long the server asked to wait, in milliseconds: `Retry-After` as delta-seconds (a whole number)
 * or an IMF-fixdate, else `X-Rate-Limit-Reset` as whole Unix seconds. Undefined when it did not say,
 * or said anything else (`-1` or `2, 30` are not dates in 2001).
 */
export function serverWaitMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after') ?? '';
  const reset = headers.get('x-rate-limit-reset') ?? '';
  const ms = /^\d+$/.test(retryAfter)
    ? Number(retryAfter) * 1000
    : IMF_FIXDATE.test(retryAfter)
      ? Date.parse(retryAfter) - now
      : /^\d+$/.test(reset)
        ? Number(reset) * 1000 - now
        : NaN;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** Waits `ms`, or rejects with `signal.reason` as soon as `signal` aborts. Leaves no timer or listener behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const unsubscribe = signal && onAbort(signal, () => {
      clearTimeout(timer);
      unsubscribe!();
      reject(signal.reason);
    });
    const timer = setTimeout(() => {
      unsubscribe?.();
      resolve();
    }, ms);
  });
}
