// The reference checks of seed entries: unknown users and groups, senders who are not members,
// duplicates. One check per kind of entry, asked of a `SeedReferences` view of the data the entry
// joins: the seed read so far (a whole seed is checked in order), or the store (when a test helper
// adds one entry).
import type { Seed, SeedConversation, SeedGroup, SeedMember, SeedMessage, SeedUser } from './seed.ts';

const lower = (s: string) => s.toLowerCase();

/** What the checks ask about the data an entry joins (ids already lowercased). */
export interface SeedReferences {
  hasUser(uid: string): boolean;
  hasGroup(guid: string): boolean;
  /** A member of the group (its owner counts). */
  isMember(guid: string, uid: string): boolean;
  /** Listed as a member already (a seed's owner is not, unless the seed lists them). */
  isListed(guid: string, uid: string): boolean;
  hasMessage(id: number): boolean;
}

export function userProblems(u: SeedUser, at: string, refs: SeedReferences): string[] {
  return refs.hasUser(lower(u.uid)) ? [`${at}.uid: duplicate UID ${u.uid} (UIDs are case-insensitive)`] : [];
}

export function groupProblems(g: SeedGroup, at: string, refs: SeedReferences): string[] {
  const problems: string[] = [];
  if (refs.hasGroup(lower(g.guid))) problems.push(`${at}.guid: duplicate GUID ${g.guid} (GUIDs are case-insensitive)`);
  if (!refs.hasUser(lower(g.owner))) problems.push(`${at}.owner: unknown user ${g.owner}`);
  if (g.updatedBy && !refs.hasUser(lower(g.updatedBy))) problems.push(`${at}.updatedBy: unknown user ${g.updatedBy}`);
  return problems;
}

export function memberProblems(m: SeedMember, at: string, refs: SeedReferences): string[] {
  const problems: string[] = [];
  if (!refs.hasGroup(lower(m.guid))) problems.push(`${at}.guid: unknown group ${m.guid}`);
  if (!refs.hasUser(lower(m.uid))) problems.push(`${at}.uid: unknown user ${m.uid}`);
  if (refs.isListed(lower(m.guid), lower(m.uid))) problems.push(`${at}: ${m.uid} is listed twice as a member of ${m.guid}`);
  return problems;
}

/** Everything but `parentId`, which a seed may resolve to a later message (see `parentProblems`). */
export function messageProblems(m: SeedMessage, at: string, refs: SeedReferences): string[] {
  const problems: string[] = [];
  if (m.id !== undefined && refs.hasMessage(m.id)) problems.push(`${at}.id: duplicate message id ${m.id}`);
  if (!refs.hasUser(lower(m.sender))) problems.push(`${at}.sender: unknown user ${m.sender}`);
  if (m.receiverType === 'user') {
    if (!refs.hasUser(lower(m.receiver))) problems.push(`${at}.receiver: unknown user ${m.receiver}`);
    else if (lower(m.receiver) === lower(m.sender)) problems.push(`${at}.receiver: a user cannot message themself`);
  } else if (!refs.hasGroup(lower(m.receiver))) {
    problems.push(`${at}.receiver: unknown group ${m.receiver}`);
  } else if (refs.hasUser(lower(m.sender)) && !refs.isMember(lower(m.receiver), lower(m.sender))) {
    problems.push(`${at}.sender: ${m.sender} is not a member of the group ${m.receiver}`);
  }
  if (m.on !== undefined && !refs.hasUser(lower(m.on))) problems.push(`${at}.on: unknown user ${m.on}`);
  if (m.deletedBy !== undefined && !refs.hasUser(lower(m.deletedBy))) problems.push(`${at}.deletedBy: unknown user ${m.deletedBy}`);
  return problems;
}

export function parentProblems(m: SeedMessage, at: string, refs: SeedReferences): string[] {
  return m.parentId !== undefined && !refs.hasMessage(m.parentId) ? [`${at}.parentId: no message has the id ${m.parentId} (give the parent an explicit id)`] : [];
}

function conversationProblems(c: SeedConversation, at: string, refs: SeedReferences): string[] {
  const problems: string[] = [];
  if (!refs.hasUser(lower(c.uid))) problems.push(`${at}.uid: unknown user ${c.uid}`);
  if ('guid' in c.with) {
    if (!refs.hasGroup(lower(c.with.guid))) problems.push(`${at}.with.guid: unknown group ${c.with.guid}`);
    else if (!refs.isMember(lower(c.with.guid), lower(c.uid))) problems.push(`${at}.uid: ${c.uid} is not a member of the group ${c.with.guid}`);
  } else if (!refs.hasUser(lower(c.with.uid))) problems.push(`${at}.with.uid: unknown user ${c.with.uid}`);
  else if (lower(c.with.uid) === lower(c.uid)) problems.push(`${at}.with.uid: a user has no conversation with themself`);
  return problems;
}

/** The references between the parts of a whole seed (structure already checked), in seed order. */
export function referenceProblems(seed: Seed): string[] {
  const users = new Set<string>();
  const groups = new Set<string>();
  const members = new Set<string>();
  const listed = new Set<string>();
  const ids = new Set<number>();
  const refs: SeedReferences = {
    hasUser: (uid) => users.has(uid),
    hasGroup: (guid) => groups.has(guid),
    isMember: (guid, uid) => members.has(`${guid}\n${uid}`),
    isListed: (guid, uid) => listed.has(`${guid}\n${uid}`),
    hasMessage: (id) => ids.has(id),
  };
  const problems: string[] = [];
  (seed.users ?? []).forEach((u, i) => {
    problems.push(...userProblems(u, `$.users[${i}]`, refs));
    users.add(lower(u.uid));
  });
  (seed.groups ?? []).forEach((g, i) => {
    problems.push(...groupProblems(g, `$.groups[${i}]`, refs));
    groups.add(lower(g.guid));
  });
  for (const g of seed.groups ?? []) members.add(`${lower(g.guid)}\n${lower(g.owner)}`);
  (seed.members ?? []).forEach((m, i) => {
    problems.push(...memberProblems(m, `$.members[${i}]`, refs));
    listed.add(`${lower(m.guid)}\n${lower(m.uid)}`);
    members.add(`${lower(m.guid)}\n${lower(m.uid)}`);
  });
  let highest = 0;
  (seed.messages ?? []).forEach((m, i) => {
    problems.push(...messageProblems(m, `$.messages[${i}]`, refs));
    if (m.id !== undefined) {
      ids.add(m.id);
      highest = Math.max(highest, m.id);
    }
  });
  (seed.messages ?? []).forEach((m, i) => problems.push(...parentProblems(m, `$.messages[${i}]`, refs)));
  if (seed.nextMessageId !== undefined && ids.size > 0 && seed.nextMessageId <= highest) {
    problems.push(`$.nextMessageId: must be greater than every message id (${highest})`);
  }
  const globalPins = new Map<string, number>();
  (seed.pinnedConversations ?? []).forEach((pin, i) => {
    const at = `$.pinnedConversations[${i}]`;
    const key = 'guid' in pin ? `group\n${lower(pin.guid)}` : `user\n${lower(pin.uid)}`;
    if ('guid' in pin ? !refs.hasGroup(lower(pin.guid)) : !refs.hasUser(lower(pin.uid))) problems.push('guid' in pin ? `${at}.guid: unknown group ${pin.guid}` : `${at}.uid: unknown user ${pin.uid}`);
    if (globalPins.has(key)) problems.push(`${at}: the same conversation is pinned twice (pinnedConversations[${globalPins.get(key)!}])`);
    else globalPins.set(key, i);
  });
  const views = new Set<string>();
  (seed.conversations ?? []).forEach((c, i) => {
    const at = `$.conversations[${i}]`;
    problems.push(...conversationProblems(c, at, refs));
    const key = 'guid' in c.with ? `${lower(c.uid)}\ngroup\n${lower(c.with.guid)}` : `${lower(c.uid)}\nuser\n${lower(c.with.uid)}`;
    if (views.has(key)) problems.push(`${at}: the same conversation of ${c.uid} is listed twice`);
    views.add(key);
    const globalKey = 'guid' in c.with ? `group\n${lower(c.with.guid)}` : `user\n${lower(c.with.uid)}`;
    if (c.pinnedAt !== undefined && globalPins.has(globalKey)) {
      problems.push(`${at}.pinnedAt: the app pinned this conversation for everyone (pinnedConversations[${globalPins.get(globalKey)!}]); a user's own pin gives way to a global one`);
    }
  });
  const blocks = new Set<string>();
  (seed.blocks ?? []).forEach((b, i) => {
    const at = `$.blocks[${i}]`;
    if (!refs.hasUser(lower(b.uid))) problems.push(`${at}.uid: unknown user ${b.uid}`);
    if (!refs.hasUser(lower(b.blocked))) problems.push(`${at}.blocked: unknown user ${b.blocked}`);
    else if (lower(b.blocked) === lower(b.uid)) problems.push(`${at}.blocked: a user cannot block themself`);
    const key = `${lower(b.uid)}\n${lower(b.blocked)}`;
    if (blocks.has(key)) problems.push(`${at}: ${b.uid} blocks ${b.blocked} twice`);
    blocks.add(key);
  });
  return problems;
}
