// Blocks between users: who blocked whom and when. A conversation with a user either side blocked
// is left out of lists unless `includeBlockedUsers`; `withBlockedInfo` shows the block status.
import type { StoreState } from './state.ts';

/** What the acting user `uid` and `other` did to each other. */
export interface BlockStatus {
  blockedByMe: boolean;
  hasBlockedMe: boolean;
  /** When `uid` blocked `other`. */
  blockedByMeAt?: number;
  /** When `other` blocked `uid`. */
  blockedAt?: number;
}

export const hasBlocks = (state: StoreState) => state.blocks.size > 0;

/** Whether either of the two users blocked the other. */
export function blockedBetween(state: StoreState, uid: string, other: string): boolean {
  return state.blocks.get(uid)?.has(other) === true || state.blockedBy.get(uid)?.has(other) === true;
}

export function blockStatus(state: StoreState, uid: string, other: string): BlockStatus {
  const byMe = state.blocks.get(uid)?.get(other);
  const byOther = state.blockedBy.get(uid)?.get(other);
  return {
    blockedByMe: byMe !== undefined,
    hasBlockedMe: byOther !== undefined,
    ...(byMe !== undefined ? { blockedByMeAt: byMe } : {}),
    ...(byOther !== undefined ? { blockedAt: byOther } : {}),
  };
}

/** `uid` blocks `blocked` (ids lowercased); blocking again keeps the first time. */
export function addBlock(state: StoreState, uid: string, blocked: string, at: number): void {
  if (state.blocks.get(uid)?.has(blocked)) return;
  state.version++;
  const mine = state.blocks.get(uid) ?? new Map<string, number>();
  mine.set(blocked, at);
  state.blocks.set(uid, mine);
  const theirs = state.blockedBy.get(blocked) ?? new Map<string, number>();
  theirs.set(uid, at);
  state.blockedBy.set(blocked, theirs);
}

export function removeBlock(state: StoreState, uid: string, blocked: string): void {
  if (!state.blocks.get(uid)?.has(blocked)) return;
  state.version++;
  state.blocks.get(uid)!.delete(blocked);
  if (state.blocks.get(uid)!.size === 0) state.blocks.delete(uid);
  state.blockedBy.get(blocked)!.delete(uid);
  if (state.blockedBy.get(blocked)!.size === 0) state.blockedBy.delete(blocked);
}
