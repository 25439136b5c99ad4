// Fault injection: rules that pick requests (by operationId, method and/or path, with a probability
// from a seedable PRNG, for the next N matches or always) and a fault to answer them with. The
// node server applies every kind at the socket level; MSW applies those a Response can express.
import { TrieRouter } from 'hono/router/trie-router';
import { operationIds, operations, type OperationId, type RouteSpec } from './spec.ts';

/**
 * An error status with CometChat's envelope (default 500 `ERR_EXCEPTION`). 429 and 503 answer as
 * CometChat's rate limit does (`ERR_TOO_MANY_REQUESTS`, `Retry-After`, `X-Rate-Limit-*`) unless the
 * fault says otherwise.
 */
export interface StatusFault {
  type: 'status';
  /** 400-599; default 500. */
  status?: number;
  /** Default `ERR_EXCEPTION`. */
  code?: string;
  message?: string;
  /** Sent as `Retry-After` (seconds). For 429 and 503 it defaults to 1, with the rate-limit headers. */
  retryAfter?: number;
  /** Headers to add or replace (e.g. `X-Rate-Limit-Remaining`). */
  headers?: Record<string, string>;
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
const RULE_KEYS = ['operationId', 'method', 'path', 'probability', 'times', 'fault'];
/** The fields each kind of fault takes (besides `type`). */
const FAULT_KEYS: Record<FaultType, readonly string[]> = {
  status: ['status', 'code', 'message', 'retryAfter', 'headers', 'delayMs'],
  delay: ['ms'],
  reset: ['afterProcessing', 'delayMs'],
  'reset-after-headers': ['bytes', 'delayMs'],
  truncate: ['bytes', 'encoding', 'delayMs'],
  html: ['status', 'body', 'delayMs'],
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isDuration = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Checks one rule; the error names the rule and the field at fault, e.g. `faults[2].fault.status`. */
function checkRule(rule: FaultRule, index: number): void {
  const fail = (field: string, why: string): never => {
    throw new TypeError(`faults[${index}]${field ? `.${field}` : ''}: ${why}`);
  };
  if (!isObject(rule)) fail('', 'must be an object');
  for (const key of Object.keys(rule)) if (!RULE_KEYS.includes(key)) fail(key, `is not a rule field (use ${RULE_KEYS.join(', ')})`);
  const fault: unknown = rule.fault;
  if (!isObject(fault)) return fail('fault', 'must be an object with a type');
  if (!FAULT_TYPES.includes(fault.type as FaultType)) fail('fault.type', `must be one of ${FAULT_TYPES.join(', ')}`);
  const type = fault.type as FaultType;
  for (const key of Object.keys(fault)) if (key !== 'type' && !FAULT_KEYS[type].includes(key)) fail(`fault.${key}`, `is not a field of a ${type} fault (use ${FAULT_KEYS[type].join(', ')})`);
  if (rule.operationId !== undefined && !operationIds.includes(rule.operationId)) fail('operationId', `unknown operationId ${String(rule.operationId)}`);
  if (rule.method !== undefined && typeof rule.method !== 'string') fail('method', 'must be a string');
  if (rule.path !== undefined && typeof rule.path !== 'string') fail('path', 'must be a string');
  if (rule.probability !== undefined && !(typeof rule.probability === 'number' && rule.probability >= 0 && rule.probability <= 1)) fail('probability', 'must be between 0 and 1');
  if (rule.times !== undefined && !isCount(rule.times)) fail('times', 'must be a non-negative integer');
  if (fault.status !== undefined && !(Number.isInteger(fault.status) && (fault.status as number) >= 400 && (fault.status as number) <= 599)) fail('fault.status', 'must be an integer, 400-599');
  if (type === 'delay' && !isDuration(fault.ms)) fail('fault.ms', 'must be a non-negative number of milliseconds');
  for (const key of ['bytes', 'retryAfter'] as const) if (fault[key] !== undefined && !isCount(fault[key])) fail(`fault.${key}`, 'must be a non-negative integer');
  if (fault.delayMs !== undefined && !isDuration(fault.delayMs)) fail('fault.delayMs', 'must be a non-negative number of milliseconds');
  for (const key of ['code', 'message', 'body'] as const) if (fault[key] !== undefined && typeof fault[key] !== 'string') fail(`fault.${key}`, 'must be a string');
  if (fault.afterProcessing !== undefined && typeof fault.afterProcessing !== 'boolean') fail('fault.afterProcessing', 'must be true or false');
  if (fault.encoding !== undefined && fault.encoding !== 'content-length' && fault.encoding !== 'chunked') fail('fault.encoding', 'must be content-length or chunked');
  if (fault.headers !== undefined && !(isObject(fault.headers) && Object.values(fault.headers).every((v) => typeof v === 'string'))) fail('fault.headers', 'must be an object of header names to string values');
}

/** Checks fault rules as `FaultController.set` does: throws a `TypeError` naming the rule and field at fault. */
export function assertValidFaultRules(rules: unknown): asserts rules is FaultRule[] {
  if (!Array.isArray(rules)) throw new TypeError('faults: must be an array of rules');
  rules.forEach(checkRule);
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
