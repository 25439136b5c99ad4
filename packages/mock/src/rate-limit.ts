// CometChat's per-app, per-minute rate limit: a fixed window per calendar minute of the (injectable)
// clock. Every answer carries X-Rate-Limit and X-Rate-Limit-Remaining; past the budget the answer is
// 429 with Retry-After (seconds) and X-Rate-Limit-Reset (Unix seconds).

export interface RateLimitOptions {
  /** Requests allowed per minute (CometChat's standard operations: 20,000). */
  perMinute: number;
}

export interface RateLimitVerdict {
  limited: boolean;
  headers: Record<string, string>;
}

const WINDOW_MS = 60_000;

/** CometChat's standard operations: 20,000 requests per minute. */
export const DEFAULT_RATE_LIMIT = 20_000;

export class RateLimiter {
  readonly perMinute: number;
  readonly #now: () => number;
  #windowStart = -1;
  #used = 0;

  constructor(options: RateLimitOptions, now: () => number = Date.now) {
    if (!Number.isInteger(options.perMinute) || options.perMinute < 1) {
      throw new RangeError(`rateLimit.perMinute must be a positive integer (got ${String(options.perMinute)})`);
    }
    this.perMinute = options.perMinute;
    this.#now = now;
  }

  #roll(now: number): void {
    const start = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    if (start !== this.#windowStart) {
      this.#windowStart = start;
      this.#used = 0;
    }
  }

  /** Counts one request and says whether it is over the budget, with the headers to send. */
  hit(): RateLimitVerdict {
    const now = this.#now();
    this.#roll(now);
    this.#used++;
    const limited = this.#used > this.perMinute;
    const headers: Record<string, string> = {
      'X-Rate-Limit': String(this.perMinute),
      'X-Rate-Limit-Remaining': String(Math.max(0, this.perMinute - this.#used)),
    };
    if (limited) {
      const resetMs = this.#windowStart + WINDOW_MS;
      headers['Retry-After'] = String(Math.max(1, Math.ceil((resetMs - now) / 1000)));
      headers['X-Rate-Limit-Reset'] = String(Math.floor(resetMs / 1000));
    }
    return { limited, headers };
  }

  /** Requests left in the current minute. */
  remaining(): number {
    this.#roll(this.#now());
    return Math.max(0, this.perMinute - this.#used);
  }

  /** Forgets the requests counted so far. */
  reset(): void {
    this.#windowStart = -1;
    this.#used = 0;
  }
}
