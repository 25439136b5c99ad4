// Fault injection: rules that pick requests (by operationId, method and/or path, with a probability
// from a seedable PRNG, for the next N matches or always) and a fault to answer them with. The
// node server applies every kind at the socket level; MSW applies those a Response can express.
import { TrieRouter } from 'hono/router/trie-router';
import { operationIds, operations, type OperationId, type RouteSpec } from './spec.ts';

/** An error status with CometChat's envelope (default 500 `ERR_EXCEPTION`). */
export interface StatusFault {
  type: 'status';
  /** 400-599; default 500. */
  status?: number;
  /** Default `ERR_EXCEPTION`. */
  code?: string;
  message?: string;
  /** Sent as `Retry-After` (seconds). */
  retryAfter?: number;
  delayMs?: number;
}
/** Wait, then answer normally. */
export interface DelayFault {
  type: 'delay';
  ms: number;
}
/** Reset the connection before any header is sent. */
export interface ResetFault {
  type: 'reset';
  /** Process the request first (its changes happen, the answer is lost). Default false. */
  afterProcessing?: boolean;
  delayMs?: number;
}
/** Process the request, send the headers and part of the body, then reset the connection. */
export interface ResetAfterHeadersFault {
  type: 'reset-after-headers';
  /** Body bytes sent before the reset; default half the body. */
  bytes?: number;
  delayMs?: number;
}
/** Process the request, then send fewer body bytes than announced and close the connection. */
export interface TruncateFault {
  type: 'truncate';
  /** Body bytes sent; default half the body. */
  bytes?: number;
  /** `content-length` (default): announce the full length; `chunked`: stream, then stop without the last chunk. */
  encoding?: 'content-length' | 'chunked';
  delayMs?: number;
}
/** An HTML error page, as a proxy or load balancer sends it (default 502). */
export interface HtmlFault {
  type: 'html';
  status?: number;
  body?: string;
  delayMs?: number;
}

export type Fault = StatusFault | DelayFault | ResetFault | ResetAfterHeadersFault | TruncateFault | HtmlFault;
export type FaultType = Fault['type'];

export interface FaultRule {
  /** Only this operation. */
  operationId?: OperationId;
  /** Only this HTTP method. */
  method?: string;
  /** Only this path: a spec template (`/users/{uid}/conversation`) or a concrete path, with or without `/v3`. */
  path?: string;
  /** Chance (0-1) that a matching request is faulted; default 1. Drawn from the seeded PRNG. */
  probability?: number;
  /** Fault only the next N matching requests; default: every one. */
  times?: number;
  fault: Fault;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULT_TYPES: readonly FaultType[] = ['status', 'delay', 'reset', 'reset-after-headers', 'truncate', 'html'];

function checkRule(rule: FaultRule, index: number): void {
  const at = `faults[${index}]`;
  const fail = (why: string) => {
    throw new TypeError(`${at}: ${why}`);
  };
  if (!rule || typeof rule !== 'object') fail('must be an object');
  const fault = rule.fault as Fault | undefined;
  if (!fault || !FAULT_TYPES.includes(fault.type)) fail(`fault.type must be one of ${FAULT_TYPES.join(', ')}`);
  if (rule.operationId !== undefined && !operationIds.includes(rule.operationId)) fail(`unknown operationId ${String(rule.operationId)}`);
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) fail('probability must be between 0 and 1');
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0)) fail('times must be a non-negative integer');
  const f = fault as Fault;
  if ((f.type === 'status' || f.type === 'html') && f.status !== undefined && !(Number.isInteger(f.status) && f.status >= 400 && f.status <= 599)) fail('fault.status must be 400-599');
  if (f.type === 'delay' && !(Number.isFinite(f.ms) && f.ms >= 0)) fail('fault.ms must be a non-negative number');
  if ('bytes' in f && f.bytes !== undefined && !(Number.isInteger(f.bytes) && f.bytes >= 0)) fail('fault.bytes must be a non-negative integer');
  if ('delayMs' in f && f.delayMs !== undefined && !(Number.isFinite(f.delayMs) && f.delayMs >= 0)) fail('fault.delayMs must be a non-negative number');
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

/** Resolves a request to its operation with Hono's router, for matching rules by operationId or template. */
const router = (() => {
  const r = new TrieRouter<RouteSpec>();
  for (const op of operations) r.add(op.method, `/v3${op.routePath}`, op);
  return r;
})();

export function operationFor(method: string, pathname: string): RouteSpec | undefined {
  const [matches] = router.match(method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase(), pathname) as [[RouteSpec, unknown][]];
  return matches[0]?.[0];
}

/** The fault rules of one mock, with their remaining counts and the PRNG. */
export class FaultController {
  #rules: ActiveRule[] = [];
  #random: () => number;

  constructor(rules: readonly FaultRule[] = [], seed = 1) {
    this.#random = createPrng(seed);
    this.set(rules);
  }

  /** Replaces the rules (validated; throws `TypeError` on a bad rule). */
  set(rules: readonly FaultRule[]): void {
    rules.forEach(checkRule);
    this.#rules = rules.map((rule) => ({ rule: structuredClone(rule), remaining: rule.times ?? Infinity }));
  }

  /** Adds one rule after the others. */
  add(rule: FaultRule): void {
    checkRule(rule, this.#rules.length);
    this.#rules.push({ rule: structuredClone(rule), remaining: rule.times ?? Infinity });
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules = [];
  }

  /** Re-seeds the PRNG used for `probability`. */
  seed(seed: number): void {
    this.#random = createPrng(seed);
  }

  /** The rules with how many faults each has left (`Infinity`: unlimited). */
  list(): { rule: FaultRule; remaining: number }[] {
    return this.#rules.map((r) => ({ rule: structuredClone(r.rule), remaining: r.remaining }));
  }

  /** The fault for this request, if a rule fires (first firing rule wins; a firing counts down `times`). */
  pick(method: string, url: string): Fault | undefined {
    if (this.#rules.length === 0) return undefined;
    let pathname: string;
    try {
      pathname = new URL(url, 'http://mock.invalid').pathname;
    } catch {
      return undefined;
    }
    const upper = method.toUpperCase();
    // CORS preflights are never faulted: a browser would report them as a CORS failure instead.
    if (upper === 'OPTIONS') return undefined;
    const op = operationFor(upper, pathname);
    for (const active of this.#rules) {
      const { rule } = active;
      if (active.remaining <= 0) continue;
      if (rule.operationId !== undefined && rule.operationId !== op?.operationId) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== upper) continue;
      if (rule.path !== undefined && !pathMatches(rule.path, pathname, op)) continue;
      if (rule.probability !== undefined && rule.probability < 1 && !(this.#random() < rule.probability)) continue;
      active.remaining--;
      return structuredClone(rule.fault);
    }
    return undefined;
  }
}

function pathMatches(path: string, pathname: string, op: RouteSpec | undefined): boolean {
  const bare = pathname.startsWith('/v3/') ? pathname.slice(3) : pathname;
  if (path.includes('{')) return op !== undefined && (op.path === path || `/v3${op.path}` === path);
  return path === pathname || path === bare;
}

/** Injected answers stay readable from a browser (a CORS failure would hide the fault). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After',
};

/** CometChat's envelope for an injected error status. */
export function statusFaultResponse(fault: StatusFault): Response {
  const status = fault.status ?? 500;
  const code = fault.code ?? 'ERR_EXCEPTION';
  const headers: Record<string, string> = { 'content-type': 'application/json', ...CORS_HEADERS };
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  const body = {
    error: {
      message: fault.message ?? 'Something went wrong while processing the request.',
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
