// createCometChatClient: the options, a typed openapi-fetch client, and the generated methods, each
// sending through the core (retries, timeouts, typed errors). This file assembles the two layers:
// the generated one knows the spec, the core knows how to send.
import * as openapiFetch from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '@cometchat-rest/models';
import { createRedactor, resolveOptions, type ClientOptionsFor, type Core } from './core/index.ts';
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
 * A client: one method per operation of the spec, and `raw`. `HasDefaultOnBehalfOf` is true when the
 * client was created with a default `onBehalfOf`, which makes `onBehalfOf` optional in every call.
 */
export type CometChatClient<HasDefaultOnBehalfOf extends boolean = false> = OperationMethods<HasDefaultOnBehalfOf> & {
  /** The underlying typed openapi-fetch client (with the API key and base URL set), for anything the methods do not cover. */
  readonly raw: Client<paths>;
};

/**
 * Creates a client for the CometChat REST API v3 conversation endpoints.
 *
 * ```ts
 * const cometchat = createCometChatClient({ appId: 'APP_ID', region: 'us', apiKey: process.env.COMETCHAT_API_KEY! });
 * const conversation = await cometchat.getUserConversation({ uid: 'cometchat-uid-2', onBehalfOf: 'cometchat-uid-1' });
 * ```
 */
export function createCometChatClient<const O extends ClientOptions>(options: O): CometChatClient<O extends { onBehalfOf: string } ? true : false>;
export function createCometChatClient(options: ClientOptions): CometChatClient<true> {
  const resolved = resolveOptions(options, SERVER);
  const { fetch } = resolved;
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    // The global fetch is looked up per request, so one patched later (e.g. by MSW) is used.
    fetch: (request: Request) => (fetch ?? globalThis.fetch)(request),
    headers: { apikey: resolved.apiKey, accept: 'application/json' },
    querySerializer: { array: { style: 'form', explode: false } },
  });
  const core: Core = { raw, context: { options: resolved, redactor: createRedactor(resolved.apiKey) } };
  return Object.freeze({ ...createOperationMethods(core), raw });
}
