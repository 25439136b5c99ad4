// Changing pins: a user's own pins (one view each) and the app's global list. Checks (limits, who
// may pin what) are the operations' (handlers.ts); these only apply a change that was allowed, count
// a new state version and re-file the views whose list section moved.
import { globalPinOf, viewsCoveredBy } from './pins.ts';
import type { GlobalPin, StoreState, ViewRecord } from './state.ts';
import { relist } from './views.ts';

/** `view`'s owner pins it; pinning again keeps the first `pinnedAt`. */
export function pinView(state: StoreState, view: ViewRecord, now: number): void {
  if (view.pinnedAt !== undefined) return;
  state.version++;
  view.pinnedAt = now;
  view.stored = true;
  const pins = state.userPins.get(view.uid);
  if (pins) pins.push(view);
  else state.userPins.set(view.uid, [view]);
  relist(state, view);
}

/** `view`'s owner unpins it; unpinning what is not pinned changes nothing. */
export function unpinView(state: StoreState, view: ViewRecord): void {
  if (view.pinnedAt === undefined) return;
  state.version++;
  view.pinnedAt = undefined;
  const pins = state.userPins.get(view.uid)!;
  pins.splice(pins.indexOf(view), 1);
  if (pins.length === 0) state.userPins.delete(view.uid);
  relist(state, view);
}

/** How many conversations `uid` pinned (global pins are the app's and do not count). */
export const pinCount = (state: StoreState, uid: string) => state.userPins.get(uid)?.length ?? 0;

/**
 * Replaces the global list with `pins` (distinct, in display order). A conversation already pinned
 * keeps its `pinnedAt`; a new one is stamped `now`. A user's own pin of a conversation that becomes
 * globally pinned gives way to it (it is removed, and no longer counts against the user's limit).
 */
export function replaceGlobalPins(state: StoreState, pins: readonly Pick<GlobalPin, 'type' | 'id'>[], now: number): void {
  state.version++;
  const before = state.globalPins;
  state.globalPins = pins.map(({ type, id }) => ({ type, id, pinnedAt: before.find((p) => p.type === type && p.id === id)?.pinnedAt ?? now }));
  const touched = new Set<ViewRecord>();
  for (const pin of [...before, ...state.globalPins]) for (const view of viewsCoveredBy(state, pin)) touched.add(view);
  for (const view of touched) {
    if (view.pinnedAt !== undefined && globalPinOf(state, view)) unpinView(state, view);
    relist(state, view);
  }
}
