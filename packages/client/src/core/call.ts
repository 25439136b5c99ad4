// One call of a generated method: its params checked against the operation, its settings merged,
// sent through the transport, and its success body turned into the operation's result kind.
import type { Client } from 'openapi-fetch';
import type { paths } from '@cometchat-rest/models';
import { APIPromise, type WithResponse } from './api-promise.ts';
import { checkParams, type CheckedParams, type OnBehalfOfRequirement, type OperationSpec } from './operation.ts';
import { callSettings, check, type RequestOptions } from './options.ts';
import { ConversationPagePromise } from './pagination.ts';
import { unwrap, unwrapPage, type ActionResult } from './results.ts';
import { sendWithRetries, type AttemptInit, type RawResult, type RawSend, type TransportContext } from './transport.ts';

/** What generated methods send through: the typed openapi-fetch client and the transport's context. */
export type Core = { readonly raw: Client<paths>; readonly context: TransportContext };

/** A call ready to run: `run(page)` sends it (with `page` as the page number of a paged operation). */
export type PreparedCall = { readonly spec: OperationSpec; readonly params: unknown; readonly context: TransportContext; run(page?: number): Promise<RawResult> };

/**
 * Prepares a call. `send` is the generated method's typed openapi-fetch call: it builds the request
 * from the checked params, so the compiler checks every path, parameter and body against the spec.
 */
export function prepare<P, R extends OnBehalfOfRequirement>(
  core: Core,
  spec: OperationSpec<R>,
  params: P,
  options: RequestOptions | undefined,
  send: (params: CheckedParams<P, R>, init: AttemptInit) => ReturnType<RawSend>,
): PreparedCall {
  const { context } = core;
  return {
    spec,
    params,
    context,
    // Not async: a bad argument throws here, inside the caller's try (settle), without a promise of its own.
    run: (page) => {
      const checked = checkParams(spec, params, context.options.onBehalfOf);
      if (page !== undefined) (checked as Record<string, unknown>)[spec.pagination!.pageParameter] = page;
      const settings = callSettings(context.options, options, spec.operationId);
      return sendWithRetries(context, spec.operationId, spec.retrySafe, (init) => send(checked, init), settings);
    },
  };
}

/** Runs a call to its result; every error leaves here, with the API key redacted from all of it. */
async function settle<T>(call: PreparedCall, kind: 'item' | 'items' | 'action'): Promise<WithResponse<T>> {
  try {
    const { body, response } = await call.run();
    return { data: unwrap(kind, call.spec.operationId, body, response) as T, response };
  } catch (error) {
    throw call.context.redactor.error(error);
  }
}

/** `x-result: item`: the one object in `data`. */
export function itemResult<T>(call: PreparedCall): APIPromise<T> {
  return new APIPromise(() => settle<T>(call, 'item'));
}

/** `x-result: items`: the array in `data`. */
export function itemsResult<T>(call: PreparedCall): APIPromise<T[]> {
  return new APIPromise(() => settle<T[]>(call, 'items'));
}

/** `x-result: action`: `success` and the message. */
export function actionResult(call: PreparedCall): APIPromise<ActionResult> {
  return new APIPromise(() => settle<ActionResult>(call, 'action'));
}

/** `x-result: page`: one page, or every item of every page (`x-pagination`). */
export function pageResult<Item, Page>(call: PreparedCall): ConversationPagePromise<Item, Page> {
  const { spec, context } = call;
  const pagination = spec.pagination!;
  const first = (call.params as Record<string, unknown> | undefined)?.[pagination.pageParameter] ?? 1;
  return new ConversationPagePromise<Item, Page>(async (page) => {
    try {
      check(Number.isInteger(first) && (first as number) > 0, pagination.pageParameter, 'must be a whole number of 1 or more', spec.operationId);
      const { body, response } = await call.run(page);
      return { data: unwrapPage(pagination, spec.operationId, body, response, page) as Page, response };
    } catch (error) {
      throw context.redactor.error(error);
    }
  }, first as number, pagination);
}
