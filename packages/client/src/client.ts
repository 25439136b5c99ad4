// createCometChatClient: the options, a typed openapi-fetch client, and one method per operation
// of the generated table, each going through the transport (retries, timeouts, typed errors).
import * as openapiFetch from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '@cometchat-rest/models';
import { APIPromise } from './core/api-promise.ts';
import { splitParams, type OperationSpec } from './core/operation.ts';
import { callSettings, check, resolveOptions, type ClientOptions, type RequestOptions } from './core/options.ts';
import { ConversationPagePromise } from './core/pagination.ts';
import { unwrap } from './core/results.ts';
import { createTransport } from './core/transport.ts';
import { OPERATIONS, type OperationMethods } from './generated/operations.ts';

// In the CommonJS build (this package is "type": "module"), the bundler's Node-style interop makes
// `default` openapi-fetch's whole `module.exports`, whose own `default` is createClient; ESM gets the
// function directly. Accept both.
const createClient: typeof openapiFetch.default =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ?? openapiFetch.default;

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
export function createCometChatClient<const O extends ClientOptions>(options: O): CometChatClient<O extends { onBehalfOf: string } ? true : false> {
  const resolved = resolveOptions(options);
  const { fetch } = resolved;
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    // The global fetch is looked up per request, so one patched later (e.g. by MSW) is used.
    fetch: (request: Request) => (fetch ?? globalThis.fetch)(request),
    headers: { apikey: resolved.apiKey, accept: 'application/json' },
    querySerializer: { array: { style: 'form', explode: false } },
  });
  const send = createTransport(resolved, raw);

  const method = (operationId: string, spec: OperationSpec) => {
    const call = async (params: unknown, options: RequestOptions | undefined, page?: number) => {
      const split = splitParams(operationId, spec, params, resolved.onBehalfOf);
      if (page) split.query.page = page;
      const { body, response } = await send(operationId, spec, split, callSettings(resolved, options, operationId));
      return { data: unwrap(spec.result, operationId, body, response), response };
    };
    if (spec.result !== 'page') return (params: unknown, options?: RequestOptions) => new APIPromise(() => call(params, options));
    return (params?: { page?: unknown }, options?: RequestOptions) => {
      const first = params?.page ?? 1;
      return new ConversationPagePromise(async (page) => {
        check(Number.isInteger(first) && (first as number) > 0, 'page', 'must be a whole number of 1 or more', operationId);
        return call(params, options, page) as never;
      }, first as number);
    };
  };

  const methods = Object.fromEntries(Object.entries(OPERATIONS).map(([operationId, spec]) => [operationId, method(operationId, spec)]));
  return Object.freeze({ ...methods, raw }) as never;
}
