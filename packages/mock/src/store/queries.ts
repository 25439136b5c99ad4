// Reading the state: which conversation a target or a CometChat id means for a user, a view as a list
// entry, and list pages read from the owners' ordered lists.
import { blockedBetween, hasBlocks } from './blocks.ts';
import { compareStrings, groupKey, lower, pairKey } from './ids.ts';
import { globalPinOf, isShown, pinOf } from './pins.ts';
import { takesPart, type ConversationRecord, type StoreState, type ViewRecord } from './state.ts';
import type { ConversationEntry, ConversationTarget, ListPage, ListQuery } from './types.ts';
import { updatedAtOf } from './views.ts';

const shows = isShown;

/** The role CometChat gives AI agent users: a conversation with one is agentic. */
export const AGENTIC_ROLE = '@agentic';

/** Groups before pairs, then by key: the order id-only lookups take when an id is shared. */
const byPreference = (a: ConversationRecord, b: ConversationRecord) => (a.type === b.type ? compareStrings(a.key, b.key) : a.type === 'group' ? -1 : 1);

/** The conversations that render with this CometChat id, in `byPreference` order. */
export function withId(state: StoreState, conversationId: string): ConversationRecord[] {
  return [...(state.byId.get(lower(conversationId)) ?? [])].sort(byPreference);
}

/**
 * The conversation `uid` means by `target`. A target names it exactly; a CometChat id may be shared
 * by two conversations (see ids.ts), and then the one that shows in `uid`'s list wins, and if both
 * or neither show, the group conversation. Undefined when `uid` takes part in none.
 */
export function resolve(state: StoreState, uid: string, target: ConversationTarget | string): ConversationRecord | undefined {
  const owner = lower(uid);
  if (typeof target !== 'string') {
    const key = 'guid' in target ? groupKey(target.guid) : pairKey(owner, target.uid);
    const conversation = state.conversations.get(key);
    return conversation && takesPart(state, conversation, owner) ? conversation : undefined;
  }
  const candidates = withId(state, target).filter((c) => takesPart(state, c, owner));
  return candidates.find((c) => shows(c.views.get(owner))) ?? candidates[0];
}

/** The first conversation with this id (`byPreference`), for lookups that name no user. */
export const firstWithId = (state: StoreState, conversationId: string): ConversationRecord | undefined => withId(state, conversationId)[0];

export function entryOf(state: StoreState, view: ViewRecord): ConversationEntry {
  const conversation = view.conversation;
  const other = conversation.type === 'group' ? state.groups.get(view.withId)! : state.users.get(view.withId)!;
  return {
    uid: view.uid,
    conversationId: conversation.id,
    conversationType: conversation.type,
    withId: view.withId,
    withName: other.name,
    withTags: other.tags,
    tags: view.tags,
    unreadMessageCount: view.unread,
    createdAt: view.createdAt,
    updatedAt: updatedAtOf(view),
    ...pinOf(state, view),
  };
}

/** `uid`'s view of a conversation, when it shows in `uid`'s list. */
export function shownView(state: StoreState, uid: string, target: ConversationTarget | string): ViewRecord | undefined {
  const view = resolve(state, uid, target)?.views.get(lower(uid));
  return shows(view) ? view : undefined;
}

/** The view behind a list entry (an entry names its conversation by owner, type and other side). */
export function viewOfEntry(state: StoreState, entry: ConversationEntry): ViewRecord | undefined {
  const key = entry.conversationType === 'group' ? groupKey(entry.withId) : pairKey(entry.uid, entry.withId);
  return state.conversations.get(key)?.views.get(entry.uid);
}

function anyOf(wanted: readonly string[], have: readonly string[]): boolean {
  return wanted.some((t) => have.includes(t));
}

function matcher(state: StoreState, q: ListQuery): ((view: ViewRecord) => boolean) | undefined {
  const search = q.searchKey?.toLowerCase();
  const blocks = q.includeBlockedUsers !== true && hasBlocks(state);
  const pinnedBy = q.pinnedBy && q.pinnedBy.length > 0 ? q.pinnedBy : undefined;
  const needsOther = q.userTags !== undefined || q.groupTags !== undefined || search !== undefined || q.agentic !== undefined;
  if (q.conversationType === undefined && !q.tags && q.unread !== true && !needsOther && !blocks && !pinnedBy) return undefined;
  return (view) => {
    const type = view.conversation.type;
    if (q.conversationType !== undefined && type !== q.conversationType) return false;
    if (q.tags && !anyOf(q.tags, view.tags)) return false;
    if (q.unread === true && view.unread === 0) return false;
    if (blocks && type === 'user' && blockedBetween(state, view.uid, view.withId)) return false;
    if (pinnedBy) {
      const global = globalPinOf(state, view) !== undefined;
      if (!((pinnedBy.includes('system') && global) || (pinnedBy.includes('me') && !global && view.pinnedAt !== undefined))) return false;
    }
    if (!needsOther) return true;
    const other = type === 'group' ? state.groups.get(view.withId)! : state.users.get(view.withId)!;
    if (q.userTags && !(type === 'user' && anyOf(q.userTags, other.tags))) return false;
    if (q.groupTags && !(type === 'group' && anyOf(q.groupTags, other.tags))) return false;
    if (q.agentic !== undefined && ('role' in other && other.role === AGENTIC_ROLE) !== (q.agentic === 'only')) return false;
    return search === undefined || other.name.toLowerCase().includes(search);
  };
}

/**
 * One page of a list: `uid`'s conversations in list order (without `uid`, every user's, by UID first).
 * Unfiltered, a page costs O(offset + perPage); a filter checks every conversation of the owner(s).
 */
export function listPage(state: StoreState, q: ListQuery): ListPage {
  const owners = q.uid === undefined ? state.sortedUids : state.users.has(lower(q.uid)) ? [lower(q.uid)] : [];
  const lists = owners.flatMap((uid) => state.lists.get(uid) ?? []);
  const offset = q.page > 1 ? (q.page - 1) * q.perPage : 0;
  const filter = matcher(state, q);
  // `unique` keeps a conversation under the first owner it is listed for.
  const seen = q.unique === true && q.uid === undefined ? new Set<ConversationRecord>() : undefined;
  const matches =
    seen === undefined
      ? filter
      : (view: ViewRecord) => {
          if ((filter && !filter(view)) || seen.has(view.conversation)) return false;
          seen.add(view.conversation);
          return true;
        };
  const page: ViewRecord[] = [];
  let total = 0;
  if (!matches) {
    for (const list of lists) {
      const size = list.size;
      if (page.length < q.perPage && total + size > offset) page.push(...list.slice(Math.max(0, offset - total), q.perPage - page.length));
      total += size;
    }
  } else {
    for (const list of lists) {
      for (const view of list.views()) {
        if (!matches(view)) continue;
        if (total >= offset && page.length < q.perPage) page.push(view);
        total++;
      }
    }
  }
  return { entries: page.map((view) => entryOf(state, view)), total };
}
