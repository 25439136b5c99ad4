// The seed: a plain JSON object of users, groups, members, messages and per-user conversation
// state that the store starts from. Checked with a JSON Schema (Ajv 2020) and then for references
// between its parts; every problem is reported at once in a `SeedError`.
import { seed as validateSeed } from './generated/document-validators.js';
import { memberProblems, messageProblems, parentProblems, referenceProblems, userProblems, groupProblems, type SeedReferences } from './seed-references.ts';

export type { SeedReferences };
export { seedSchema } from './seed-schema.ts';

/** A user. UIDs are letters, digits, `-` and `_` (at most 100) and, as on CometChat, lowercased. */
export interface SeedUser {
  uid: string;
  name: string;
  avatar?: string;
  link?: string;
  /** Defaults to `default`. */
  role?: string;
  /** Defaults to `offline`. */
  status?: string;
  statusMessage?: string;
  metadata?: Record<string, unknown>;
  /** The user's own tags (matched by `userTags`, shown with `withUserAndGroupTags`). */
  tags?: string[];
  /** Unix seconds; defaults to the clock at load time. */
  createdAt?: number;
  updatedAt?: number;
  lastActiveAt?: number;
}

/** A group. Its owner becomes an `admin` member unless listed in `members`. */
export interface SeedGroup {
  guid: string;
  name: string;
  /** Defaults to `public`. */
  type?: 'public' | 'private' | 'password';
  description?: string;
  icon?: string;
  owner: string;
  metadata?: Record<string, unknown>;
  /** The group's own tags (matched by `groupTags`, shown with `withUserAndGroupTags`). */
  tags?: string[];
  createdAt?: number;
  updatedAt?: number;
  updatedBy?: string;
}

export interface SeedMember {
  guid: string;
  uid: string;
  /** Defaults to `participant`. */
  scope?: 'admin' | 'moderator' | 'participant';
  /** Unix seconds; defaults to the group's `createdAt`. */
  joinedAt?: number;
}

/** The spec's `MessageCategory`. Every category but `action` and `call` counts as unread. */
export type SeedMessageCategory = 'message' | 'custom' | 'action' | 'call' | 'interactive' | 'card' | 'agentic';

/** A message. Actions and calls never count as unread, nor do replies (`parentId`). */
export interface SeedMessage {
  /** Positive integer; defaults to the next free id. Sent on the wire as a string. */
  id?: number;
  sender: string;
  receiverType: 'user' | 'group';
  receiver: string;
  /** Defaults to `message`. */
  category?: SeedMessageCategory;
  /** Defaults to `text` (`groupMember` for actions, `audio` for calls); required for `custom`. */
  type?: string;
  /** Shorthand for `data.text`. */
  text?: string;
  /** The payload (`text`, `action`, `customData`, `metadata`, `attachments`); `entities` are generated. */
  data?: Record<string, unknown>;
  /** For `action` messages: the UID acted on (`data.entities.on`). */
  on?: string;
  parentId?: number;
  tags?: string[];
  /** Unix seconds; defaults to the clock. */
  sentAt?: number;
  updatedAt?: number;
  editedAt?: number;
  /** A deleted message stays in the store, but a conversation whose last message is deleted has no `lastMessage`. */
  deletedAt?: number;
  deletedBy?: string;
}

/** One user's view of a conversation: tags and read/delivered/reset markers (message ids). */
export interface SeedConversation {
  uid: string;
  with: { uid: string } | { guid: string };
  tags?: string[];
  /** Messages up to this id are delivered to `uid`. */
  deliveredUpTo?: number;
  /** Messages up to this id are read by `uid`. */
  readUpTo?: number;
  /** Messages up to this id were reset (deleted for `uid`); the conversation shows again after a newer message. */
  clearedUpTo?: number;
  /** When the tags were last changed (Unix seconds). */
  updatedAt?: number;
  /** When `uid` pinned it (their own pin; the app's global pins are `pinnedConversations`). */
  pinnedAt?: number;
  /**
   * Left by a reset with `preserveOrder`: the conversation stays listed, without its messages, with
   * these times, until a message newer than `clearedUpTo` arrives.
   */
  keptInList?: { createdAt: number; updatedAt: number };
}

/** A conversation the app pinned for every user: a group's, or every user's one with `uid`. */
export type SeedGlobalPin = ({ uid: string } | { guid: string }) & {
  /** Unix seconds; defaults to the clock at load time. */
  pinnedAt?: number;
};

/** `uid` blocked `blocked`: their conversation is left out of both users' lists unless `includeBlockedUsers`. */
export interface SeedBlock {
  uid: string;
  blocked: string;
  /** Unix seconds; defaults to the clock at load time. */
  blockedAt?: number;
}

/** Everything the store holds; `store.snapshot()` returns this shape, so a snapshot is a seed. */
export interface Seed {
  users?: SeedUser[];
  groups?: SeedGroup[];
  members?: SeedMember[];
  messages?: SeedMessage[];
  conversations?: SeedConversation[];
  /** The app's global pins, in display order (at most 5, distinct). */
  pinnedConversations?: SeedGlobalPin[];
  blocks?: SeedBlock[];
  /** The id the next new message gets; defaults to one more than the highest id. */
  nextMessageId?: number;
}

/** A seed that cannot be loaded. `problems` lists every reason, each with the JSON path at fault. */
export class SeedError extends Error {
  readonly problems: string[];
  constructor(problems: string[], what = 'seed') {
    super(`Invalid ${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedError';
    this.problems = problems;
  }
}

function jsonPath(instancePath: string): string {
  return (
    '$' +
    instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s.replace(/~1/g, '/').replace(/~0/g, '~')}`))
      .join('')
  );
}

/** The shape checks only (JSON Schema). */
function structuralProblems(seed: unknown): string[] {
  const validate = validateSeed;
  if (validate(seed)) return [];
  const problems: string[] = [];
  for (const e of validate.errors ?? []) {
    if (e.keyword === 'if') continue;
    let text = `${jsonPath(e.instancePath)}: ${e.message}`;
    if (e.keyword === 'additionalProperties') text += ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`;
    if (e.keyword === 'enum') text += ` (${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')})`;
    if (e.keyword === 'maximum' && /At$/.test(e.instancePath)) text += ' (timestamps are Unix seconds, not milliseconds)';
    if (e.keyword === 'not') text = `${jsonPath(e.instancePath)}: must not contain entities (they are generated)`;
    if (!problems.includes(text)) problems.push(text);
  }
  return problems;
}

/** Checks a seed; throws a `SeedError` naming every problem. */
export function assertValidSeed(seed: unknown): asserts seed is Seed {
  if (seed === null || typeof seed !== 'object' || Array.isArray(seed)) {
    throw new SeedError(['$: a seed must be an object whose users, groups, members, messages, conversations, pinnedConversations and blocks are arrays (each optional)']);
  }
  const structural = structuralProblems(seed);
  if (structural.length) throw new SeedError(structural);
  const references = referenceProblems(seed as Seed);
  if (references.length) throw new SeedError(references);
}

const ENTRY_CHECKS = {
  users: (entry: SeedUser, at: string, refs: SeedReferences) => userProblems(entry, at, refs),
  groups: (entry: SeedGroup, at: string, refs: SeedReferences) => groupProblems(entry, at, refs),
  members: (entry: SeedMember, at: string, refs: SeedReferences) => memberProblems(entry, at, refs),
  messages: (entry: SeedMessage, at: string, refs: SeedReferences) => [...messageProblems(entry, at, refs), ...parentProblems(entry, at, refs)],
};
type EntryKind = keyof typeof ENTRY_CHECKS;
type EntryOf<K extends EntryKind> = Parameters<(typeof ENTRY_CHECKS)[K]>[0];

/**
 * Checks one entry that joins existing data (what a test helper adds), as if it stood at `index`
 * of its kind's array in a seed of that data: the same checks, problems and paths as `assertValidSeed`.
 */
export function assertValidEntry<K extends EntryKind>(kind: K, entry: EntryOf<K>, index: number, refs: SeedReferences): void {
  const at = `$.${kind}[${index}]`;
  const structural = structuralProblems({ [kind]: [entry] }).map((p) => (p.startsWith(`$.${kind}[0]`) ? at + p.slice(`$.${kind}[0]`.length) : p));
  if (structural.length) throw new SeedError(structural);
  const references = (ENTRY_CHECKS[kind] as (entry: EntryOf<K>, at: string, refs: SeedReferences) => string[])(entry, at, refs);
  if (references.length) throw new SeedError(references);
}

/** An empty seed: no users, no groups. */
export const emptySeed = (): Seed => ({ users: [], groups: [], members: [], messages: [], conversations: [], pinnedConversations: [], blocks: [] });
