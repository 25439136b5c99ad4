// The store's state: users, groups, members, and the conversations, each filed under who is in it
// (see ids.ts), with its messages and one view per participant. Plain data plus the lookups every
// other module shares; the rules for keeping the derived parts right are in views.ts.
import type { SeedMessageCategory } from '../seed.ts';
import { groupConversationId, groupKey, pairKey, userConversationId } from './ids.ts';
import { ConversationList } from './conversation-list.ts';

export interface StoredUser {
  uid: string;
  name: string;
  avatar?: string;
  link?: string;
  role: string;
  status: string;
  statusMessage?: string;
  metadata?: Record<string, unknown>;
  tags: string[];
  createdAt: number;
  updatedAt?: number;
  lastActiveAt?: number;
}

export interface StoredGroup {
  guid: string;
  name: string;
  type: 'public' | 'private' | 'password';
  description?: string;
  icon?: string;
  owner: string;
  metadata?: Record<string, unknown>;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  updatedBy?: string;
}

export interface StoredMember {
  guid: string;
  uid: string;
  scope: 'admin' | 'moderator' | 'participant';
  joinedAt: number;
}

/** A message as the store keeps it (ids are numbers here, strings on the wire). */
export interface StoredMessage {
  id: number;
  conversationId: string;
  sender: string;
  receiverType: 'user' | 'group';
  receiver: string;
  category: SeedMessageCategory;
  type: string;
  data: Record<string, unknown>;
  on?: string;
  parentId?: number;
  tags?: string[];
  sentAt: number;
  updatedAt: number;
  editedAt?: number;
  deletedAt?: number;
  deletedBy?: string;
}

/** One conversation: a pair of users or a group. */
export interface ConversationRecord {
  readonly key: string;
  /** CometChat's id, as the wire shows it (not unique: see ids.ts). */
  readonly id: string;
  readonly type: 'user' | 'group';
  /** The two UIDs, sorted (user conversations). */
  readonly uids: readonly [string, string] | undefined;
  /** The group (group conversations). */
  readonly guid: string | undefined;
  /** Ascending ids. */
  messages: StoredMessage[];
  /** Each participant's view, by UID (a group member has one once the group has a message). */
  readonly views: Map<string, ViewRecord>;
}

/** One participant's view of a conversation: its markers, and what they make of the messages. */
export interface ViewRecord {
  readonly uid: string;
  readonly conversation: ConversationRecord;
  /** The other side: the other UID, or the GUID. */
  readonly withId: string;
  tags: string[];
  deliveredUpTo: number;
  readUpTo: number;
  clearedUpTo: number;
  /** When the tags were last changed. */
  updatedAt: number | undefined;
  /** Given by the seed or set by a change: the view is part of snapshots. */
  stored: boolean;
  // Derived from the messages after `clearedUpTo` (views.ts keeps them right).
  visibleCount: number;
  createdAt: number;
  messagesUpdatedAt: number;
  unread: number;
  /** When the owner pinned it (their own pin, not the app's); undefined when they did not. */
  pinnedAt: number | undefined;
  /**
   * Set by a reset with `preserveOrder`: the view stays listed without its messages, with the times
   * it had. Cleared when a newer message arrives.
   */
  kept: { createdAt: number; updatedAt: number } | undefined;
  /** The update time the view is filed under in its owner's list; undefined when not listed. */
  listedAt: number | undefined;
  /** The pin section it is filed under (pins.ts, `rankOf`); undefined when not listed. */
  listedRank: number | undefined;
  /** The owner's list, once the view was filed in it (kept here: a lookup among every user's lists costs more as they grow). */
  list: ConversationList | undefined;
}

/** One conversation the app pinned for every user: a group's, or every user's one with `uid`. */
export interface GlobalPin {
  type: 'user' | 'group';
  /** The UID or GUID (lowercased). */
  id: string;
  pinnedAt: number;
}

export interface StoreState {
  users: Map<string, StoredUser>;
  groups: Map<string, StoredGroup>;
  /** guid -> uid -> member */
  members: Map<string, Map<string, StoredMember>>;
  /** key -> conversation; every group has one, a pair once it has a message or a seeded view. */
  conversations: Map<string, ConversationRecord>;
  /** CometChat id -> the conversations that render with it (more than one only on a collision). */
  byId: Map<string, ConversationRecord[]>;
  /** message id -> the conversation it is in. */
  messageHome: Map<number, ConversationRecord>;
  /** uid -> the conversations that show for that user, most recently updated first. */
  lists: Map<string, ConversationList>;
  /** Every UID in code-point order (lists without onBehalfOf go owner by owner). */
  sortedUids: string[];
  /** uid -> the user conversations that user takes part in (a global pin of a user touches them all). */
  pairsOf: Map<string, ConversationRecord[]>;
  /** The app's global pins, in display order (pins.ts). */
  globalPins: GlobalPin[];
  /** uid -> the views that user pinned, oldest pin first (pins.ts). */
  userPins: Map<string, ViewRecord[]>;
  /** blocker -> blocked -> when (blocks.ts). */
  blocks: Map<string, Map<string, number>>;
  /** blocked -> blocker -> when: the same blocks, looked up from the other side. */
  blockedBy: Map<string, Map<string, number>>;
  nextMessageId: number;
  /** Counts the changes: whatever is derived from the state (render.ts caches) is valid for one version. */
  version: number;
}

export function emptyState(): StoreState {
  return {
    users: new Map(),
    groups: new Map(),
    members: new Map(),
    conversations: new Map(),
    byId: new Map(),
    messageHome: new Map(),
    lists: new Map(),
    sortedUids: [],
    pairsOf: new Map(),
    globalPins: [],
    userPins: new Map(),
    blocks: new Map(),
    blockedBy: new Map(),
    nextMessageId: 1,
    version: 0,
  };
}

function file(state: StoreState, conversation: ConversationRecord): ConversationRecord {
  state.conversations.set(conversation.key, conversation);
  const same = state.byId.get(conversation.id);
  if (same) same.push(conversation);
  else state.byId.set(conversation.id, [conversation]);
  for (const uid of conversation.uids ?? []) {
    const pairs = state.pairsOf.get(uid);
    if (pairs) pairs.push(conversation);
    else state.pairsOf.set(uid, [conversation]);
  }
  return conversation;
}

/** The conversation between two users, created (empty) when it is new. */
export function pairConversation(state: StoreState, a: string, b: string): ConversationRecord {
  const key = pairKey(a, b);
  const existing = state.conversations.get(key);
  if (existing) return existing;
  const uids = [a, b].sort() as [string, string];
  return file(state, { key, id: userConversationId(a, b), type: 'user', uids, guid: undefined, messages: [], views: new Map() });
}

/** A group's conversation, created (empty) when it is new. */
export function groupConversation(state: StoreState, guid: string): ConversationRecord {
  const key = groupKey(guid);
  const existing = state.conversations.get(key);
  if (existing) return existing;
  return file(state, { key, id: groupConversationId(guid), type: 'group', uids: undefined, guid, messages: [], views: new Map() });
}

/** Whether `uid` (lowercased) takes part: one of the two users, or a member of the group. */
export function takesPart(state: StoreState, conversation: ConversationRecord, uid: string): boolean {
  return conversation.type === 'group' ? state.members.get(conversation.guid!)?.has(uid) === true : conversation.uids!.includes(uid);
}

/** The users who take part. */
export function participantsOf(state: StoreState, conversation: ConversationRecord): string[] {
  return conversation.type === 'group' ? [...(state.members.get(conversation.guid!)?.keys() ?? [])] : [...conversation.uids!];
}

/** `uid`'s view (created, with no markers, when missing); `uid` must take part. */
export function viewOf(conversation: ConversationRecord, uid: string): ViewRecord {
  let view = conversation.views.get(uid);
  if (!view) {
    const withId = conversation.type === 'group' ? conversation.guid! : conversation.uids![0] === uid ? conversation.uids![1] : conversation.uids![0];
    view = {
      uid,
      conversation,
      withId,
      tags: [],
      deliveredUpTo: 0,
      readUpTo: 0,
      clearedUpTo: 0,
      updatedAt: undefined,
      stored: false,
      visibleCount: 0,
      createdAt: 0,
      messagesUpdatedAt: 0,
      unread: 0,
      pinnedAt: undefined,
      kept: undefined,
      listedAt: undefined,
      listedRank: undefined,
      list: undefined,
    };
    conversation.views.set(uid, view);
  }
  return view;
}

/** The list of conversations that show for `uid`. */
export function listOf(state: StoreState, uid: string): ConversationList {
  let list = state.lists.get(uid);
  if (!list) {
    list = new ConversationList();
    state.lists.set(uid, list);
  }
  return list;
}

/** The id of the last message, 0 when there is none. */
export const lastId = (conversation: ConversationRecord) => conversation.messages[conversation.messages.length - 1]?.id ?? 0;
