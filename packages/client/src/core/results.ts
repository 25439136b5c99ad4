// Turns CometChat's envelopes into what the methods return, by the result kind the operation model
// gives (`x-result`), accepting every documented wire form: `data` as an object or a one-element
// array, the action text under `message` or `Message`. Anything else is an invalid response,
// reported with what came back.
import type { ConversationList } from '@cometchat-rest/models';
import { CometChatInvalidResponseError } from './errors.ts';
import type { PaginationSpec } from './operation.ts';

/** What an operation that changes state returns. */
export type ActionResult = {
  success: boolean;
  /** What the operation did, in English (CometChat's `message`, or `Message` where it capitalises it). */
  message: string;
};

/** One page of `listConversations`. */
export type ConversationPage = ConversationList;

/** What a method hands back from a success body (`x-result.kind`). */
export type ResultKind = 'item' | 'items' | 'action' | 'page';

/** The first characters of a body, for an error message. */
export function preview(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text ? JSON.stringify(text.slice(0, 200)) + (text.length > 200 ? '...' : '') : '(empty body)';
}

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a JSON pointer (`/meta/pagination`) of a parsed body, or undefined. */
export function at(body: unknown, pointer: string): unknown {
  let node = body;
  for (const token of pointer.slice(1).split('/')) {
    if (!isObject(node)) return undefined;
    node = node[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** What each result kind is, and how to find it in the body (undefined when it is not there). */
const UNWRAP: Record<Exclude<ResultKind, 'page'>, [string, (body: any) => unknown]> = {
  item: ['object in `data`', (body) => {
    const found = Array.isArray(body?.data) ? (body.data.length === 1 ? body.data[0] : undefined) : body?.data;
    return isObject(found) ? found : undefined;
  }],
  items: ['array of objects in `data`', (body) => (Array.isArray(body?.data) && body.data.every(isObject) ? body.data : undefined)],
  action: ['action result (`data.success` and `message` or `Message`)', ({ data } = {} as any) => {
    const message = data?.message ?? data?.Message;
    return typeof data?.success === 'boolean' && typeof message === 'string' ? { success: data.success, message } : undefined;
  }],
};

function invalid(operationId: string, response: Response, body: unknown, what: string): never {
  throw new CometChatInvalidResponseError(`${operationId}: ${response.status} response has no ${what}: ${preview(body)}`, { operationId, status: response.status, response, body });
}

/** `/meta/pagination` as `meta.pagination`, for messages. */
const dotted = (pointer: string) => `\`${pointer.slice(1).split('/').join('.')}\``;

/** The result of a success body; throws CometChatInvalidResponseError when it is not of the kind. */
export function unwrap(kind: Exclude<ResultKind, 'page'>, operationId: string, body: unknown, response: Response): unknown {
  const [what, find] = UNWRAP[kind];
  const result = find(body);
  return result === undefined ? invalid(operationId, response, body, what) : result;
}

/** A page body (`x-pagination`): its items and pagination block must be where the spec says. */
export function unwrapPage(pagination: PaginationSpec, operationId: string, body: unknown, response: Response): unknown {
  const meta = at(body, pagination.meta) as { total_pages?: unknown } | undefined;
  if (!Array.isArray(at(body, pagination.items)) || typeof meta?.total_pages !== 'number') {
    invalid(operationId, response, body, `page (${dotted(pagination.items)} and ${dotted(pagination.meta)})`);
  }
  return body;
}
