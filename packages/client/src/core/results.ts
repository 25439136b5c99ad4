// Turns CometChat's envelopes into what the methods return, accepting every documented wire form:
// `data` as an object or a one-element array, and the action text under `message` or `Message`.
// Anything else is an invalid response, reported with what came back.
import type { Conversation, ConversationList } from '@cometchat-rest/models';
import { CometChatInvalidResponseError } from './errors.ts';

/** What an operation that changes state returns. */
export type ActionResult = {
  success: boolean;
  /** What the operation did, in English (CometChat's `message`, or `Message` where it capitalises it). */
  message: string;
};

/** One page of `listConversations`. */
export type ConversationPage = ConversationList;

/** The first characters of a body, for an error message. */
export function preview(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text ? JSON.stringify(text.slice(0, 200)) + (text.length > 200 ? '...' : '') : '(empty body)';
}

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What each result kind is, and how to find it in the body (undefined when it is not there). */
const UNWRAP = {
  conversation: ['a conversation in `data`', (body: any) => {
    const found = Array.isArray(body?.data) ? (body.data.length === 1 ? body.data[0] : undefined) : body?.data;
    return isObject(found) ? found : undefined;
  }],
  action: ['an action result (`data.success` and `message` or `Message`)', ({ data } = {} as any) => {
    const message = data?.message ?? data?.Message;
    return typeof data?.success === 'boolean' && typeof message === 'string' ? { success: data.success, message } : undefined;
  }],
  page: ['a page (`data` and `meta.pagination`)', (body: any) => (Array.isArray(body?.data) && typeof body.meta?.pagination?.total_pages === 'number' ? body : undefined)],
} as const;

export type Results = { conversation: Conversation; action: ActionResult; page: ConversationPage };

export function unwrap<K extends keyof Results>(kind: K, operationId: string, body: unknown, response: Response): Results[K] {
  const [what, find] = UNWRAP[kind];
  const result = find(body as any);
  if (result === undefined) {
    throw new CometChatInvalidResponseError(`${operationId}: ${response.status} response has no ${what}: ${preview(body)}`, { operationId, status: response.status, response, body });
  }
  return result;
}
