// createCometChatClient: the options, a typed openapi-fetch client, and the generated methods, each
// sending through the core (retries, timeouts, typed errors). This file assembles the two layers:
// the generated one knows the spec, the core knows how to send. `withOptions` assembles the same
// layers again over the same openapi-fetch client, with other options.
import * as openapiFetch from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '@cometchat-rest/models';
import { createRedactor, deriveOptions, resolveOptions, type ClientOptionsFor, type Core, type DerivedOptions } from './core/index.ts';
import { createOperationMethods, SERVER, type OperationMethods, type REGIONS } from './generated/operations.ts';

// In the CommonJS build (this package is "type": "module"), the bundler's Node-style interop makes
// `default` openapi-fetch's whole `module.exports`, whose own `default` is createClient; ESM gets the
// function directly. Accept both.
const createClient: typeof openapiFetch.default =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ?? openapiFetch.default;

/** A region CometChat serves the REST API from (`us`, `eu` or `in`). */
export type Region = (typeof REGIONS)[number];

/** The options of `createCometChatClient`. */
export type ClientOptions = ClientOptionsFor<Region>;

/**
 * Whether options set a default `onBehalfOf`: `true` when they certainly do, `false` when they
 * certainly do not, `boolean` when the type cannot tell (options typed as `ClientOptions`), in which
 * case calls may leave `onBehalfOf` out and the client checks at run time.
 */
export type SetsOnBehalfOf<O, Otherwise extends boolean = false> = 'onBehalfOf' extends keyof O
  ? O extends { onBehalfOf: string }
    ? true
    : [O['onBehalfOf' & keyof O]] extends [undefined]
      ? Otherwise
      : Otherwise extends true
        ? true
        : boolean
  : Otherwise;

/** What every client has beside its methods. */
export interface ClientExtras<HasDefaultOnBehalfOf extends boolean> {
  /**
   * The underlying typed openapi-fetch client (with the API key and base URL set), for anything the
   * methods do not cover. `raw.use(middleware)` hooks into every request, the methods' included;
   * middleware sees the raw request, API key and all.
   */
  readonly raw: Client<paths>;
  /**
   * A client that shares this one's key, base URL, fetch, log and `raw` (middleware included), with
   * another acting user or other limits. Cheap: nothing is created but the methods.
   *
   * ```ts
   * const asAlice = cometchat.withOptions({ onBehalfOf: 'alice' });
   * ```
   */
  withOptions<const O extends DerivedOptions>(options: O): CometChatClient<SetsOnBehalfOf<O, HasDefaultOnBehalfOf>>;
}

/**
 * A client: one method per operation of the spec, `raw` and `withOptions`. `HasDefaultOnBehalfOf`
 * is true when the client has a default `onBehalfOf`, which makes `onBehalfOf` optional in every call.
 */
export type CometChatClient<HasDefaultOnBehalfOf extends boolean = false> = OperationMethods<HasDefaultOnBehalfOf> & ClientExtras<HasDefaultOnBehalfOf>;

/**
 * Creates a client for the CometChat REST API v3 conversation endpoints. Options left out are read
 * from `COMETCHAT_API_KEY`, `COMETCHAT_APP_ID`, `COMETCHAT_REGION`, `COMETCHAT_BASE_URL` and
 * `COMETCHAT_LOG` where the environment has them.
 *
 * ```ts
 * const cometchat = createCometChatClient({ appId: 'APP_ID', region: 'us', apiKey: process.env.COMETCHAT_API_KEY! });
 * const conversation = await cometchat.getUserConversation({ uid: 'cometchat-uid-2', onBehalfOf: 'cometchat-uid-1' });
 * ```
 */
export function createCometChatClient(): CometChatClient<false>;
export function createCometChatClient<const O extends ClientOptions>(options: O): CometChatClient<SetsOnBehalfOf<O>>;
export function createCometChatClient(options?: ClientOptions): CometChatClient<boolean> {
  const resolved = resolveOptions(options, SERVER);
  const { fetch } = resolved;
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    // The global fetch is looked up per request, so one patched later (e.g. by MSW) is used.
    fetch: (request: Request) => (fetch ?? globalThis.fetch)(request),
    headers: { apikey: resolved.apiKey, accept: 'application/json' },
    querySerializer: { array: { style: 'form', explode: false } },
    // Never follow a redirect: fetch would re-send the apikey header to wherever it points.
    redirect: 'manual',
  });
  return assemble(raw, { options: resolved, redactor: createRedactor(resolved.apiKey) });
}

/** The methods and extras of a client over `raw`, with `context`. */
function assemble(raw: Client<paths>, context: Core['context']): CometChatClient<boolean> {
  return Object.freeze({
    ...createOperationMethods({ raw, context }),
    raw,
    withOptions: (options: DerivedOptions) => assemble(raw, { ...context, options: deriveOptions(context.options, options) }),
  }) as CometChatClient<boolean>;
}
