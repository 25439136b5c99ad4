// Changes: the test helpers that add data (each entry validated like a seed entry against the state,
// so on error nothing changes) and the changes the operations make. Each one touches only the
// conversations and views it concerns (no whole-store reload) and counts a new state version.
import { assertValidEntry, type SeedGroup, type SeedMember, type SeedMessage, type SeedReferences, type SeedUser } from '../seed.ts';
import { lower } from './ids.ts';
import { addMemberTo, normalizeGroup, normalizeMember, normalizeMessage, normalizeUser } from './load-seed.ts';
import { groupConversation, lastId, participantsOf, viewOf, type ConversationRecord, type StoreState, type StoredMessage, type ViewRecord } from './state.ts';
import { unpinView } from './pin-changes.ts';
import { isShown } from './pins.ts';
import { appendTo, firstAfter, recompute, recomputeAll, recountUnread, relist, updatedAtOf } from './views.ts';

const referencesOf = new WeakMap<StoreState, SeedReferences>();
/** The seed checks' view of a state (one per state: the helpers run often, in loops). */
function references(state: StoreState): SeedReferences {
  let refs = referencesOf.get(state);
  if (!refs) {
    const isMember = (guid: string, uid: string) => state.members.get(guid)?.has(uid) === true;
    refs = {
      hasUser: (uid) => state.users.has(uid),
      hasGroup: (guid) => state.groups.has(guid),
      isMember,
      // A snapshot lists every member, the owner too.
      isListed: isMember,
      hasMessage: (id) => state.messageHome.has(id),
    };
    referencesOf.set(state, refs);
  }
  return refs;
}

const memberCount = (state: StoreState) => {
  let count = 0;
  for (const members of state.members.values()) count += members.size;
  return count;
};

export function addUser(state: StoreState, user: SeedUser, now: number): void {
  const entry = { createdAt: now, ...user };
  assertValidEntry('users', entry, state.users.size, references(state));
  state.version++;
  const stored = normalizeUser(entry, now);
  state.users.set(stored.uid, stored);
  state.sortedUids.splice(sortedIndex(state.sortedUids, stored.uid), 0, stored.uid);
}

function sortedIndex(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function addGroup(state: StoreState, group: SeedGroup, now: number): void {
  const entry = { createdAt: now, ...group };
  assertValidEntry('groups', entry, state.groups.size, references(state));
  state.version++;
  const stored = normalizeGroup(entry, now);
  state.groups.set(stored.guid, stored);
  state.members.set(stored.guid, new Map());
  addMemberTo(state, { guid: stored.guid, uid: stored.owner, scope: 'admin', joinedAt: stored.createdAt });
  groupConversation(state, stored.guid);
}

export function addMember(state: StoreState, member: SeedMember, now: number): void {
  const entry = { joinedAt: now, ...member };
  assertValidEntry('members', entry, memberCount(state), references(state));
  state.version++;
  const stored = normalizeMember(entry, state.groups.get(lower(entry.guid))!);
  addMemberTo(state, stored);
  // A member sees the group's messages from the start, as if they had always been there.
  const conversation = groupConversation(state, stored.guid);
  if (conversation.messages.length > 0) recompute(state, viewOf(conversation, stored.uid));
}

/** Adds a message (validated like a seed entry) and returns it as stored. */
export function addMessage(state: StoreState, message: SeedMessage, now: number): StoredMessage {
  const id = message.id ?? state.nextMessageId;
  const entry = { sentAt: now, ...message, id };
  assertValidEntry('messages', entry, state.messageHome.size, references(state));
  state.version++;
  const { message: stored, conversation } = normalizeMessage(state, entry, id, now);
  const messages = conversation.messages;
  const appended = id > lastId(conversation);
  if (appended) messages.push(stored);
  else messages.splice(firstAfter(messages, id), 0, stored);
  state.messageHome.set(id, conversation);
  if (state.nextMessageId <= id) state.nextMessageId = id + 1;
  for (const uid of conversation.uids ?? participantsOf(state, conversation)) {
    const view = viewOf(conversation, uid);
    if (appended) appendTo(state, view, stored);
    else recompute(state, view);
  }
  return stored;
}

/** Marks a message deleted; it stays stored, but no longer counts as unread nor shows as `lastMessage`. */
export function deleteMessage(state: StoreState, id: number, by: string | undefined, now: number): void {
  const conversation = state.messageHome.get(id);
  const message = conversation?.messages[firstAfter(conversation.messages, id - 1)];
  if (!conversation || message?.id !== id) throw new Error(`no message has the id ${id}`);
  state.version++;
  message.deletedAt = now;
  if (by !== undefined) message.deletedBy = lower(by);
  for (const view of conversation.views.values()) recountUnread(state, view);
}

/** `uid`'s view, about to be changed: from now on it is part of snapshots. */
function changing(state: StoreState, conversation: ConversationRecord, uid: string): ViewRecord {
  state.version++;
  const view = viewOf(conversation, lower(uid));
  view.stored = true;
  return view;
}

export function setTags(state: StoreState, uid: string, conversation: ConversationRecord, tags: readonly string[], now: number): void {
  const view = changing(state, conversation, uid);
  view.tags = [...tags];
  view.updatedAt = Math.max(now, view.updatedAt ?? 0);
  relist(state, view);
}

export function markDelivered(state: StoreState, conversation: ConversationRecord, uid: string, upTo: number | undefined): void {
  const view = changing(state, conversation, uid);
  view.deliveredUpTo = Math.max(view.deliveredUpTo, upTo ?? lastId(conversation));
}

export function markRead(state: StoreState, conversation: ConversationRecord, uid: string, upTo: number | undefined): void {
  const view = changing(state, conversation, uid);
  view.readUpTo = Math.max(view.readUpTo, upTo ?? lastId(conversation));
  view.deliveredUpTo = Math.max(view.deliveredUpTo, view.readUpTo);
  recountUnread(state, view);
}

export function markUnread(state: StoreState, conversation: ConversationRecord, uid: string, after: number): void {
  const view = changing(state, conversation, uid);
  view.readUpTo = Math.min(view.readUpTo, after);
  recountUnread(state, view);
}

export interface ResetOptions {
  /** Also delete the conversation's messages, for everyone. */
  deleteMessages?: boolean;
  /** Keep the conversation listed at its place (and pinned), without its messages, until a newer one. */
  preserveOrder?: boolean;
}

/**
 * Resets (deletes for `uid`) the conversation: its tags and unread count go, and it leaves `uid`'s
 * list, with `uid`'s pin, until a newer message arrives; with `preserveOrder` it stays listed and
 * pinned, at its place, without its messages.
 */
export function resetConversation(state: StoreState, conversation: ConversationRecord, uid: string, options: ResetOptions = {}): void {
  const view = changing(state, conversation, uid);
  view.kept = options.preserveOrder === true && isShown(view) ? { createdAt: view.createdAt, updatedAt: updatedAtOf(view) } : undefined;
  if (view.kept === undefined) unpinView(state, view);
  view.clearedUpTo = Math.max(view.clearedUpTo, lastId(conversation));
  view.readUpTo = Math.max(view.readUpTo, view.clearedUpTo);
  view.deliveredUpTo = Math.max(view.deliveredUpTo, view.clearedUpTo);
  view.tags = [];
  view.updatedAt = undefined;
  if (options.deleteMessages === true) {
    for (const m of conversation.messages) state.messageHome.delete(m.id);
    conversation.messages = [];
    recomputeAll(state, conversation);
  } else {
    recompute(state, view);
  }
}

export function resetConversationForAll(state: StoreState, conversation: ConversationRecord): void {
  for (const uid of participantsOf(state, conversation)) resetConversation(state, conversation, uid);
}
