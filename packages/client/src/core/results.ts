// Turns CometChat's envelopes into what the methods return, by the result kind the operation model
// gives (`x-result`), accepting every documented wire form: `data` as an object or a one-element
// array, the action text under `message` or `Message`. Anything else is an invalid response,
// reported with what came back.
import type { Conversation, ConversationList } from '@cometchat-rest/models';
import { CometChatInvalidResponseError } from './errors.ts';
import type { PaginationSpec } from './operation.ts';

/** What an operation that changes state returns. */
export interface ActionResult {
  /** Whether CometChat did it. */
  success: boolean;
  /** What the operation did, in English (CometChat's `message`, or `Message` where it capitalises it). */
  message: string;
  /** The conversation as it now is, where CometChat sends it (marking messages unread). */
  conversation?: Conversation;
}

/** One page of `listConversations`. */
export type ConversationPage = ConversationList;

/** What a method hands back from a success body (`x-result.kind`). */
export type ResultKind = 'item' | 'items' | 'action' | 'page';

/** The first characters of a body, for an error message. */
export function preview(body: unknown): string {
  let text: string | undefined;
  try {
    text = typeof body === 'string' ? body : JSON.stringify(body);
  } catch {
    return '(a body nested too deeply to show)';
  }
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
  item: ['object in `data` (an object or a one-element array)', (body) => {
    const found = Array.isArray(body?.data) ? (body.data.length === 1 ? body.data[0] : undefined) : body?.data;
    return isObject(found) ? found : undefined;
  }],
  items: ['array of objects in `data`', (body) => (Array.isArray(body?.data) && body.data.every(isObject) ? body.data : undefined)],
  action: ['action result (`data.success` and `data.message`)', ({ data } = {} as any) => {
    const message = data?.message ?? data?.Message;
    if (typeof data?.success !== 'boolean' || typeof message !== 'string') return undefined;
    return isObject(data.conversation) ? { success: data.success, message, conversation: data.conversation } : { success: data.success, message };
  }],
};

function invalid(operationId: string, response: Response, body: unknown, problem: string): never {
  throw new CometChatInvalidResponseError(`${operationId}: ${response.status} response ${problem}: ${preview(body)}`, { operationId, status: response.status, response, body });
}

/** `/meta/pagination` as `meta.pagination`, for messages. */
const dotted = (pointer: string) => `\`${pointer.slice(1).split('/').join('.')}\``;

/** The result of a success body; throws CometChatInvalidResponseError when it is not of the kind. */
export function unwrap(kind: Exclude<ResultKind, 'page'>, operationId: string, body: unknown, response: Response): unknown {
  const [what, find] = UNWRAP[kind];
  const result = find(body);
  return result === undefined ? invalid(operationId, response, body, `has no ${what}`) : result;
}

const whole = (value: unknown, min: number) => Number.isInteger(value) && (value as number) >= min;

/**
 * A page body (`x-pagination`): its items must be an array and its pagination block must say, in
 * whole numbers, which page it is and how many there are; and it must be the page asked for, or a
 * walk would repeat it (or end early) without anyone knowing.
 */
export function unwrapPage(pagination: PaginationSpec, operationId: string, body: unknown, response: Response, page: number): unknown {
  const meta = at(body, pagination.meta) as { total_pages?: unknown; current_page?: unknown } | undefined;
  if (!Array.isArray(at(body, pagination.items)) || !whole(meta?.total_pages, 0) || !whole(meta?.current_page, 1)) {
    invalid(operationId, response, body, `is not a page: ${dotted(pagination.items)} must be an array, and ${dotted(pagination.meta)} must hold whole numbers current_page (1 or more) and total_pages`);
  }
  if (meta!.current_page !== page) invalid(operationId, response, body, `for page ${page} says current_page ${meta!.current_page as number}: the server did not advance, so the walk stops here`);
  return body;
}
