// The 21 operations on the store. Each takes a validated request and returns the status and body
// CometChat sends, or throws an `ApiError`. Every check runs before any change, so a refused
// request changes nothing.
import {
  badRequest,
  conversationNotAccessible,
  conversationNotFound,
  featureNotAccessible,
  globalPinLimitExceeded,
  guidNotFound,
  messageNotFound,
  pinLimitExceeded,
  systemPinned,
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
/** Marking unread also answers the conversation as it now is (CometChat's SDK reads `data.conversation`). */
const unreadAction = (message: string, conversationJson: string): HandlerResult => ({
  status: 200,
  json: `{"data":{"success":true,"message":${JSON.stringify(message)},"conversation":${conversationJson}}}`,
});

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
  if (q.hideAgentic === true && q.onlyAgentic === true) throw badRequest({ onlyAgentic: ['must not be sent with hideAgentic: the two are mutually exclusive'] });
  if (q.unique === 1 && owner !== undefined) throw badRequest({ unique: ['must not be sent with onBehalfOf: unique lists are for the app as a whole'] });
  const pinnedBy = strings(q.pinnedBy) as ('me' | 'system')[] | undefined;
  if (pinnedBy?.includes('me') && owner === undefined) throw badRequest({ pinnedBy: ['`me` needs onBehalfOf: the user whose pins to list'] });
  if (owner !== undefined && !store.hasUser(owner)) throw uidNotFound(owner);
  const perPage = (q.perPage as number | undefined) ?? 100;
  const page = (q.page as number | undefined) ?? 1;
  // `useCursoredIndex` is accepted and changes nothing: pages are addressed by `page` either way.
  const { entries, total } = store.listPage({
    uid: owner,
    conversationType: q.conversationType as 'user' | 'group' | undefined,
    tags: strings(q.tags),
    userTags: strings(q.userTags),
    groupTags: strings(q.groupTags),
    unread: q.unread === true,
    searchKey: typeof q.searchKey === 'string' ? q.searchKey : undefined,
    includeBlockedUsers: q.includeBlockedUsers === true,
    agentic: q.hideAgentic === true ? 'hide' : q.onlyAgentic === true ? 'only' : undefined,
    pinnedBy,
    unique: q.unique === 1,
    page,
    perPage,
  });
  const options = {
    withTags: q.withTags === true,
    withUserAndGroupTags: q.withUserAndGroupTags === true,
    withOwner: owner === undefined,
    withBlockedInfo: q.withBlockedInfo === true,
  };
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
  const body = (input.body ?? {}) as { deleteMessagesPermanently?: boolean; preserveOrder?: boolean };
  store.resetConversation(uid, target, { deleteMessages: body.deleteMessagesPermanently === true, preserveOrder: body.preserveOrder === true });
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
  return unreadAction(`The messages after the message id ${messageId} from the user ${other} are marked as unread for the user ${uid}.`, render(store, uid, conversation.target));
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
  const body = (input.body ?? {}) as { preserveOrder?: boolean };
  store.resetConversation(uid, target, { preserveOrder: body.preserveOrder === true });
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
  const conversation = groupConversation(input, store);
  const { uid, guid } = conversation;
  const messageId = messageIdIn(input, store, conversation)!;
  store.markUnread(uid, conversation.target, messageId);
  return unreadAction(`The messages after the message id ${messageId} in the group ${guid} are marked as unread for the user ${uid}.`, render(store, uid, conversation.target));
};

// ---- pins ---------------------------------------------------------------------------------------

/** The pin operations need the app's conversation pin feature. */
function pinsEnabled(store: MockStore): void {
  if (!store.pinSettings.enabled) throw featureNotAccessible();
}

/**
 * Whether a target's `uid` is the one that names it. The schema's `oneOf` lets exactly one of `uid`
 * and `guid` be a valid id, the other may be there as anything (`{ uid: 'a', guid: [] }`).
 */
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && [...value].length <= 100;

const globalPinList = (store: MockStore): HandlerResult => ok({ data: store.globalPins() });

const listPinnedConversations: Handler = (_input, store) => {
  pinsEnabled(store);
  return globalPinList(store);
};

const updatePinnedConversations: Handler = (input, store) => {
  pinsEnabled(store);
  const entries = (input.body as { pinnedConversations: { uid?: unknown; guid?: unknown }[] }).pinnedConversations;
  // Repeats count once, at their first place (CometChat lowercases ids).
  const distinct = new Map<string, ConversationTarget>();
  for (const entry of entries) {
    const target: ConversationTarget = isId(entry.uid) ? { uid: entry.uid } : { guid: entry.guid as string };
    const key = 'guid' in target ? `group:${lower(target.guid)}` : `user:${lower(target.uid)}`;
    if (!distinct.has(key)) distinct.set(key, target);
  }
  const { globalLimit } = store.pinSettings;
  if (distinct.size > globalLimit) throw globalPinLimitExceeded(globalLimit, distinct.size);
  for (const target of distinct.values()) {
    if ('guid' in target) {
      if (!store.hasGroup(target.guid)) throw guidNotFound(target.guid);
    } else if (!store.hasUser(target.uid)) throw uidNotFound(target.uid);
  }
  store.setGlobalPins([...distinct.values()]);
  return globalPinList(store);
};

/** The acting user and the path's user or group, which must exist (pin operations check the feature first). */
function pinTarget(input: ValidInput, store: MockStore): { uid: string; target: ConversationTarget; conversationId: string } {
  pinsEnabled(store);
  const uid = actor(input, store);
  if (input.path.guid !== undefined) {
    const guid = input.path.guid;
    if (!store.hasGroup(guid)) throw guidNotFound(guid);
    return { uid, target: { guid }, conversationId: groupConversationId(guid) };
  }
  const other = input.path.uid!;
  if (!store.hasUser(other)) throw uidNotFound(other);
  return { uid, target: { uid: other }, conversationId: userConversationId(uid, other) };
}

/** Pins a conversation of the acting user (the user and group operations alike). */
const pinConversation: Handler = (input, store) => {
  const { uid, target, conversationId } = pinTarget(input, store);
  if (store.isGloballyPinned(uid, target)) throw systemPinned('pinned');
  // A conversation without messages (or reset and not kept) cannot be pinned.
  if (!store.isVisible(uid, target)) throw conversationNotAccessible(uid, conversationId);
  const limit = store.pinSettings.perUserLimit;
  if (store.conversationState(uid, target)?.pinnedAt === undefined && store.pinCount(uid) >= limit) throw pinLimitExceeded(uid, limit);
  store.pinConversation(uid, target);
  return { status: 200, json: `{"data":${render(store, uid, target)}}` };
};

/** Removes the acting user's pin (idempotent); answers the conversation, or its id and kind when it does not show. */
const unpinConversation: Handler = (input, store) => {
  const { uid, target, conversationId } = pinTarget(input, store);
  if (store.isGloballyPinned(uid, target)) throw systemPinned('unpinned');
  if ('guid' in target && !store.isMember(target.guid, uid)) throw conversationNotAccessible(uid, conversationId);
  if (store.isParticipant(uid, target)) store.unpinConversation(uid, target);
  if (store.isVisible(uid, target)) return { status: 200, json: `{"data":${render(store, uid, target)}}` };
  return ok({ data: { conversationId, conversationType: 'guid' in target ? 'group' : 'user' } });
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
  listPinnedConversations,
  updatePinnedConversations,
  pinUserConversation: pinConversation,
  unpinUserConversation: unpinConversation,
  pinGroupConversation: pinConversation,
  unpinGroupConversation: unpinConversation,
};
