// The store's public types (re-exported by the package).

export interface StoreOptions {
  /** The clock, in milliseconds (like `Date.now`). New messages and tag updates are stamped with it. */
  now?: () => number;
}

/** The other side of a conversation: a user or a group. */
export type ConversationTarget = { uid: string } | { guid: string };

/** How a conversation is rendered. */
export interface RenderOptions {
  /** Include the conversation's own `tags` (always, even when empty). */
  withTags?: boolean;
  /** Include the user's or group's `tags` in `conversationWith`. */
  withUserAndGroupTags?: boolean;
  /** Include `uid` (the owner of this view), as lists fetched without `onBehalfOf` do. */
  withOwner?: boolean;
}

/** One user's view of a conversation, as the list operation filters and sorts it. */
export interface ConversationEntry {
  /** The user whose view this is. */
  uid: string;
  conversationId: string;
  conversationType: 'user' | 'group';
  /** UID or GUID of the other side. */
  withId: string;
  withName: string;
  withTags: readonly string[];
  tags: readonly string[];
  unreadMessageCount: number;
  createdAt: number;
  updatedAt: number;
}

/** The markers behind a conversation, for assertions in tests. */
export interface ConversationState {
  uid: string;
  conversationId: string;
  tags: string[];
  deliveredUpTo: number;
  readUpTo: number;
  clearedUpTo: number;
  unreadMessageCount: number;
  /** Whether the conversation shows in the user's list (it has messages after `clearedUpTo`). */
  visible: boolean;
}

/** What a list page asks for (the list operation's filters; every one given must match). */
export interface ListQuery {
  /** The owner; every user's conversations (by UID first) when undefined. */
  uid?: string;
  conversationType?: 'user' | 'group';
  /** Any of these conversation tags. */
  tags?: readonly string[];
  /** Any of these user tags (user conversations only). */
  userTags?: readonly string[];
  /** Any of these group tags (group conversations only). */
  groupTags?: readonly string[];
  unread?: boolean;
  /** A case-insensitive part of the other side's name. */
  searchKey?: string;
  /** 1-based. */
  page: number;
  perPage: number;
}

/** One page of a list and the number of conversations that match in all. */
export interface ListPage {
  entries: ConversationEntry[];
  total: number;
}
