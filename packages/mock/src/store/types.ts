// The store's public types (re-exported by the package).

export interface StoreOptions {
  /** The clock, in milliseconds (like `Date.now`). New messages and tag updates are stamped with it. */
  now?: () => number;
  /** The app's conversation pin feature: its limits, or `false` when it is off (default: on, 5 and 5). */
  pins?: Partial<PinSettings> | false;
}

/** The app's conversation pin feature, as CometChat configures it per app. */
export interface PinSettings {
  /** Off: every pin operation is refused with 403 `ERR_FEATURE_NOT_ACCESSIBLE`. */
  enabled: boolean;
  /** How many conversations one user may pin (CometChat: 5). */
  perUserLimit: number;
  /** How many conversations the app may pin for everyone (CometChat: 5, which the spec's list caps). */
  globalLimit: number;
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
  /** Add the owner's block status with the other user to `conversationWith` (user conversations). */
  withBlockedInfo?: boolean;
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
  /** Who pinned it: the owner's UID, or `app_system` for the app's global pin; undefined when not pinned. */
  pinnedBy?: string;
  pinnedAt?: number;
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
  /** Whether the conversation shows in the user's list (it has messages after `clearedUpTo`, or a reset kept it listed). */
  visible: boolean;
  /** `uid`'s own pin (the app's global pins are not here: see `pinnedBy`). */
  pinnedAt?: number;
  /** Who pinned it for `uid`: `uid`, or `app_system`; undefined when it is not pinned. */
  pinnedBy?: string;
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
  /** Also list conversations with users the owner blocked or was blocked by (left out by default). */
  includeBlockedUsers?: boolean;
  /** `hide`: leave out conversations with AI agents (role `@agentic`); `only`: list only those. */
  agentic?: 'hide' | 'only';
  /** Only pinned conversations: the owner's own pins (`me`), the app's global pins (`system`), or both. */
  pinnedBy?: readonly ('me' | 'system')[];
  /** Without `uid`: each conversation once (under its first owner), not once per participant. */
  unique?: boolean;
  /** 1-based. */
  page: number;
  perPage: number;
}

/** One page of a list and the number of conversations that match in all. */
export interface ListPage {
  entries: ConversationEntry[];
  total: number;
}
