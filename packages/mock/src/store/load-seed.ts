// From a seed to the store's state: defaults filled in (from the clock where the seed gives no time),
// ids lowercased, every conversation filed under who is in it, every view's derived parts computed.
// The normalisers are shared with the test helpers that add one entry (mutations.ts).
import { assertValidSeed, type Seed, type SeedGroup, type SeedMember, type SeedMessage, type SeedUser } from '../seed.ts';
import { clone, defined, lower } from './ids.ts';
import { emptyState, groupConversation, pairConversation, participantsOf, viewOf, type ConversationRecord, type StoreState, type StoredGroup, type StoredMember, type StoredMessage, type StoredUser } from './state.ts';
import { addBlock } from './blocks.ts';
import { recompute } from './views.ts';

export function normalizeUser(u: SeedUser, now: number): StoredUser {
  const uid = lower(u.uid);
  return defined({ ...u, uid, role: u.role ?? 'default', status: u.status ?? 'offline', tags: u.tags ?? [], createdAt: u.createdAt ?? now });
}

export function normalizeGroup(g: SeedGroup, now: number): StoredGroup {
  const createdAt = g.createdAt ?? now;
  return defined({
    ...g,
    guid: lower(g.guid),
    owner: lower(g.owner),
    updatedBy: g.updatedBy === undefined ? undefined : lower(g.updatedBy),
    type: g.type ?? 'public',
    tags: g.tags ?? [],
    createdAt,
    updatedAt: g.updatedAt ?? createdAt,
  });
}

export function normalizeMember(m: SeedMember, group: StoredGroup): StoredMember {
  return { guid: group.guid, uid: lower(m.uid), scope: m.scope ?? 'participant', joinedAt: m.joinedAt ?? group.createdAt };
}

/** The message as stored, in its conversation (created when new). */
export function normalizeMessage(state: StoreState, m: SeedMessage, id: number, now: number): { message: StoredMessage; conversation: ConversationRecord } {
  const sender = lower(m.sender);
  const receiver = lower(m.receiver);
  const conversation = m.receiverType === 'group' ? groupConversation(state, receiver) : pairConversation(state, sender, receiver);
  const category = m.category ?? 'message';
  const type = m.type ?? (category === 'action' ? 'groupMember' : category === 'call' ? 'audio' : 'text');
  const data: Record<string, unknown> = { ...(m.data ?? {}) };
  if (m.text !== undefined) data.text = m.text;
  const sentAt = m.sentAt ?? now;
  const message: StoredMessage = defined({
    id,
    conversationId: conversation.id,
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
  return { message, conversation };
}

export function addMemberTo(state: StoreState, member: StoredMember): void {
  state.members.get(member.guid)!.set(member.uid, member);
}

/** Builds the state of a seed (validated first: throws `SeedError`). */
export function loadSeed(input: Seed, now: number): StoreState {
  assertValidSeed(input);
  const seed = clone(input);
  const state = emptyState();
  for (const u of seed.users ?? []) state.users.set(lower(u.uid), normalizeUser(u, now));
  state.sortedUids = [...state.users.keys()].sort();
  for (const g of seed.groups ?? []) {
    const group = normalizeGroup(g, now);
    state.groups.set(group.guid, group);
    state.members.set(group.guid, new Map());
    groupConversation(state, group.guid);
  }
  for (const m of seed.members ?? []) addMemberTo(state, normalizeMember(m, state.groups.get(lower(m.guid))!));
  for (const g of state.groups.values()) {
    if (!state.members.get(g.guid)!.has(g.owner)) addMemberTo(state, { guid: g.guid, uid: g.owner, scope: 'admin', joinedAt: g.createdAt });
  }

  let highest = 0;
  for (const m of seed.messages ?? []) if (m.id !== undefined && m.id > highest) highest = m.id;
  let nextId = seed.nextMessageId ?? highest + 1;
  for (const m of seed.messages ?? []) {
    const id = m.id ?? nextId++;
    if (id >= nextId) nextId = id + 1;
    const { message, conversation } = normalizeMessage(state, m, id, now);
    conversation.messages.push(message);
    state.messageHome.set(id, conversation);
  }
  state.nextMessageId = nextId;

  for (const c of seed.conversations ?? []) {
    const uid = lower(c.uid);
    const conversation = 'guid' in c.with ? groupConversation(state, lower(c.with.guid)) : pairConversation(state, uid, lower(c.with.uid));
    const view = viewOf(conversation, uid);
    view.tags = c.tags ?? [];
    view.deliveredUpTo = c.deliveredUpTo ?? 0;
    view.readUpTo = c.readUpTo ?? 0;
    view.clearedUpTo = c.clearedUpTo ?? 0;
    view.updatedAt = c.updatedAt;
    view.pinnedAt = c.pinnedAt;
    view.kept = c.keptInList && { ...c.keptInList };
    view.stored = true;
    if (c.pinnedAt !== undefined) state.userPins.set(uid, [...(state.userPins.get(uid) ?? []), view]);
  }
  // Oldest pin first, as the pins were made.
  for (const pins of state.userPins.values()) pins.sort((a, b) => a.pinnedAt! - b.pinnedAt!);
  state.globalPins = (seed.pinnedConversations ?? []).map((pin) =>
    'guid' in pin ? { type: 'group' as const, id: lower(pin.guid), pinnedAt: pin.pinnedAt ?? now } : { type: 'user' as const, id: lower(pin.uid), pinnedAt: pin.pinnedAt ?? now },
  );
  for (const b of seed.blocks ?? []) addBlock(state, lower(b.uid), lower(b.blocked), b.blockedAt ?? now);
  for (const conversation of state.conversations.values()) {
    conversation.messages.sort((a, b) => a.id - b.id);
    if (conversation.messages.length > 0) for (const uid of participantsOf(state, conversation)) viewOf(conversation, uid);
    for (const view of conversation.views.values()) recompute(state, view);
  }
  return state;
}
