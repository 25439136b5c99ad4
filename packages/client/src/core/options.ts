// The options of the client and of each call, and their validation: every bad argument is refused
// before anything is sent, with an error that names it. Absent options fall back to the environment
// (`COMETCHAT_API_KEY`, ...), then to the defaults.
import { environment } from './environment.ts';
import { CometChatArgumentError } from './errors.ts';
import { createLog, LOG_LEVELS, type Log, type Logger, type LogLevel } from './logging.ts';

/** Where the API is served: the URL template of the spec's server and its regions (from the generated layer). */
export type ServerInfo = { readonly url: string; readonly regions: readonly string[] };

/** The options of `createCometChatClient`; `Region` is the spec's list of regions. */
export interface ClientOptionsFor<Region extends string> {
  /** Your app's id (dashboard). Required unless `baseUrl` is given. Default: `COMETCHAT_APP_ID`. */
  appId?: string;
  /** The region your app lives in. Required unless `baseUrl` is given. Default: `COMETCHAT_REGION`. */
  region?: Region;
  /** The REST API key (fullAccess scope). Keep it on a server. Default: `COMETCHAT_API_KEY`. */
  apiKey?: string;
  /** Overrides `https://{appId}.api-{region}.cometchat.io/v3`, e.g. to point at a mock. Default: `COMETCHAT_BASE_URL`. */
  baseUrl?: string;
  /** The UID sent as `onBehalfOf` when a call does not give one. */
  onBehalfOf?: string;
  /** Retries after a retryable failure. Default 2. */
  maxRetries?: number;
  /** Time limit of one attempt, body included, in milliseconds (at most 2,147,483,647). Default 60 000. */
  timeoutMs?: number;
  /** The longest wait the client sleeps when the server asks for one; longer asks are thrown as rate limit errors. Default 60 000. */
  maxRetryWaitMs?: number;
  /** The largest response body read, in bytes after decompression; a longer one is an invalid response. Default 16 MiB. */
  maxResponseBytes?: number;
  /** A `fetch` to use instead of the global one. It gets the request and `{ signal }`, which aborts it on timeout or abort. */
  fetch?: (request: Request, init?: RequestInit) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Where log lines go when `logLevel` is not `off`. Default `console`. */
  logger?: Logger;
  /** What is logged: `off` (default), `error`, `warn`, `info` (every attempt) or `debug` (bodies too). Default: `COMETCHAT_LOG`. */
  logLevel?: LogLevel;
  /** Allow running where `window` and `document` exist. The key then ships to every visitor: only for trusted, internal tools. */
  dangerouslyAllowBrowser?: boolean;
}

/** The second argument of every method. */
export interface RequestOptions {
  /** Aborts the call (including its retries and the waits between them). */
  signal?: AbortSignal;
  /** Time limit of one attempt, in milliseconds. */
  timeoutMs?: number;
  /** Retries for this call. */
  maxRetries?: number;
  /** Headers for this call. */
  headers?: Record<string, string>;
  /** The largest response body read for this call, in bytes. */
  maxResponseBytes?: number;
}

/** What `withOptions` can change: the acting user and a call's limits. Everything else is shared. */
export interface DerivedOptions {
  /** The UID sent as `onBehalfOf` when a call does not give one. */
  onBehalfOf?: string;
  /** Time limit of one attempt, in milliseconds. */
  timeoutMs?: number;
  /** Retries after a retryable failure. */
  maxRetries?: number;
  /** Headers sent with every request, merged over the client's. */
  headers?: Record<string, string>;
}

/** `onBehalfOf` where the operation requires it and the client has no default. */
export interface RequiredOnBehalfOf {
  /** UID of the acting user (required by this operation). */
  onBehalfOf: string;
}

/** `onBehalfOf` where it is optional, or where the client has a default. */
export interface OptionalOnBehalfOf {
  /** UID of the acting user; where the operation requires one, the client's `onBehalfOf` is the default. */
  onBehalfOf?: string;
}

/** `onBehalfOf` as a call takes it: required where the spec requires it, unless the client has a default. */
export type OnBehalfOfParam<Requirement extends 'required' | 'optional', HasDefault extends boolean> = Requirement extends 'required'
  ? HasDefault extends true
    ? OptionalOnBehalfOf
    : RequiredOnBehalfOf
  : OptionalOnBehalfOf;

/** What a call runs with: the client's settings overridden by the call's. */
export type CallSettings = { signal: AbortSignal | undefined; timeoutMs: number; maxRetries: number; headers: Record<string, string>; maxResponseBytes: number };

export type ResolvedOptions = CallSettings & {
  baseUrl: string;
  apiKey: string;
  onBehalfOf: string | undefined;
  maxRetryWaitMs: number;
  fetch: ((request: Request, init?: RequestInit) => Promise<Response>) | undefined;
  log: Log | undefined;
};

/** Throws a CometChatArgumentError naming `argument` unless `ok`. */
export function check(ok: unknown, argument: string, problem: string, operationId?: string): asserts ok {
  if (!ok) throw new CometChatArgumentError(argument, `${argument} ${problem}`, operationId);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a header value cannot hold: control characters (fetch and Node refuse them) and anything beyond Latin-1. */
const NOT_HEADER_TEXT = /[^\t\x20-\x7e\x80-\xff]/;

/** A string that can be sent as a header value, as is: Latin-1 without control characters. */
export function headerValue(argument: string, value: unknown, operationId?: string): string {
  check(typeof value === 'string' && !NOT_HEADER_TEXT.test(value), argument, 'must be a string of Latin-1 characters without control characters', operationId);
  return value;
}

/** An acting user: a header value that is not blank (HTTP would send it empty). */
export function userId(argument: string, value: unknown, operationId?: string): string {
  check(headerValue(argument, value, operationId).trim() !== '', argument, 'must not be empty or only whitespace', operationId);
  return value as string;
}

/**
 * Headers the client or the HTTP stack own: the key and acting user, and the framing and
 * connection headers fetch refuses or that would send the request elsewhere (`host`).
 */
const RESERVED = /^(apikey|onbehalfof|host|connection|keep-alive|proxy-connection|transfer-encoding|content-length|te|trailer|upgrade|expect|http2-settings)$/i;

function headers(argument: string, value: unknown, operationId?: string): Record<string, string> {
  check(value === undefined || isObject(value), argument, 'must be an object of header names to strings', operationId);
  for (const [name, text] of Object.entries(value ?? {})) {
    check(!RESERVED.test(name) && /^[\w!#$%&'*+.^`|~-]+$/.test(name), `${argument}.${name}`, 'is not a header name you can set', operationId);
    headerValue(`${argument}.${name}`, text, operationId);
  }
  return value as Record<string, string>;
}

/** The longest delay a timer can take: Node fires longer ones after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A time limit: milliseconds above 0 that a timer can wait. */
function milliseconds(argument: string, value: unknown, fallback: number, operationId?: string): number {
  check(value === undefined || (typeof value === 'number' && value > 0 && value <= MAX_TIMER_MS), argument, `must be milliseconds above 0, at most ${MAX_TIMER_MS}`, operationId);
  return (value as number | undefined) ?? fallback;
}

/** A whole number from `min` to `max`. */
function wholeNumber(argument: string, value: unknown, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER, operationId?: string): number {
  check(value === undefined || (Number.isInteger(value) && (value as number) >= min && (value as number) <= max), argument, `must be a whole number from ${min} to ${max}`, operationId);
  return (value as number | undefined) ?? fallback;
}

/** A call's settings: the client's, overridden by the call's options. */
export function callSettings(client: CallSettings, options: unknown, operationId: string): CallSettings {
  if (options === undefined) return client; // the common case: nothing to merge
  check(isObject(options), 'options', 'must be an object', operationId);
  const { signal, timeoutMs, maxRetries, headers: extra, maxResponseBytes } = options as RequestOptions;
  check(signal === undefined || (isObject(signal) && 'aborted' in signal), 'signal', 'must be an AbortSignal', operationId);
  return {
    signal,
    timeoutMs: milliseconds('timeoutMs', timeoutMs, client.timeoutMs, operationId),
    maxRetries: wholeNumber('maxRetries', maxRetries, client.maxRetries, 0, undefined, operationId),
    headers: extra === undefined ? client.headers : { ...client.headers, ...headers('headers', extra, operationId) },
    maxResponseBytes: wholeNumber('maxResponseBytes', maxResponseBytes, client.maxResponseBytes, 1, undefined, operationId),
  };
}

/** The settings of a client derived with `withOptions`. */
export function deriveOptions(parent: ResolvedOptions, options: unknown): ResolvedOptions {
  check(isObject(options), 'options', 'must be an object');
  for (const name in options) check(/^(onBehalfOf|timeoutMs|maxRetries|headers)$/.test(name), 'options', `cannot set ${name}: withOptions changes onBehalfOf, timeoutMs, maxRetries and headers (create another client for the rest)`);
  const { onBehalfOf } = options as DerivedOptions;
  return {
    ...parent,
    ...callSettings(parent, { ...options, onBehalfOf: undefined }, ''),
    onBehalfOf: onBehalfOf === undefined ? parent.onBehalfOf : userId('onBehalfOf', onBehalfOf),
  };
}

type ClientOptions = ClientOptionsFor<string>;

/** An option, else its environment variable; `argument` names where the value came from, for messages. */
function option<K extends keyof ClientOptions>(options: ClientOptions, name: K, variable: string): [value: ClientOptions[K] | string | undefined, argument: string] {
  const value = options[name];
  if (value !== undefined) return [value, name];
  return [environment(variable), `${name} (from ${variable})`];
}

function baseUrl(options: ClientOptions, server: ServerInfo): string {
  const [url, urlArgument] = option(options, 'baseUrl', 'COMETCHAT_BASE_URL');
  if (url !== undefined) {
    const parsed = URL.canParse(String(url)) ? new URL(String(url)) : undefined;
    // Credentials in the URL would be sent with every request (and fetch refuses them anyway).
    const ok = parsed && /^https?:$/.test(parsed.protocol) && !parsed.search && !parsed.hash && !parsed.username && !parsed.password;
    if (!ok) throw new CometChatArgumentError('baseUrl', `${urlArgument} must be an http(s) URL without credentials, query or fragment`);
    return parsed.href.replace(/\/+$/, '');
  }
  const [appId, appIdArgument] = option(options, 'appId', 'COMETCHAT_APP_ID');
  const [region, regionArgument] = option(options, 'region', 'COMETCHAT_REGION');
  if (typeof appId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(appId)) throw new CometChatArgumentError('appId', `${appIdArgument} is required (letters, digits and dashes), unless baseUrl is given`);
  if (!server.regions.includes(region as string)) throw new CometChatArgumentError('region', `${regionArgument} must be one of ${server.regions.join(', ')}, unless baseUrl is given`);
  return server.url.replace('{appId}', appId).replace('{region}', region as string);
}

export function resolveOptions(options: ClientOptions = {}, server: ServerInfo): ResolvedOptions {
  check(isObject(options), 'options', 'must be an object');
  const scope = globalThis as { window?: unknown; document?: unknown };
  check(
    options.dangerouslyAllowBrowser === true || scope.window === undefined || scope.document === undefined,
    'dangerouslyAllowBrowser',
    'is not set, and this is a browser: the REST API key would ship to every visitor. Call CometChat from a server.',
  );
  // The messages name the option, never the key itself.
  const [apiKey] = option(options, 'apiKey', 'COMETCHAT_API_KEY');
  check(apiKey !== undefined, 'apiKey', 'is required: pass it, or set COMETCHAT_API_KEY');
  check(typeof apiKey === 'string' && apiKey.trim() === apiKey && apiKey !== '' && !NOT_HEADER_TEXT.test(apiKey), 'apiKey', 'must be a non-empty string of Latin-1 characters, without control characters or surrounding whitespace');
  check(options.fetch === undefined || typeof options.fetch === 'function', 'fetch', 'must be a function');
  const logger = (options.logger ?? console) as Logger;
  check(isObject(logger) && ['debug', 'info', 'warn', 'error'].every((method) => typeof logger[method as keyof Logger] === 'function'), 'logger', 'must have debug, info, warn and error methods');
  const [level = 'off', levelArgument] = option(options, 'logLevel', 'COMETCHAT_LOG');
  if (!LOG_LEVELS.includes(level as LogLevel)) throw new CometChatArgumentError('logLevel', `${levelArgument} must be one of ${LOG_LEVELS.join(', ')}`);
  const defaults: CallSettings = { signal: undefined, timeoutMs: 60_000, maxRetries: 2, headers: {}, maxResponseBytes: 16 * 1024 * 1024 };
  return {
    ...callSettings(defaults, { timeoutMs: options.timeoutMs, maxRetries: options.maxRetries, headers: options.headers, maxResponseBytes: options.maxResponseBytes }, ''),
    baseUrl: baseUrl(options, server),
    apiKey,
    onBehalfOf: options.onBehalfOf === undefined ? undefined : userId('onBehalfOf', options.onBehalfOf),
    maxRetryWaitMs: wholeNumber('maxRetryWaitMs', options.maxRetryWaitMs, 60_000, 0, MAX_TIMER_MS),
    fetch: options.fetch as ResolvedOptions['fetch'],
    log: createLog(logger, level as LogLevel),
  };
}
