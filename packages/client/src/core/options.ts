// The options of the client and of each call, and their validation: every bad argument is refused
// before anything is sent, with an error that names it.
import { CometChatArgumentError } from './errors.ts';

/** Where the API is served: the URL template of the spec's server and its regions (from the generated layer). */
export type ServerInfo = { readonly url: string; readonly regions: readonly string[] };

/** The options of `createCometChatClient`; `Region` is the spec's list of regions. */
export type ClientOptionsFor<Region extends string> = {
  /** Your app's id (dashboard). Required unless `baseUrl` is given. */
  appId?: string;
  /** The region your app lives in. Required unless `baseUrl` is given. */
  region?: Region;
  /** The REST API key (fullAccess scope). Keep it on a server. */
  apiKey: string;
  /** Overrides `https://{appId}.api-{region}.cometchat.io/v3`, e.g. to point at a mock. */
  baseUrl?: string;
  /** The UID sent as `onBehalfOf` when a call does not give one. */
  onBehalfOf?: string;
  /** Retries after a retryable failure. Default 2. */
  maxRetries?: number;
  /** Time limit of one attempt, in milliseconds. Default 60 000. */
  timeoutMs?: number;
  /** The longest wait the client sleeps when the server asks for one; longer asks are thrown as rate limit errors. Default 60 000. */
  maxRetryWaitMs?: number;
  /** A `fetch` to use instead of the global one. It gets the request and `{ signal }`, which aborts it on timeout or abort. */
  fetch?: (request: Request, init?: RequestInit) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Allow running where `window` and `document` exist. The key then ships to every visitor: only for trusted, internal tools. */
  dangerouslyAllowBrowser?: boolean;
};

/** The second argument of every method. */
export type RequestOptions = {
  /** Aborts the call (including its retries and the waits between them). */
  signal?: AbortSignal;
  /** Time limit of one attempt, in milliseconds. */
  timeoutMs?: number;
  /** Retries for this call. */
  maxRetries?: number;
  /** Headers for this call. */
  headers?: Record<string, string>;
};

/** `onBehalfOf` as a call takes it: required where the spec requires it, unless the client has a default. */
export type OnBehalfOfParam<Requirement extends 'required' | 'optional', HasDefault extends boolean> = Requirement extends 'required'
  ? HasDefault extends true
    ? { /** UID of the acting user; defaults to the client's `onBehalfOf`. */ onBehalfOf?: string }
    : { /** UID of the acting user (required by this operation). */ onBehalfOf: string }
  : { /** UID of the acting user. */ onBehalfOf?: string };

/** What a call runs with: the client's settings overridden by the call's. */
export type CallSettings = { signal: AbortSignal | undefined; timeoutMs: number; maxRetries: number; headers: Record<string, string> };

export type ResolvedOptions = CallSettings & {
  baseUrl: string;
  apiKey: string;
  onBehalfOf: string | undefined;
  maxRetryWaitMs: number;
  fetch: ((request: Request, init?: RequestInit) => Promise<Response>) | undefined;
};

/** Throws a CometChatArgumentError naming `argument` unless `ok`. */
export function check(ok: unknown, argument: string, problem: string, operationId?: string): asserts ok {
  if (!ok) throw new CometChatArgumentError(argument, `${argument} ${problem}`, operationId);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A string that can be sent as a header value: Latin-1 only (HTTP headers are bytes), and no CR, LF
 * or NUL (they would split or smuggle headers).
 */
export function headerValue(argument: string, value: unknown, operationId?: string): string {
  check(typeof value === 'string' && !/[\0\r\n\u0100-\uffff]/.test(value), argument, 'must be a string of Latin-1 characters without CR, LF or NUL', operationId);
  return value;
}

function headers(argument: string, value: unknown, operationId?: string): Record<string, string> {
  check(value === undefined || isObject(value), argument, 'must be an object of header names to strings', operationId);
  for (const [name, text] of Object.entries(value ?? {})) {
    // The client owns apikey and onBehalfOf; anything else must be a header fetch can send.
    check(!/^(apikey|onbehalfof)$/i.test(name) && /^[\w!#$%&'*+.^`|~-]+$/.test(name), `${argument}.${name}`, 'is not a header name you can set', operationId);
    headerValue(`${argument}.${name}`, text, operationId);
  }
  return value as Record<string, string>;
}

/** A number option: milliseconds above 0 (`min` > 0) or a whole number of 0 or more. */
function count(argument: string, value: unknown, fallback: number, min: number, operationId?: string): number {
  check(value === undefined || (typeof value === 'number' && value >= min && (min > 0 ? value < Infinity : Number.isInteger(value))), argument, min > 0 ? 'must be milliseconds above 0' : 'must be a whole number of 0 or more', operationId);
  return (value as number | undefined) ?? fallback;
}

/** A call's settings: the client's, overridden by the call's options. */
export function callSettings(client: ResolvedOptions, options: unknown, operationId: string): CallSettings {
  if (options === undefined) return client; // the common case: nothing to merge
  check(options === undefined || isObject(options), 'options', 'must be an object', operationId);
  const { signal, timeoutMs, maxRetries, headers: extra } = (options ?? {}) as RequestOptions;
  check(signal === undefined || (isObject(signal) && 'aborted' in signal), 'signal', 'must be an AbortSignal', operationId);
  return {
    signal,
    timeoutMs: count('timeoutMs', timeoutMs, client.timeoutMs, 1e-9, operationId),
    maxRetries: count('maxRetries', maxRetries, client.maxRetries, 0, operationId),
    headers: { ...client.headers, ...headers('headers', extra, operationId) },
  };
}

type ClientOptions = ClientOptionsFor<string>;

function baseUrl({ baseUrl, appId, region }: ClientOptions, server: ServerInfo): string {
  if (baseUrl !== undefined) {
    const url = URL.canParse(String(baseUrl)) ? new URL(baseUrl) : undefined;
    check(url && /^https?:$/.test(url.protocol) && !url.search && !url.hash, 'baseUrl', 'must be an http(s) URL without a query or fragment');
    return url.href.replace(/\/+$/, '');
  }
  check(typeof appId === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(appId), 'appId', 'is required (letters, digits and dashes), unless baseUrl is given');
  check(server.regions.includes(region as string), 'region', `must be one of ${server.regions.join(', ')}, unless baseUrl is given`);
  return server.url.replace('{appId}', appId).replace('{region}', region!);
}

export function resolveOptions(options: ClientOptions, server: ServerInfo): ResolvedOptions {
  check(isObject(options), 'options', 'must be an object');
  const scope = globalThis as { window?: unknown; document?: unknown };
  check(
    options.dangerouslyAllowBrowser === true || scope.window === undefined || scope.document === undefined,
    'dangerouslyAllowBrowser',
    'is not set, and this is a browser: the REST API key would ship to every visitor. Call CometChat from a server.',
  );
  // The messages name the option, never the key itself.
  check(typeof options.apiKey === 'string' && options.apiKey !== '' && !/[\0\r\n]/.test(options.apiKey), 'apiKey', 'is required (a string without CR, LF or NUL)');
  check(options.fetch === undefined || typeof options.fetch === 'function', 'fetch', 'must be a function');
  check(options.onBehalfOf !== '', 'onBehalfOf', 'must not be empty');
  const settings = callSettings({ timeoutMs: 60_000, maxRetries: 2, headers: {} } as ResolvedOptions, { timeoutMs: options.timeoutMs, maxRetries: options.maxRetries, headers: options.headers }, '');
  return {
    ...settings,
    baseUrl: baseUrl(options, server),
    apiKey: options.apiKey,
    onBehalfOf: options.onBehalfOf === undefined ? undefined : headerValue('onBehalfOf', options.onBehalfOf),
    maxRetryWaitMs: count('maxRetryWaitMs', options.maxRetryWaitMs, 60_000, 0),
    fetch: options.fetch,
  };
}
