// The state of the fake CometChat app: users, groups and memberships, messages, and each user's view
// of each conversation (tags, delivered/read/reset markers). Conversations are derived: one exists
// for a user once a message is exchanged (for a group: once the group has a message and the user is
// a member), and it leaves that user's list when reset, until a newer message arrives.
import type { Conversation, Entity, Group, Message, User } from '@cometchat-rest/models';
import { demoSeed } from './demo-seed.ts';
import {
  assertValidSeed,
  emptySeed,
  type Seed,
  type SeedConversation,
  type SeedGroup,
  type SeedMember,
  type SeedMessage,
  type SeedMessageCategory,
  type SeedUser,
} from './seed.ts';

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

interface StoredUser {
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

interface StoredGroup {
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

interface StoredMember {
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

/** What the store keeps of a user's view: the markers; the count and visibility are computed. */
type StoredView = Omit<ConversationState, 'unreadMessageCount' | 'visible'> & { updatedAt?: number };

type ConversationInfo = { type: 'user'; conversationId: string; uids: [string, string] } | { type: 'group'; conversationId: string; guid: string };

const lower = (s: string) => s.toLowerCase();
/** Code-point order (not locale order), so sorting is the same everywhere. */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const viewKey = (uid: string, conversationId: string) => `${uid}\n${conversationId}`;
const clone = <T>(value: T): T => structuredClone(value);
/** `o` without its `undefined` properties. */
function defined<T extends object>(o: T): T {
  // A copy rather than `delete`: deleting keys turns an object into a slow dictionary (for V8 and for
  // JSON.stringify), and this runs for every entity of every response.
  const out = {} as T;
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

/** The id of the conversation between two users: both UIDs, sorted, joined by `_user_`. */
export const userConversationId = (a: string, b: string) => [lower(a), lower(b)].sort().join('_user_');
/** The id of a group's conversation: `group_{guid}`. */
export const groupConversationId = (guid: string) => `group_${lower(guid)}`;

/** Only `message` and `custom` messages count as unread; replies and deleted messages never do. */
const countsAsUnread = (m: StoredMessage) => (m.category === 'message' || m.category === 'custom') && m.parentId === undefined && m.deletedAt === undefined;

export class MockStore {
  readonly #now: () => number;
  readonly #initial: Seed;
  #users = new Map<string, StoredUser>();
  #groups = new Map<string, StoredGroup>();
  /** guid -> uid -> member */
  #members = new Map<string, Map<string, StoredMember>>();
  /** conversationId -> messages, ascending ids */
  #messages = new Map<string, StoredMessage[]>();
  /** user conversationId -> its two UIDs */
  #participants = new Map<string, [string, string]>();
  #views = new Map<string, StoredView>();
  #nextMessageId = 1;

  /** Loads `seed` (validated; throws `SeedError`). Defaults to the demo seed. */
  constructor(seed: Seed | 'demo' | 'empty' = 'demo', options: StoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#initial = clone(seed === 'demo' ? demoSeed() : seed === 'empty' ? emptySeed() : seed);
    this.#load(this.#initial);
  }

  /** The clock in Unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.#now() / 1000);
  }

  // ---- loading and snapshots ------------------------------------------------------------------

  #load(input: Seed): void {
    assertValidSeed(input);
    const seed = clone(input);
    const now = this.nowSeconds();
    const users = new Map<string, StoredUser>();
    for (const u of seed.users ?? []) {
      const uid = lower(u.uid);
      users.set(uid, defined({ ...u, uid, role: u.role ?? 'default', status: u.status ?? 'offline', tags: u.tags ?? [], createdAt: u.createdAt ?? now }));
    }
    const groups = new Map<string, StoredGroup>();
    const members = new Map<string, Map<string, StoredMember>>();
    for (const g of seed.groups ?? []) {
      const guid = lower(g.guid);
      const createdAt = g.createdAt ?? now;
      groups.set(
        guid,
        defined({
          ...g,
          guid,
          owner: lower(g.owner),
          updatedBy: g.updatedBy === undefined ? undefined : lower(g.updatedBy),
          type: g.type ?? 'public',
          tags: g.tags ?? [],
          createdAt,
          updatedAt: g.updatedAt ?? createdAt,
        }),
      );
      members.set(guid, new Map());
    }
    for (const m of seed.members ?? []) {
      const guid = lower(m.guid);
      members.get(guid)!.set(lower(m.uid), { guid, uid: lower(m.uid), scope: m.scope ?? 'participant', joinedAt: m.joinedAt ?? groups.get(guid)!.createdAt });
    }
    for (const g of groups.values()) {
      const list = members.get(g.guid)!;
      if (!list.has(g.owner)) list.set(g.owner, { guid: g.guid, uid: g.owner, scope: 'admin', joinedAt: g.createdAt });
    }

    const messages = new Map<string, StoredMessage[]>();
    const participants = new Map<string, [string, string]>();
    const given = (seed.messages ?? []).flatMap((m) => (m.id === undefined ? [] : [m.id]));
    let nextId = seed.nextMessageId ?? (given.length ? Math.max(...given) + 1 : 1);
    for (const m of seed.messages ?? []) {
      const id = m.id ?? nextId++;
      if (id >= nextId) nextId = id + 1;
      const sender = lower(m.sender);
      const receiver = lower(m.receiver);
      let conversationId: string;
      if (m.receiverType === 'group') conversationId = groupConversationId(receiver);
      else {
        conversationId = userConversationId(sender, receiver);
        participants.set(conversationId, [sender, receiver].sort() as [string, string]);
      }
      const category = m.category ?? 'message';
      const type = m.type ?? (category === 'action' ? 'groupMember' : category === 'call' ? 'audio' : 'text');
      const data: Record<string, unknown> = { ...(m.data ?? {}) };
      if (m.text !== undefined) data.text = m.text;
      const sentAt = m.sentAt ?? now;
      const stored: StoredMessage = defined({
        id,
        conversationId,
        sender,
        receiverType: m.receiverType,
        receiver,
        category,
        type,
        data,
        on: m.on === undefined ? undefined : lower(m.on),
        parentId: m.parentId,
        tags: m.tags,
        sentAt,
        updatedAt: m.updatedAt ?? sentAt,
        editedAt: m.editedAt,
        deletedAt: m.deletedAt,
        deletedBy: m.deletedBy === undefined ? undefined : lower(m.deletedBy),
      });
      const list = messages.get(conversationId) ?? [];
      list.push(stored);
      messages.set(conversationId, list);
    }
    for (const list of messages.values()) list.sort((a, b) => a.id - b.id);

    const views = new Map<string, StoredView>();
    for (const c of seed.conversations ?? []) {
      const uid = lower(c.uid);
      const conversationId = 'guid' in c.with ? groupConversationId(c.with.guid) : userConversationId(uid, c.with.uid);
      if (!('guid' in c.with)) participants.set(conversationId, [uid, lower(c.with.uid)].sort() as [string, string]);
      views.set(
        viewKey(uid, conversationId),
        defined({ uid, conversationId, tags: c.tags ?? [], deliveredUpTo: c.deliveredUpTo ?? 0, readUpTo: c.readUpTo ?? 0, clearedUpTo: c.clearedUpTo ?? 0, updatedAt: c.updatedAt }),
      );
    }

    this.#users = users;
    this.#groups = groups;
    this.#members = members;
    this.#messages = messages;
    this.#participants = participants;
    this.#views = views;
    this.#nextMessageId = nextId;
  }

  /** Replaces the whole state with `seed` (validated first; on error nothing changes). */
  load(seed: Seed | 'demo' | 'empty'): void {
    this.#load(seed === 'demo' ? demoSeed() : seed === 'empty' ? emptySeed() : seed);
  }

  /** Goes back to the seed the store was created with. */
  reset(): void {
    this.#load(this.#initial);
  }

  /**
   * The whole state as a plain, JSON-serialisable seed (deterministic order), e.g. to assert that a
   * request changed nothing: `expect(store.snapshot()).toEqual(before)`. It can be loaded again.
   */
  snapshot(): Required<Seed> {
    const users: SeedUser[] = [...this.#users.values()].sort((a, b) => compareStrings(a.uid, b.uid)).map((u) => clone(u));
    const groups: SeedGroup[] = [...this.#groups.values()].sort((a, b) => compareStrings(a.guid, b.guid)).map((g) => clone(g));
    const members: SeedMember[] = [...this.#members.values()]
      .flatMap((m) => [...m.values()])
      .sort((a, b) => compareStrings(a.guid, b.guid) || compareStrings(a.uid, b.uid))
      .map((m) => ({ ...m }));
    const messages: SeedMessage[] = [...this.#messages.values()]
      .flat()
      .sort((a, b) => a.id - b.id)
      .map(({ conversationId: _omit, ...m }) => clone(m));
    const conversations: SeedConversation[] = [...this.#views.values()]
      .sort((a, b) => compareStrings(a.uid, b.uid) || compareStrings(a.conversationId, b.conversationId))
      .map((v) => {
        const info = this.#describe(v.conversationId);
        const other = info?.type === 'group' ? { guid: info.guid } : { uid: info?.uids.find((u) => u !== v.uid) ?? v.uid };
        return defined({ uid: v.uid, with: other, tags: [...v.tags], deliveredUpTo: v.deliveredUpTo, readUpTo: v.readUpTo, clearedUpTo: v.clearedUpTo, updatedAt: v.updatedAt });
      });
    return { users, groups, members, messages, conversations, nextMessageId: this.#nextMessageId };
  }

  #amend(change: (seed: Required<Seed>) => void): void {
    const next = this.snapshot();
    change(next);
    this.#load(next);
  }

  // ---- test helpers: add data -----------------------------------------------------------------

  /** Adds a user (validated like a seed entry). */
  addUser(user: SeedUser): void {
    this.#amend((s) => s.users.push({ createdAt: this.nowSeconds(), ...user }));
  }

  /** Adds a group; its owner becomes an admin member. */
  addGroup(group: SeedGroup): void {
    this.#amend((s) => s.groups.push({ createdAt: this.nowSeconds(), ...group }));
  }

  /** Adds a member to a group. */
  addMember(member: SeedMember): void {
    this.#amend((s) => s.members.push({ joinedAt: this.nowSeconds(), ...member }));
  }

  /**
   * Sends a message (stamped with the clock unless `sentAt` is given) and returns it as stored. It
   * becomes `lastMessage`, counts as unread for the others, and brings back a reset conversation.
   */
  addMessage(message: SeedMessage): StoredMessage {
    const id = message.id ?? this.#nextMessageId;
    this.#amend((s) => {
      s.messages.push({ sentAt: this.nowSeconds(), ...message, id });
      if (s.nextMessageId <= id) s.nextMessageId = id + 1;
    });
    return clone(this.#findMessage(id)!);
  }

  /** Marks a message deleted (it stays stored; a conversation whose last message is deleted has no `lastMessage`). */
  deleteMessage(id: number, by?: string): void {
    const message = this.#findMessage(id);
    if (!message) throw new Error(`no message has the id ${id}`);
    message.deletedAt = this.nowSeconds();
    if (by !== undefined) message.deletedBy = lower(by);
  }

  #findMessage(id: number): StoredMessage | undefined {
    for (const list of this.#messages.values()) {
      const found = list.find((m) => m.id === id);
      if (found) return found;
    }
    return undefined;
  }

  // ---- lookups --------------------------------------------------------------------------------

  hasUser(uid: string): boolean {
    return this.#users.has(lower(uid));
  }

  hasGroup(guid: string): boolean {
    return this.#groups.has(lower(guid));
  }

  isMember(guid: string, uid: string): boolean {
    return this.#members.get(lower(guid))?.has(lower(uid)) ?? false;
  }

  /** The messages of one conversation (or all), ascending ids, as stored. */
  messages(conversationId?: string): StoredMessage[] {
    const list = conversationId === undefined ? [...this.#messages.values()].flat().sort((a, b) => a.id - b.id) : this.#messages.get(conversationId) ?? [];
    return clone(list);
  }

  /** Whether message `id` belongs to the conversation. */
  hasMessage(conversationId: string, id: number): boolean {
    return (this.#messages.get(conversationId) ?? []).some((m) => m.id === id);
  }

  /** The conversation id of `uid`'s conversation with `target`. */
  conversationIdFor(uid: string, target: ConversationTarget): string {
    return 'guid' in target ? groupConversationId(target.guid) : userConversationId(uid, target.uid);
  }

  #describe(conversationId: string): ConversationInfo | undefined {
    if (conversationId.startsWith('group_')) {
      const guid = conversationId.slice('group_'.length);
      if (this.#groups.has(guid)) return { type: 'group', conversationId, guid };
    }
    const uids = this.#participants.get(conversationId);
    return uids ? { type: 'user', conversationId, uids } : undefined;
  }

  /** Whether a conversation with this id exists: it has at least one message. */
  conversationExists(conversationId: string): boolean {
    return (this.#messages.get(conversationId)?.length ?? 0) > 0 && this.#describe(conversationId) !== undefined;
  }

  /** Whether `uid` takes part in the conversation (one of its two users, or a member of its group). */
  isParticipant(uid: string, conversationId: string): boolean {
    const info = this.#describe(conversationId);
    if (!info) return false;
    return info.type === 'group' ? this.isMember(info.guid, uid) : info.uids.includes(lower(uid));
  }

  /** The users who take part in the conversation. */
  participants(conversationId: string): string[] {
    const info = this.#describe(conversationId);
    if (!info) return [];
    return info.type === 'group' ? [...(this.#members.get(info.guid)?.keys() ?? [])] : [...info.uids];
  }

  #visibleMessages(uid: string, conversationId: string): StoredMessage[] {
    if (!this.isParticipant(uid, conversationId)) return [];
    const cleared = this.#views.get(viewKey(lower(uid), conversationId))?.clearedUpTo ?? 0;
    return (this.#messages.get(conversationId) ?? []).filter((m) => m.id > cleared);
  }

  /** Whether the conversation shows for `uid`: a participant, with a message after the last reset. */
  isVisible(uid: string, conversationId: string): boolean {
    return this.#visibleMessages(uid, conversationId).length > 0;
  }

  #view(uid: string, conversationId: string): StoredView {
    const key = viewKey(lower(uid), conversationId);
    let view = this.#views.get(key);
    if (!view) {
      view = { uid: lower(uid), conversationId, tags: [], deliveredUpTo: 0, readUpTo: 0, clearedUpTo: 0 };
      this.#views.set(key, view);
    }
    return view;
  }

  #unread(uid: string, visible: StoredMessage[], readUpTo: number): number {
    let count = 0;
    for (const m of visible) if (m.id > readUpTo && m.sender !== uid && countsAsUnread(m)) count++;
    return count;
  }

  /** The markers of `uid`'s view of a conversation (`undefined` when `uid` does not take part). */
  conversationState(uid: string, target: ConversationTarget | string): ConversationState | undefined {
    const conversationId = typeof target === 'string' ? target : this.conversationIdFor(uid, target);
    if (!this.isParticipant(uid, conversationId)) return undefined;
    const view = this.#views.get(viewKey(lower(uid), conversationId));
    const visible = this.#visibleMessages(uid, conversationId);
    return {
      uid: lower(uid),
      conversationId,
      tags: [...(view?.tags ?? [])],
      deliveredUpTo: view?.deliveredUpTo ?? 0,
      readUpTo: view?.readUpTo ?? 0,
      clearedUpTo: view?.clearedUpTo ?? 0,
      unreadMessageCount: this.#unread(lower(uid), visible, view?.readUpTo ?? 0),
      visible: visible.length > 0,
    };
  }

  // ---- conversations as the API shows them ----------------------------------------------------

  #entry(uid: string, conversationId: string): ConversationEntry | undefined {
    const visible = this.#visibleMessages(uid, conversationId);
    if (visible.length === 0) return undefined;
    const info = this.#describe(conversationId)!;
    const view = this.#views.get(viewKey(uid, conversationId));
    let withId: string;
    let withName: string;
    let withTags: string[];
    if (info.type === 'group') {
      const group = this.#groups.get(info.guid)!;
      [withId, withName, withTags] = [group.guid, group.name, group.tags];
    } else {
      const other = this.#users.get(info.uids[0] === uid ? info.uids[1] : info.uids[0])!;
      [withId, withName, withTags] = [other.uid, other.name, other.tags];
    }
    let createdAt = Infinity;
    let updatedAt = view?.updatedAt ?? 0;
    for (const m of visible) {
      createdAt = Math.min(createdAt, m.sentAt);
      updatedAt = Math.max(updatedAt, m.updatedAt, m.sentAt);
    }
    return {
      uid,
      conversationId,
      conversationType: info.type,
      withId,
      withName,
      withTags,
      tags: view?.tags ?? [],
      unreadMessageCount: this.#unread(uid, visible, view?.readUpTo ?? 0),
      createdAt,
      updatedAt,
    };
  }

  /**
   * The conversations as list entries: of `uid`, or of every user when `uid` is undefined. Unsorted
   * and unfiltered; `render` turns one into the wire shape.
   */
  entries(uid?: string): ConversationEntry[] {
    const owners = uid === undefined ? [...this.#users.keys()] : [lower(uid)];
    const result: ConversationEntry[] = [];
    for (const owner of owners) {
      for (const conversationId of this.#messages.keys()) {
        const entry = this.#entry(owner, conversationId);
        if (entry) result.push(entry);
      }
    }
    return result;
  }

  /** The list entry of `uid`'s view of a conversation, or `undefined` when it does not show for `uid`. */
  entry(uid: string, conversationId: string): ConversationEntry | undefined {
    return this.#entry(lower(uid), conversationId);
  }

  /** `uid`'s conversation as the API sends it, or `undefined` when it does not show for `uid`. */
  conversation(uid: string, target: ConversationTarget | string, options: RenderOptions = {}): Conversation | undefined {
    const conversationId = typeof target === 'string' ? target : this.conversationIdFor(uid, target);
    const entry = this.#entry(lower(uid), conversationId);
    return entry ? this.render(entry, options) : undefined;
  }

  /** Every conversation of `uid`, most recently updated first, as the API sends them. */
  conversations(uid: string, options: RenderOptions = {}): Conversation[] {
    return this.entries(uid)
      .sort((a, b) => b.updatedAt - a.updatedAt || compareStrings(a.withId, b.withId))
      .map((e) => this.render(e, options));
  }

  /** Renders a list entry in the wire shape (a fresh copy, safe to change). */
  render(entry: ConversationEntry, options: RenderOptions = {}): Conversation {
    return clone(this.renderShared(entry, options));
  }

  /**
   * Renders a list entry in the wire shape, sharing nested objects (metadata, message data) with the
   * store: for serialising straight away. @internal
   */
  renderShared(entry: ConversationEntry, options: RenderOptions = {}): Conversation {
    const visible = this.#visibleMessages(entry.uid, entry.conversationId);
    const last = visible[visible.length - 1];
    const lastMessage = last && last.deletedAt === undefined ? this.#wireMessage(last) : undefined;
    const base = {
      conversationId: entry.conversationId,
      unreadMessageCount: String(entry.unreadMessageCount),
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    };
    const extras = {
      ...(options.withTags ? { tags: [...entry.tags] } : {}),
      ...(options.withOwner ? { uid: entry.uid } : {}),
    };
    if (entry.conversationType === 'group') {
      return {
        conversationId: base.conversationId,
        conversationType: 'group',
        unreadMessageCount: base.unreadMessageCount,
        createdAt: base.createdAt,
        updatedAt: base.updatedAt,
        ...(lastMessage ? { lastMessage } : {}),
        conversationWith: this.#wireGroupFor(entry.withId, entry.uid, options.withUserAndGroupTags === true),
        ...extras,
      };
    }
    return {
      conversationId: base.conversationId,
      conversationType: 'user',
      unreadMessageCount: base.unreadMessageCount,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
      ...(lastMessage ? { lastMessage } : {}),
      conversationWith: this.#wireUser(entry.withId, options.withUserAndGroupTags === true, entry.conversationId),
      ...extras,
    };
  }

  #wireUser(uid: string, withTags: boolean, conversationId?: string): User {
    const u = this.#users.get(uid)!;
    return defined({
        uid: u.uid,
        name: u.name,
        avatar: u.avatar,
        link: u.link,
        role: u.role,
        status: u.status,
        statusMessage: u.statusMessage,
        lastActiveAt: u.lastActiveAt,
        metadata: u.metadata as User['metadata'],
        createdAt: u.createdAt,
        updatedAt: u.updatedAt,
        conversationId,
        tags: withTags ? [...u.tags] : undefined,
      });
  }

  #wireGroup(guid: string): Group {
    const g = this.#groups.get(guid)!;
    return defined({
        guid: g.guid,
        name: g.name,
        description: g.description,
        icon: g.icon,
        type: g.type,
        membersCount: this.#members.get(guid)?.size ?? 0,
        conversationId: groupConversationId(guid),
        createdAt: g.createdAt,
        owner: g.owner,
        updatedAt: g.updatedAt,
        updatedBy: g.updatedBy,
        metadata: g.metadata as Group['metadata'],
      });
  }

  #wireGroupFor(guid: string, uid: string, withTags: boolean): Group {
    const g = this.#groups.get(guid)!;
    const member = this.#members.get(guid)?.get(uid);
    return defined({
        guid: g.guid,
        name: g.name,
        description: g.description,
        icon: g.icon,
        type: g.type,
        scope: member?.scope,
        membersCount: this.#members.get(guid)?.size ?? 0,
        joinedAt: member?.joinedAt,
        conversationId: groupConversationId(guid),
        hasJoined: member !== undefined,
        createdAt: g.createdAt,
        owner: g.owner,
        updatedAt: g.updatedAt,
        updatedBy: g.updatedBy,
        metadata: g.metadata as Group['metadata'],
        tags: withTags ? [...g.tags] : undefined,
      });
  }

  #userEntity(uid: string): Entity {
    const u = this.#users.get(uid)!;
    return { entity: defined({ uid: u.uid, name: u.name, avatar: u.avatar, link: u.link, role: u.role, status: u.status, createdAt: u.createdAt, updatedAt: u.updatedAt }), entityType: 'user' };
  }

  #groupEntity(guid: string): Entity {
    return { entity: this.#wireGroup(guid), entityType: 'group' };
  }

  #wireMessage(m: StoredMessage): Message {
    const receiverEntity = m.receiverType === 'group' ? this.#groupEntity(m.receiver) : this.#userEntity(m.receiver);
    const entities =
      m.category === 'action'
        ? { by: this.#userEntity(m.sender), on: m.on ? this.#userEntity(m.on) : receiverEntity, for: receiverEntity }
        : m.category === 'call'
          ? { by: this.#userEntity(m.sender), for: receiverEntity }
          : { sender: this.#userEntity(m.sender), receiver: receiverEntity };
    return defined({
      id: String(m.id),
      conversationId: m.conversationId,
      parentId: m.parentId === undefined ? undefined : String(m.parentId),
      sender: m.sender,
      receiverType: m.receiverType,
      receiver: m.receiver,
      category: m.category,
      type: m.type,
      data: { ...m.data, entities },
      sentAt: m.sentAt,
      updatedAt: m.updatedAt,
      editedAt: m.editedAt,
      tags: m.tags ? [...m.tags] : undefined,
    });
  }

  // ---- changes made by the operations ---------------------------------------------------------

  #lastId(conversationId: string): number {
    const list = this.#messages.get(conversationId);
    return list?.length ? list[list.length - 1]!.id : 0;
  }

  /** Replaces `uid`'s tags on the conversation. */
  setTags(uid: string, conversationId: string, tags: readonly string[]): void {
    const view = this.#view(uid, conversationId);
    view.tags = [...tags];
    view.updatedAt = Math.max(this.nowSeconds(), view.updatedAt ?? 0);
  }

  /** Marks the conversation delivered to `uid`, up to `upTo` (default: every message). */
  markDelivered(uid: string, conversationId: string, upTo?: number): void {
    const view = this.#view(uid, conversationId);
    view.deliveredUpTo = Math.max(view.deliveredUpTo, upTo ?? this.#lastId(conversationId));
  }

  /** Marks the conversation read by `uid`, up to `upTo` (default: every message); read implies delivered. */
  markRead(uid: string, conversationId: string, upTo?: number): void {
    const view = this.#view(uid, conversationId);
    view.readUpTo = Math.max(view.readUpTo, upTo ?? this.#lastId(conversationId));
    view.deliveredUpTo = Math.max(view.deliveredUpTo, view.readUpTo);
  }

  /** Makes the messages after `after` unread again for `uid`. */
  markUnread(uid: string, conversationId: string, after: number): void {
    const view = this.#view(uid, conversationId);
    view.readUpTo = Math.min(view.readUpTo, after);
  }

  /**
   * Resets (deletes for `uid`) the conversation: it leaves `uid`'s list, with its tags and unread
   * count, until a newer message arrives. With `deleteMessages`, its messages go for everyone.
   */
  resetConversation(uid: string, conversationId: string, options: { deleteMessages?: boolean } = {}): void {
    const view = this.#view(uid, conversationId);
    view.clearedUpTo = Math.max(view.clearedUpTo, this.#lastId(conversationId));
    view.readUpTo = Math.max(view.readUpTo, view.clearedUpTo);
    view.deliveredUpTo = Math.max(view.deliveredUpTo, view.clearedUpTo);
    view.tags = [];
    delete view.updatedAt;
    if (options.deleteMessages) this.#messages.delete(conversationId);
  }

  /** Resets the conversation for every participant (the deprecated Delete Conversation). */
  resetConversationForAll(conversationId: string): void {
    for (const uid of this.participants(conversationId)) this.resetConversation(uid, conversationId);
  }
}
