// When to retry and how long to wait: exponential backoff with jitter, and the server's own
// `Retry-After` / `X-Rate-Limit-Reset` when it sends them.

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

/**
 * How long the server asked to wait, in milliseconds: `Retry-After` as seconds or as an HTTP date,
 * else `X-Rate-Limit-Reset` as Unix seconds. Undefined when it did not say (or said nonsense).
 */
export function serverWaitMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  const reset = headers.get('x-rate-limit-reset');
  let ms = retryAfter ? (Number(retryAfter) >= 0 ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - now) : NaN;
  if (Number.isNaN(ms) && Number(reset) > 0) ms = Number(reset) * 1000 - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, Math.round(ms));
}

/** Waits `ms`, or rejects with `signal.reason` as soon as `signal` aborts. Leaves no timer behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
