// The 15 operations on the store. Each takes a validated request and returns the status and body
// CometChat sends, or throws an `ApiError`. Every check runs before any change, so a refused
// request changes nothing.
import {
  badRequest,
  conversationNotAccessible,
  conversationNotFound,
  guidNotFound,
  messageNotFound,
  uidNotFound,
} from './errors.ts';
import type { OperationId } from './spec.ts';
import { groupConversationId, userConversationId, type ConversationTarget, type MockStore } from './store.ts';
import type { ValidInput } from './validation.ts';

export interface HandlerResult {
  status: number;
  /** The body, serialised by the app; or `json`, already serialised. */
  body?: unknown;
  json?: string;
}

export type Handler = (input: ValidInput, store: MockStore) => HandlerResult;

const lower = (s: string) => s.toLowerCase();
const ok = (body: unknown): HandlerResult => ({ status: 200, body });
/** Single reads and updates answer with a one-element `data` array, as every CometChat example does. */
const single = (conversationJson: string): HandlerResult => ({ status: 200, json: `{"data":[${conversationJson}]}` });
const action = (message: string, key: 'message' | 'Message' = 'message'): HandlerResult => ok({ data: { success: true, [key]: message } });

/** The acting user (`onBehalfOf`), which must exist. */
function actor(input: ValidInput, store: MockStore): string {
  const uid = input.headers.onBehalfOf;
  if (uid === undefined) throw badRequest({ onBehalfOf: ['must be sent: the UID of the user on whose behalf the action is performed'] });
  if (!store.hasUser(uid)) throw uidNotFound(uid);
  return lower(uid);
}

/** A conversation of the acting user, named exactly (`target`) and as the wire shows it. */
interface Resolved {
  uid: string;
  target: ConversationTarget;
  conversationId: string;
}

/** `actor`'s conversation with the path `uid`; it must show for `actor`. */
function userConversation(input: ValidInput, store: MockStore): Resolved & { other: string } {
  const uid = actor(input, store);
  const other = input.path.uid!;
  if (!store.hasUser(other)) throw uidNotFound(other);
  const target = { uid: other };
  const conversationId = userConversationId(uid, other);
  if (!store.isVisible(uid, target)) throw conversationNotAccessible(uid, conversationId);
  return { uid, other: lower(other), target, conversationId };
}

/** `actor`'s conversation with the path `guid`; `actor` must be a member and it must show. */
function groupConversation(input: ValidInput, store: MockStore): Resolved & { guid: string } {
  const uid = actor(input, store);
  const guid = input.path.guid!;
  if (!store.hasGroup(guid)) throw guidNotFound(guid);
  const target = { guid };
  const conversationId = groupConversationId(guid);
  if (!store.isVisible(uid, target)) throw conversationNotAccessible(uid, conversationId);
  return { uid, guid: lower(guid), target, conversationId };
}

/** The optional `messageId` of a mark body; it must belong to the conversation. */
function messageIdIn(input: ValidInput, store: MockStore, { uid, target, conversationId }: Resolved): number | undefined {
  const id = (input.body as { messageId?: number } | undefined)?.messageId;
  if (id !== undefined && !store.hasMessage(target, id, uid)) throw messageNotFound(id, conversationId);
  return id;
}

/** Renders a single conversation (JSON); `tags` appear when it has some (or always, after an update). */
function render(store: MockStore, uid: string, target: ConversationTarget | string, alwaysTags = false): string {
  return store.renderJson(store.entry(uid, target)!, { withTags: true, tagsOnlyWhenAny: !alwaysTags });
}

const strings = (value: unknown) => value as string[] | undefined;

const listConversations: Handler = (input, store) => {
  const q = input.query;
  const owner = input.headers.onBehalfOf;
  if (owner !== undefined && !store.hasUser(owner)) throw uidNotFound(owner);
  const perPage = (q.perPage as number | undefined) ?? 100;
  const page = (q.page as number | undefined) ?? 1;
  // With onBehalfOf: most recently updated first, then by the other side's id. Without: by owner first.
  const { entries, total } = store.listPage({
    uid: owner,
    conversationType: q.conversationType as 'user' | 'group' | undefined,
    tags: strings(q.tags),
    userTags: strings(q.userTags),
    groupTags: strings(q.groupTags),
    unread: q.unread === true,
    searchKey: typeof q.searchKey === 'string' ? q.searchKey : undefined,
    page,
    perPage,
  });
  const options = { withTags: q.withTags === true, withUserAndGroupTags: q.withUserAndGroupTags === true, withOwner: owner === undefined };
  const pagination = { total, count: entries.length, per_page: perPage, current_page: page, total_pages: Math.max(1, Math.ceil(total / perPage)) };
  // `{ data, meta: { pagination } }`, from each conversation's cached JSON.
  return { status: 200, json: `{"data":[${entries.map((e) => store.renderJson(e, options)).join(',')}],"meta":${JSON.stringify({ pagination })}}` };
};

const getConversation: Handler = (input, store) => {
  const uid = actor(input, store);
  const conversationId = lower(input.path.conversationId!);
  if (!store.conversationExists(conversationId)) throw conversationNotFound(input.path.conversationId!);
  if (!store.isVisible(uid, conversationId)) throw conversationNotAccessible(uid, conversationId);
  return single(render(store, uid, conversationId));
};

const deleteConversation: Handler = (input, store) => {
  const uid = actor(input, store);
  const conversationId = lower(input.path.conversationId!);
  if (!store.conversationExists(conversationId)) throw conversationNotFound(input.path.conversationId!);
  if (!store.isParticipant(uid, conversationId)) throw conversationNotAccessible(uid, conversationId);
  store.resetConversationForAll(conversationId, uid);
  return action(`The conversation ${conversationId} has been deleted successfully for all the users.`);
};

const getUserConversation: Handler = (input, store) => {
  const { uid, target } = userConversation(input, store);
  return single(render(store, uid, target));
};

const updateUserConversation: Handler = (input, store) => {
  const { uid, target } = userConversation(input, store);
  store.setTags(uid, target, (input.body as { tags: string[] }).tags);
  return single(render(store, uid, target, true));
};

const resetUserConversation: Handler = (input, store) => {
  const { uid, target, conversationId } = userConversation(input, store);
  const body = (input.body ?? {}) as { deleteMessagesPermanently?: boolean };
  store.resetConversation(uid, target, { deleteMessages: body.deleteMessagesPermanently === true });
  return action(`The conversation ${conversationId} has been deleted successfully for UID ${uid}.`);
};

const markUserConversationAsDelivered: Handler = (input, store) => {
  const conversation = userConversation(input, store);
  store.markDelivered(conversation.uid, conversation.target, messageIdIn(input, store, conversation));
  return action('All the messages from the user are marked as delivered for the requesting user.', 'Message');
};

const markUserConversationAsRead: Handler = (input, store) => {
  const conversation = userConversation(input, store);
  store.markRead(conversation.uid, conversation.target, messageIdIn(input, store, conversation));
  return action('All the messages from the user are marked as read for the requesting user.', 'Message');
};

const markUserConversationAsUnread: Handler = (input, store) => {
  const conversation = userConversation(input, store);
  const { uid, other } = conversation;
  const messageId = messageIdIn(input, store, conversation)!;
  store.markUnread(uid, conversation.target, messageId);
  return action(`The messages after the message id ${messageId} from the user ${other} are marked as unread for the user ${uid}.`);
};

const getGroupConversation: Handler = (input, store) => {
  const { uid, target } = groupConversation(input, store);
  return single(render(store, uid, target));
};

const updateGroupConversation: Handler = (input, store) => {
  const { uid, target } = groupConversation(input, store);
  store.setTags(uid, target, (input.body as { tags: string[] }).tags);
  return single(render(store, uid, target, true));
};

const resetGroupConversation: Handler = (input, store) => {
  const { uid, target, conversationId } = groupConversation(input, store);
  store.resetConversation(uid, target);
  // CometChat's answer for the group operation has the same wording as the user one.
  return action(`The conversation ${conversationId} has been deleted successfully for UID ${uid}.`);
};

const markGroupConversationAsDelivered: Handler = (input, store) => {
  const conversation = groupConversation(input, store);
  store.markDelivered(conversation.uid, conversation.target, messageIdIn(input, store, conversation));
  return action('All the messages in the group are marked as delivered for the requesting user.');
};

const markGroupConversationAsRead: Handler = (input, store) => {
  const conversation = groupConversation(input, store);
  store.markRead(conversation.uid, conversation.target, messageIdIn(input, store, conversation));
  return action('All the messages in the group are marked as read for the requesting user.');
};

const markGroupConversationAsUnread: Handler = (input, store) => {
  // The one operation whose onBehalfOf the spec leaves optional: without it, it acts for the app as a
  // whole, i.e. for every member of the group.
  if (input.headers.onBehalfOf === undefined) {
    const guid = input.path.guid!;
    if (!store.hasGroup(guid)) throw guidNotFound(guid);
    const conversationId = groupConversationId(guid);
    const id = (input.body as { messageId?: number } | undefined)?.messageId;
    if (id === undefined || !store.hasMessage(conversationId, id)) throw messageNotFound(id!, conversationId);
    for (const member of store.participants(conversationId)) store.markUnread(member, { guid }, id);
    return action(`The messages after the message id ${id} in the group ${lower(guid)} are marked as unread for every member.`);
  }
  const conversation = groupConversation(input, store);
  const { uid, guid } = conversation;
  const messageId = messageIdIn(input, store, conversation)!;
  store.markUnread(uid, conversation.target, messageId);
  return action(`The messages after the message id ${messageId} in the group ${guid} are marked as unread for the user ${uid}.`);
};

/**
 * The behaviour of every operation. The type makes a new operation of the spec fail the typecheck
 * until it has one; until then, at run time, the app answers it with 501.
 */
export const handlers: Record<OperationId, Handler> = {
  listConversations,
  getConversation,
  deleteConversation,
  getUserConversation,
  updateUserConversation,
  resetUserConversation,
  markUserConversationAsDelivered,
  markUserConversationAsRead,
  markUserConversationAsUnread,
  getGroupConversation,
  updateGroupConversation,
  resetGroupConversation,
  markGroupConversationAsDelivered,
  markGroupConversationAsRead,
  markGroupConversationAsUnread,
};
