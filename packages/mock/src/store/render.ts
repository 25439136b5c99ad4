// The wire shapes: a conversation as the API sends it, with its `conversationWith` user or group and
// its `lastMessage` (entities generated from the users and groups). Nested objects (metadata, message
// data) are shared with the store: the facade copies where the caller may change the result.
import type { Conversation, Entity, Group, Message, PinnedConversation, User } from '@cometchat-rest/models';
import { blockStatus } from './blocks.ts';
import { defined, groupConversationId } from './ids.ts';
import { APP_SYSTEM, globalPinConversationId } from './pins.ts';
import type { StoreState, StoredMessage } from './state.ts';
import type { ConversationEntry, RenderOptions } from './types.ts';
import type { ViewRecord } from './state.ts';

/** How a conversation is serialised: the render options, and `tags` left out when empty (single reads). */
export interface JsonOptions extends RenderOptions {
  tagsOnlyWhenAny?: boolean;
}

/** The JSON of each view, per serialisation, valid for one state version (reads outnumber changes). */
const jsonCache = new WeakMap<ViewRecord, { version: number; byOptions: Map<string, string> }>();

export function renderEntryJson(state: StoreState, entry: ConversationEntry, view: ViewRecord, options: JsonOptions): string {
  let cached = jsonCache.get(view);
  if (!cached || cached.version !== state.version) {
    cached = { version: state.version, byOptions: new Map() };
    jsonCache.set(view, cached);
  }
  const key = `${options.withTags ? 1 : 0}${options.withUserAndGroupTags ? 1 : 0}${options.withOwner ? 1 : 0}${options.tagsOnlyWhenAny ? 1 : 0}${options.withBlockedInfo ? 1 : 0}`;
  let json = cached.byOptions.get(key);
  if (json === undefined) {
    const conversation = renderEntry(state, entry, view, options);
    if (options.tagsOnlyWhenAny && conversation.tags?.length === 0) delete conversation.tags;
    json = JSON.stringify(conversation);
    cached.byOptions.set(key, json);
  }
  return json;
}

export function renderEntry(state: StoreState, entry: ConversationEntry, view: ViewRecord, options: RenderOptions): Conversation {
  const messages = view.conversation.messages;
  const last = view.visibleCount > 0 ? messages[messages.length - 1] : undefined;
  const lastMessage = last && last.deletedAt === undefined ? wireMessage(state, last) : undefined;
  const unreadMessageCount = String(entry.unreadMessageCount);
  const extras = {
    ...(options.withTags ? { tags: [...entry.tags] } : {}),
    ...(options.withOwner ? { uid: entry.uid } : {}),
    ...(entry.pinnedBy !== undefined ? { pinnedBy: entry.pinnedBy, pinnedAt: entry.pinnedAt! } : {}),
  };
  const withTags = options.withUserAndGroupTags === true;
  if (entry.conversationType === 'group') {
    return {
      conversationId: entry.conversationId,
      conversationType: 'group',
      unreadMessageCount,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      ...(lastMessage ? { lastMessage } : {}),
      conversationWith: wireGroupFor(state, entry.withId, entry.uid, withTags),
      ...extras,
    };
  }
  return {
    conversationId: entry.conversationId,
    conversationType: 'user',
    unreadMessageCount,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    ...(lastMessage ? { lastMessage } : {}),
    conversationWith: options.withBlockedInfo ? { ...wireUser(state, entry.withId, withTags, entry.conversationId), ...blockStatus(state, entry.uid, entry.withId) } : wireUser(state, entry.withId, withTags, entry.conversationId),
    ...extras,
  };
}

function wireUser(state: StoreState, uid: string, withTags: boolean, conversationId: string): User {
  const u = state.users.get(uid)!;
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

function wireGroup(state: StoreState, guid: string): Group {
  const g = state.groups.get(guid)!;
  return defined({
    guid: g.guid,
    name: g.name,
    description: g.description,
    icon: g.icon,
    type: g.type,
    membersCount: state.members.get(guid)?.size ?? 0,
    conversationId: groupConversationId(guid),
    createdAt: g.createdAt,
    owner: g.owner,
    updatedAt: g.updatedAt,
    updatedBy: g.updatedBy,
    metadata: g.metadata as Group['metadata'],
  });
}

function wireGroupFor(state: StoreState, guid: string, uid: string, withTags: boolean): Group {
  const g = state.groups.get(guid)!;
  const member = state.members.get(guid)?.get(uid);
  return defined({
    guid: g.guid,
    name: g.name,
    description: g.description,
    icon: g.icon,
    type: g.type,
    scope: member?.scope,
    membersCount: state.members.get(guid)?.size ?? 0,
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

function userEntity(state: StoreState, uid: string): Entity {
  const u = state.users.get(uid)!;
  return { entity: defined({ uid: u.uid, name: u.name, avatar: u.avatar, link: u.link, role: u.role, status: u.status, createdAt: u.createdAt, updatedAt: u.updatedAt }), entityType: 'user' };
}

function groupEntity(state: StoreState, guid: string): Entity {
  return { entity: wireGroup(state, guid), entityType: 'group' };
}

export function wireMessage(state: StoreState, m: StoredMessage): Message {
  const receiverEntity = m.receiverType === 'group' ? groupEntity(state, m.receiver) : userEntity(state, m.receiver);
  const entities =
    m.category === 'action'
      ? { by: userEntity(state, m.sender), on: m.on ? userEntity(state, m.on) : receiverEntity, for: receiverEntity }
      : m.category === 'call'
        ? { by: userEntity(state, m.sender), for: receiverEntity }
        : { sender: userEntity(state, m.sender), receiver: receiverEntity };
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

/** The app's global pins as the pinned list operations answer them: id, kind and pin. */
export function globalPinList(state: StoreState): PinnedConversation[] {
  return state.globalPins.map((pin) =>
    pin.type === 'group'
      ? { conversationId: globalPinConversationId(pin), conversationType: 'group', pinnedBy: APP_SYSTEM, pinnedAt: pin.pinnedAt }
      : { conversationId: globalPinConversationId(pin), conversationType: 'user', pinnedBy: APP_SYSTEM, pinnedAt: pin.pinnedAt },
  );
}
