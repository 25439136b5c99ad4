// One valid call per operation of the spec, through the built client, with arguments that exist in
// the mock's demo seed (the acting user is the client's default onBehalfOf, cometchat-uid-1), and
// what each resolves to. The same calls also fail in the ways every operation can fail.
import type { CometChatClient, RequestOptions } from '@cometchat-rest/client';
import { openapi } from '@cometchat-rest/spec';

export const ACTING_USER = 'cometchat-uid-1';
const U2 = 'cometchat-uid-2';
const U5 = 'cometchat-uid-5'; // never talked to uid-1: 403
const GROUP = 'project-group';
const NOT_MY_GROUP = 'book-club'; // uid-1 is not a member: 403

export type Kind = 'page' | 'conversation' | 'items' | 'action';
export type Client = CometChatClient<true>;
type Call = (client: Client, options?: RequestOptions) => PromiseLike<unknown>;

export interface OperationCalls {
  kind: Kind;
  /** A call that succeeds against the demo seed. */
  valid: Call;
  /** The same operation on something that exists but is not uid-1's: 403 (where the operation has one). */
  forbidden?: Call;
  /** ... and on something that does not exist: 404 (where the operation names something). */
  missing?: Call;
}

const user = (kind: Kind, make: (uid: string) => Call): OperationCalls => ({ kind, valid: make(U2), forbidden: make(U5), missing: make('no-such-user') });
const group = (kind: Kind, make: (guid: string) => Call): OperationCalls => ({ kind, valid: make(GROUP), forbidden: make(NOT_MY_GROUP), missing: make('no-such-group') });
const byId = (kind: Kind, make: (conversationId: string) => Call): OperationCalls => ({
  kind,
  valid: make(`${ACTING_USER}_user_${U2}`),
  forbidden: make(`${U2}_user_cometchat-uid-3`),
  missing: make('nobody_user_noone'),
});

export const OPERATIONS: Record<string, OperationCalls> = {
  listConversations: {
    kind: 'page',
    valid: (c, o) => c.listConversations({ perPage: 2, page: 1, withTags: true, withUserAndGroupTags: true, unread: true, conversationType: 'user', tags: ['important', 'work'] }, o),
    forbidden: (c, o) => c.listConversations({ onBehalfOf: U5, userTags: ['vip'], groupTags: ['work'], searchKey: 'a' }, o), // a valid call: U5's own list
    missing: (c, o) => c.listConversations({ onBehalfOf: 'no-such-user' }, o),
  },
  getConversation: byId('conversation', (conversationId) => (c, o) => c.getConversation({ conversationId }, o)),
  deleteConversation: byId('action', (conversationId) => (c, o) => c.deleteConversation({ conversationId }, o)),
  getUserConversation: user('conversation', (uid) => (c, o) => c.getUserConversation({ uid }, o)),
  updateUserConversation: user('conversation', (uid) => (c, o) => c.updateUserConversation({ uid, tags: ['pinned', 'q3'] }, o)),
  resetUserConversation: user('action', (uid) => (c, o) => c.resetUserConversation({ uid }, o)),
  markUserConversationAsDelivered: user('action', (uid) => (c, o) => c.markUserConversationAsDelivered({ uid }, o)),
  markUserConversationAsRead: user('action', (uid) => (c, o) => c.markUserConversationAsRead({ uid, messageId: 3 }, o)),
  markUserConversationAsUnread: user('action', (uid) => (c, o) => c.markUserConversationAsUnread({ uid, messageId: 1 }, o)),
  getGroupConversation: group('conversation', (guid) => (c, o) => c.getGroupConversation({ guid }, o)),
  updateGroupConversation: group('conversation', (guid) => (c, o) => c.updateGroupConversation({ guid, tags: [] }, o)),
  resetGroupConversation: group('action', (guid) => (c, o) => c.resetGroupConversation({ guid }, o)),
  markGroupConversationAsDelivered: group('action', (guid) => (c, o) => c.markGroupConversationAsDelivered({ guid }, o)),
  markGroupConversationAsRead: group('action', (guid) => (c, o) => c.markGroupConversationAsRead({ guid }, o)),
  markGroupConversationAsUnread: group('action', (guid) => (c, o) => c.markGroupConversationAsUnread({ guid, messageId: 11 }, o)),
  listPinnedConversations: { kind: 'items', valid: (c, o) => c.listPinnedConversations({}, o) },
  updatePinnedConversations: {
    kind: 'items',
    valid: (c, o) => c.updatePinnedConversations({ pinnedConversations: [{ guid: GROUP }, { uid: U2 }] }, o),
    missing: (c, o) => c.updatePinnedConversations({ pinnedConversations: [{ uid: 'no-such-user' }] }, o),
  },
  pinUserConversation: user('conversation', (uid) => (c, o) => c.pinUserConversation({ uid }, o)),
  // Unpinning is idempotent: a conversation that does not show answers 200 too, so no 403 here.
  unpinUserConversation: { ...user('conversation', (uid) => (c, o) => c.unpinUserConversation({ uid }, o)), forbidden: undefined },
  pinGroupConversation: group('conversation', (guid) => (c, o) => c.pinGroupConversation({ guid }, o)),
  unpinGroupConversation: group('conversation', (guid) => (c, o) => c.unpinGroupConversation({ guid }, o)),
};

type Json = Record<string, any>;
const doc = openapi as unknown as Json;

/** Every operation of the bundled spec, with its method, path and declared response statuses. */
export const SPEC_OPERATIONS = Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
  ['get', 'put', 'post', 'delete']
    .filter((method) => item[method])
    .map((method) => ({ operationId: item[method].operationId as string, method: method.toUpperCase(), path, responses: item[method].responses as Record<string, Json> })),
);

/** Follows a local `$ref` of the bundled spec. */
export function deref(node: Json): Json {
  while (typeof node?.$ref === 'string') {
    node = (node.$ref as string)
      .slice(2)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at: Json, key) => at[key], doc);
  }
  return node;
}

/** Checks the shape a resolved call must have for its kind (the client's typed result). */
export function resultProblems(kind: Kind, value: any): string[] {
  if (kind === 'page') return Array.isArray(value?.data) && typeof value?.meta?.pagination?.total === 'number' ? [] : ['not a page { data: [...], meta.pagination }'];
  const isConversation = (item: any) => typeof item?.conversationId === 'string' && ['user', 'group'].includes(item?.conversationType);
  if (kind === 'conversation') return isConversation(value) ? [] : ['not one Conversation'];
  if (kind === 'items') return Array.isArray(value) && value.every(isConversation) ? [] : ['not an array of pinned conversations'];
  return typeof value?.success === 'boolean' && typeof value?.message === 'string' ? [] : ['not { success, message }'];
}

/**
 * What the schema cannot say about a page: it answers the page that was asked for. The client
 * refuses a page whose `current_page` is not the requested one (a server repeating pages would
 * loop an auto-pagination walk), so json-schema-faker's random `current_page` may be refused.
 */
export function pageAnswersRequest(kind: Kind, url: string, body: any): boolean {
  if (kind !== 'page') return true;
  const asked = Number(new URL(url).searchParams.get('page') ?? '1');
  return body?.meta?.pagination?.current_page === asked;
}
