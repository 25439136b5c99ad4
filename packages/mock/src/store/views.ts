// What a view's markers make of its conversation's messages: how many show (those after the reset
// marker), when the first was sent, when the conversation last changed, how many are unread. Kept
// incrementally: a new last message updates every participant's view in O(1) (plus one re-filing in
// the owner's list); other changes recount one view from its markers on, never the whole store.
import { isShown, rankOf } from './pins.ts';
import type { ConversationRecord, StoreState, StoredMessage, ViewRecord } from './state.ts';
import { listOf } from './state.ts';

/** Actions and calls never count as unread, nor do replies and deleted messages; every other category does. */
export const countsAsUnread = (m: StoredMessage) => m.category !== 'action' && m.category !== 'call' && m.parentId === undefined && m.deletedAt === undefined;

/** The index of the first message with an id above `id` (messages ascend by id). */
export function firstAfter(messages: readonly StoredMessage[], id: number): number {
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (messages[mid]!.id <= id) low = mid + 1;
    else high = mid;
  }
  return low;
}

const unreadFor = (view: ViewRecord, m: StoredMessage) => m.sender !== view.uid && countsAsUnread(m);

/** The update time the conversation shows for this view. */
export const updatedAtOf = (view: ViewRecord) => Math.max(view.updatedAt ?? 0, view.messagesUpdatedAt, view.kept?.updatedAt ?? 0);

/** Files the view in (or takes it out of) its owner's list, after its derived parts or its pins changed. */
export function relist(state: StoreState, view: ViewRecord): void {
  const shows = isShown(view);
  const at = shows ? updatedAtOf(view) : undefined;
  const rank = shows ? rankOf(state, view) : undefined;
  if (view.listedAt === at && view.listedRank === rank) return;
  const list = (view.list ??= listOf(state, view.uid));
  if (view.listedAt !== undefined) list.delete(view);
  view.listedAt = at;
  view.listedRank = rank;
  if (at !== undefined) list.add(view);
}

/** Recounts the unread messages of one view (from its read marker on). */
export function recountUnread(state: StoreState, view: ViewRecord): void {
  const messages = view.conversation.messages;
  let unread = 0;
  for (let i = firstAfter(messages, Math.max(view.readUpTo, view.clearedUpTo)); i < messages.length; i++) if (unreadFor(view, messages[i]!)) unread++;
  view.unread = unread;
  relist(state, view);
}

/** Recomputes everything derived for one view (from its reset marker on). */
export function recompute(state: StoreState, view: ViewRecord): void {
  const messages = view.conversation.messages;
  const from = firstAfter(messages, view.clearedUpTo);
  let createdAt = Infinity;
  let updatedAt = 0;
  for (let i = from; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.sentAt < createdAt) createdAt = m.sentAt;
    updatedAt = Math.max(updatedAt, m.updatedAt, m.sentAt);
  }
  view.visibleCount = messages.length - from;
  // A newer message ends what a reset with `preserveOrder` kept.
  if (view.visibleCount > 0) view.kept = undefined;
  view.createdAt = view.visibleCount > 0 ? createdAt : (view.kept?.createdAt ?? 0);
  view.messagesUpdatedAt = updatedAt;
  recountUnread(state, view);
}

/** Updates one view for a message just appended to its conversation (the highest id so far). */
export function appendTo(state: StoreState, view: ViewRecord, m: StoredMessage): void {
  if (m.id <= view.clearedUpTo) return;
  view.kept = undefined;
  view.createdAt = view.visibleCount === 0 ? m.sentAt : Math.min(view.createdAt, m.sentAt);
  view.messagesUpdatedAt = Math.max(view.visibleCount === 0 ? 0 : view.messagesUpdatedAt, m.updatedAt, m.sentAt);
  view.visibleCount++;
  if (m.id > view.readUpTo && unreadFor(view, m)) view.unread++;
  relist(state, view);
}

/** Recomputes every view of a conversation (after a change to messages other than an append). */
export function recomputeAll(state: StoreState, conversation: ConversationRecord): void {
  for (const view of conversation.views.values()) recompute(state, view);
}
