// The state of the fake CometChat app: users, groups and memberships, messages, and each user's view
// of each conversation (tags, delivered/read/reset markers). Conversations are derived: one exists
// for a user once a message is exchanged (for a group: once the group has a message and the user is
// a member), and it leaves that user's list when reset, until a newer message arrives.
//
// `MockStore` is the facade; the work is in store/: the state (state.ts, keyed by who is in a
// conversation: ids.ts), seed loading, snapshots, the derived per-view parts and ordered lists
// (views.ts, conversation-list.ts), queries, wire rendering and mutations. See store/README.md.
import type { Conversation, PinnedConversation } from '@cometchat-rest/models';
import { demoSeed } from './demo-seed.ts';
import { emptySeed, type Seed, type SeedGroup, type SeedMember, type SeedMessage, type SeedUser } from './seed.ts';
import { clone, groupConversationId, lower, userConversationId } from './store/ids.ts';
import { addBlock, blockedBetween, removeBlock } from './store/blocks.ts';
import { loadSeed } from './store/load-seed.ts';
import * as change from './store/mutations.ts';
import { pinCount, pinView, replaceGlobalPins, unpinView } from './store/pin-changes.ts';
import { globalPinOf, pinOf } from './store/pins.ts';
import { entryOf, firstWithId, listPage, resolve, shownView, viewOfEntry } from './store/queries.ts';
import { globalPinList, renderEntry, renderEntryJson, type JsonOptions } from './store/render.ts';
import { snapshotOf } from './store/snapshot.ts';
import { participantsOf, viewOf, type ConversationRecord, type StoreState, type StoredMessage } from './store/state.ts';
import type { ConversationEntry, ConversationState, ConversationTarget, ListPage, ListQuery, PinSettings, RenderOptions, StoreOptions } from './store/types.ts';

export { compareStrings, groupConversationId, userConversationId } from './store/ids.ts';
export type { StoredMessage } from './store/state.ts';
export type { JsonOptions } from './store/render.ts';
export type { ConversationEntry, ConversationState, ConversationTarget, ListPage, ListQuery, PinSettings, RenderOptions, StoreOptions } from './store/types.ts';
export type { ResetOptions } from './store/mutations.ts';
export { AGENTIC_ROLE } from './store/queries.ts';
export { APP_SYSTEM } from './store/pins.ts';

/** CometChat's limits: 5 pins per user, 5 global pins per app. */
export const DEFAULT_PIN_SETTINGS: Readonly<PinSettings> = { enabled: true, perUserLimit: 5, globalLimit: 5 };

function pinSettingsOf(option: StoreOptions['pins']): PinSettings {
  if (option === false) return { ...DEFAULT_PIN_SETTINGS, enabled: false };
  const settings = { ...DEFAULT_PIN_SETTINGS, ...option };
  if (!Number.isSafeInteger(settings.perUserLimit) || settings.perUserLimit < 0) throw new TypeError(`pins.perUserLimit must be an integer of 0 or more (got ${String(settings.perUserLimit)})`);
  if (!Number.isSafeInteger(settings.globalLimit) || settings.globalLimit < 0 || settings.globalLimit > 5) {
    throw new TypeError(`pins.globalLimit must be an integer from 0 to 5: the spec caps the global pinned list at 5 (got ${String(settings.globalLimit)})`);
  }
  return settings;
}

const describeTarget = (target: ConversationTarget | string) => (typeof target === 'string' ? target : 'guid' in target ? `with the group ${target.guid}` : `with ${target.uid}`);

/**
 * Methods that take a conversation take a target (`{ uid }` or `{ guid }`: exact) or a CometChat id.
 * Ids can be shared by two conversations (users `a` + `b_user_c` and `a_user_b` + `c`; group
 * `a_user_z` and users `group_a` + `z`), so an id is resolved from the acting user's side: the
 * conversation with that id that the user takes part in; if there are two, the one that shows in
 * the user's list, and if both or neither show, the group conversation. Methods that name no user
 * take the group conversation first, then the user conversations in the order of their UIDs.
 */
export class MockStore {
  readonly #now: () => number;
  readonly #initial: Seed;
  #state: StoreState;
  /** The app's conversation pin feature (on, and CometChat's limits, unless `options.pins` says otherwise). */
  readonly pinSettings: Readonly<PinSettings>;

  /** Loads `seed` (validated; throws `SeedError`). Defaults to the demo seed. */
  constructor(seed: Seed | 'demo' | 'empty' = 'demo', options: StoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.pinSettings = Object.freeze(pinSettingsOf(options.pins));
    this.#initial = clone(seed === 'demo' ? demoSeed() : seed === 'empty' ? emptySeed() : seed);
    this.#state = loadSeed(this.#initial, this.nowSeconds());
  }

  /** The clock in Unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.#now() / 1000);
  }

  // ---- loading and snapshots ------------------------------------------------------------------

  /** Replaces the whole state with `seed` (validated first; on error nothing changes). */
  load(seed: Seed | 'demo' | 'empty'): void {
    this.#state = loadSeed(seed === 'demo' ? demoSeed() : seed === 'empty' ? emptySeed() : seed, this.nowSeconds());
  }

  /** Goes back to the seed the store was created with. */
  reset(): void {
    this.#state = loadSeed(this.#initial, this.nowSeconds());
  }

  /**
   * The whole state as a plain, JSON-serialisable seed (deterministic order), e.g. to assert that a
   * request changed nothing: `expect(store.snapshot()).toEqual(before)`. It can be loaded again.
   */
  snapshot(): Required<Seed> {
    return snapshotOf(this.#state);
  }

  // ---- test helpers: add data -----------------------------------------------------------------

  /** Adds a user (validated like a seed entry). */
  addUser(user: SeedUser): void {
    change.addUser(this.#state, user, this.nowSeconds());
  }

  /** Adds a group; its owner becomes an admin member. */
  addGroup(group: SeedGroup): void {
    change.addGroup(this.#state, group, this.nowSeconds());
  }

  /** Adds a member to a group. */
  addMember(member: SeedMember): void {
    change.addMember(this.#state, member, this.nowSeconds());
  }

  /**
   * Sends a message (stamped with the clock unless `sentAt` is given) and returns it as stored. It
   * becomes `lastMessage`, counts as unread for the others, and brings back a reset conversation.
   */
  addMessage(message: SeedMessage): StoredMessage {
    return clone(change.addMessage(this.#state, message, this.nowSeconds()));
  }

  /** Marks a message deleted (it stays stored; a conversation whose last message is deleted has no `lastMessage`). */
  deleteMessage(id: number, by?: string): void {
    change.deleteMessage(this.#state, id, by, this.nowSeconds());
  }

  // ---- lookups --------------------------------------------------------------------------------

  hasUser(uid: string): boolean {
    return this.#state.users.has(lower(uid));
  }

  hasGroup(guid: string): boolean {
    return this.#state.groups.has(lower(guid));
  }

  isMember(guid: string, uid: string): boolean {
    return this.#state.members.get(lower(guid))?.has(lower(uid)) ?? false;
  }

  /** The messages of one conversation (or all), ascending ids, as stored. */
  messages(conversationId?: string): StoredMessage[] {
    if (conversationId !== undefined) return clone(firstWithId(this.#state, conversationId)?.messages ?? []);
    return clone([...this.#state.conversations.values()].flatMap((c) => c.messages).sort((a, b) => a.id - b.id));
  }

  /**
   * Whether message `id` belongs to the conversation: the one `uid` means by `conversation` when
   * `uid` is given, else any conversation with that CometChat id.
   */
  hasMessage(conversation: string, id: number): boolean;
  hasMessage(conversation: ConversationTarget | string, id: number, uid: string): boolean;
  hasMessage(conversation: ConversationTarget | string, id: number, uid?: string): boolean {
    const home = this.#state.messageHome.get(id);
    if (!home) return false;
    return uid === undefined ? home.id === lower(conversation as string) : home === resolve(this.#state, uid, conversation);
  }

  /** The conversation id of `uid`'s conversation with `target`. */
  conversationIdFor(uid: string, target: ConversationTarget): string {
    return 'guid' in target ? groupConversationId(target.guid) : userConversationId(uid, target.uid);
  }

  /** Whether a conversation with this id exists: it has at least one message. */
  conversationExists(conversationId: string): boolean {
    return (this.#state.byId.get(lower(conversationId)) ?? []).some((c) => c.messages.length > 0);
  }

  /** Whether `uid` takes part in the conversation (one of its two users, or a member of its group). */
  isParticipant(uid: string, conversation: ConversationTarget | string): boolean {
    return resolve(this.#state, uid, conversation) !== undefined;
  }

  /** The users who take part in the conversation. */
  participants(conversationId: string): string[] {
    const conversation = firstWithId(this.#state, conversationId);
    return conversation ? participantsOf(this.#state, conversation) : [];
  }

  /** Whether the conversation shows for `uid`: a participant, with a message after the last reset. */
  isVisible(uid: string, conversation: ConversationTarget | string): boolean {
    return shownView(this.#state, uid, conversation) !== undefined;
  }

  /** The markers of `uid`'s view of a conversation (`undefined` when `uid` does not take part). */
  conversationState(uid: string, target: ConversationTarget | string): ConversationState | undefined {
    const conversation = resolve(this.#state, uid, target);
    if (!conversation) return undefined;
    const view = conversation.views.get(lower(uid));
    const pin = view && pinOf(this.#state, view);
    return {
      uid: lower(uid),
      conversationId: conversation.id,
      tags: [...(view?.tags ?? [])],
      deliveredUpTo: view?.deliveredUpTo ?? 0,
      readUpTo: view?.readUpTo ?? 0,
      clearedUpTo: view?.clearedUpTo ?? 0,
      unreadMessageCount: view?.unread ?? 0,
      visible: view !== undefined && shownView(this.#state, uid, target) === view,
      ...(view?.pinnedAt !== undefined ? { pinnedAt: view.pinnedAt } : {}),
      ...(pin ? { pinnedBy: pin.pinnedBy } : {}),
    };
  }

  // ---- conversations as the API shows them ----------------------------------------------------

  /**
   * The conversations as list entries: of `uid`, or of every user when `uid` is undefined, in list
   * order (owner by owner); `render` turns one into the wire shape.
   */
  entries(uid?: string): ConversationEntry[] {
    return listPage(this.#state, { uid, page: 1, perPage: Infinity }).entries;
  }

  /** One page of the list operation: filtered, in list order, with the total that match. */
  listPage(query: ListQuery): ListPage {
    return listPage(this.#state, query);
  }

  /** The list entry of `uid`'s view of a conversation, or `undefined` when it does not show for `uid`. */
  entry(uid: string, conversation: ConversationTarget | string): ConversationEntry | undefined {
    const view = shownView(this.#state, uid, conversation);
    return view ? entryOf(this.#state, view) : undefined;
  }

  /** `uid`'s conversation as the API sends it, or `undefined` when it does not show for `uid`. */
  conversation(uid: string, target: ConversationTarget | string, options: RenderOptions = {}): Conversation | undefined {
    const entry = this.entry(uid, target);
    return entry ? this.render(entry, options) : undefined;
  }

  /** Every conversation of `uid`, most recently updated first, as the API sends them. */
  conversations(uid: string, options: RenderOptions = {}): Conversation[] {
    return this.entries(uid).map((e) => this.render(e, options));
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
    const view = viewOfEntry(this.#state, entry);
    if (!view) throw new Error(`${entry.uid} has no conversation ${entry.conversationId}`);
    return renderEntry(this.#state, entry, view, options);
  }

  /**
   * The JSON of a list entry in the wire shape (`tagsOnlyWhenAny`: `tags` only when there are some,
   * as single reads send them), cached until the store changes. @internal
   */
  renderJson(entry: ConversationEntry, options: JsonOptions = {}): string {
    const view = viewOfEntry(this.#state, entry);
    if (!view) throw new Error(`${entry.uid} has no conversation ${entry.conversationId}`);
    return renderEntryJson(this.#state, entry, view, options);
  }

  // ---- changes made by the operations ---------------------------------------------------------

  #resolve(uid: string, target: ConversationTarget | string): ConversationRecord {
    const conversation = resolve(this.#state, uid, target);
    if (!conversation) throw new Error(`${uid} takes part in no conversation ${describeTarget(target)}`);
    return conversation;
  }

  /** Replaces `uid`'s tags on the conversation. */
  setTags(uid: string, conversation: ConversationTarget | string, tags: readonly string[]): void {
    change.setTags(this.#state, uid, this.#resolve(uid, conversation), tags, this.nowSeconds());
  }

  /** Marks the conversation delivered to `uid`, up to `upTo` (default: every message). */
  markDelivered(uid: string, conversation: ConversationTarget | string, upTo?: number): void {
    change.markDelivered(this.#state, this.#resolve(uid, conversation), uid, upTo);
  }

  /** Marks the conversation read by `uid`, up to `upTo` (default: every message); read implies delivered. */
  markRead(uid: string, conversation: ConversationTarget | string, upTo?: number): void {
    change.markRead(this.#state, this.#resolve(uid, conversation), uid, upTo);
  }

  /** Makes the messages after `after` unread again for `uid`. */
  markUnread(uid: string, conversation: ConversationTarget | string, after: number): void {
    change.markUnread(this.#state, this.#resolve(uid, conversation), uid, after);
  }

  /**
   * Resets (deletes for `uid`) the conversation: it leaves `uid`'s list, with its tags, unread count
   * and `uid`'s pin, until a newer message arrives. With `deleteMessages`, its messages go for
   * everyone; with `preserveOrder`, it stays listed (and pinned) at its place, without its messages.
   */
  resetConversation(uid: string, conversation: ConversationTarget | string, options: change.ResetOptions = {}): void {
    change.resetConversation(this.#state, this.#resolve(uid, conversation), uid, options);
  }

  /**
   * Resets the conversation for every participant (the deprecated Delete Conversation); with
   * `onBehalfOf`, the id is resolved from that user's side.
   */
  resetConversationForAll(conversationId: string, onBehalfOf?: string): void {
    const conversation = onBehalfOf === undefined ? firstWithId(this.#state, conversationId) : resolve(this.#state, onBehalfOf, conversationId);
    if (!conversation) throw new Error(`no conversation ${conversationId}${onBehalfOf === undefined ? '' : ` of ${onBehalfOf}`}`);
    change.resetConversationForAll(this.#state, conversation);
  }

  // ---- pins -----------------------------------------------------------------------------------

  /** Whether the app pinned `uid`'s conversation with `target` for everyone. */
  isGloballyPinned(uid: string, target: ConversationTarget): boolean {
    const conversation = resolve(this.#state, uid, target);
    return conversation !== undefined && globalPinOf(this.#state, viewOf(conversation, lower(uid))) !== undefined;
  }

  /** How many conversations `uid` pinned (the app's global pins do not count). */
  pinCount(uid: string): number {
    return pinCount(this.#state, lower(uid));
  }

  /** `uid` pins the conversation (no limit checked: the operation checks `pinSettings`); pinning again keeps the first `pinnedAt`. */
  pinConversation(uid: string, conversation: ConversationTarget | string): void {
    pinView(this.#state, viewOf(this.#resolve(uid, conversation), lower(uid)), this.nowSeconds());
  }

  /** `uid` removes their pin of the conversation (nothing happens when there is none). */
  unpinConversation(uid: string, conversation: ConversationTarget | string): void {
    const view = this.#resolve(uid, conversation).views.get(lower(uid));
    if (view) unpinView(this.#state, view);
  }

  /** The app's global pins, in display order, as the pinned list operations answer them. */
  globalPins(): PinnedConversation[] {
    return globalPinList(this.#state);
  }

  /**
   * Replaces the app's global pins (repeats count once, at their first place). Every user and group
   * must exist; the operation checks `pinSettings.globalLimit` first.
   */
  setGlobalPins(targets: readonly ConversationTarget[]): void {
    const pins: { type: 'user' | 'group'; id: string }[] = [];
    for (const target of targets) {
      const pin = 'guid' in target ? { type: 'group' as const, id: lower(target.guid) } : { type: 'user' as const, id: lower(target.uid) };
      if (pin.type === 'group' ? !this.#state.groups.has(pin.id) : !this.#state.users.has(pin.id)) throw new Error(`no ${pin.type} ${pin.id} to pin`);
      if (!pins.some((p) => p.type === pin.type && p.id === pin.id)) pins.push(pin);
    }
    replaceGlobalPins(this.#state, pins, this.nowSeconds());
  }

  // ---- blocks ---------------------------------------------------------------------------------

  /** `uid` blocks `blocked` (both must exist); blocking again keeps the first time. */
  block(uid: string, blocked: string): void {
    if (!this.hasUser(uid) || !this.hasUser(blocked) || lower(uid) === lower(blocked)) throw new Error(`${uid} cannot block ${blocked}: both must be users, and different`);
    addBlock(this.#state, lower(uid), lower(blocked), this.nowSeconds());
  }

  unblock(uid: string, blocked: string): void {
    removeBlock(this.#state, lower(uid), lower(blocked));
  }

  /** Whether either user blocked the other. */
  isBlocked(uid: string, other: string): boolean {
    return blockedBetween(this.#state, lower(uid), lower(other));
  }
}
