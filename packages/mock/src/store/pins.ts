// Reading pins: which of a user's conversations the app pinned for everyone (global pins) or the
// user pinned for themself, and the section of the list each one is filed in. Changes are in
// pin-changes.ts.
import { groupConversationId, groupKey } from './ids.ts';
import type { ConversationRecord, GlobalPin, StoreState, ViewRecord } from './state.ts';

/** `pinnedBy` of a global pin: the app, not a user. */
export const APP_SYSTEM = 'app_system';

/** The global pin that covers this view: a group's, or the one of the user on the other side. */
export function globalPinOf(state: StoreState, view: ViewRecord): GlobalPin | undefined {
  if (state.globalPins.length === 0) return undefined;
  const type = view.conversation.type;
  return state.globalPins.find((pin) => pin.type === type && pin.id === view.withId);
}

/** Whether `view` shows in its owner's list: it has messages after its reset, or a reset kept it listed. */
export const isShown = (view: ViewRecord | undefined): view is ViewRecord => view !== undefined && (view.visibleCount > 0 || view.kept !== undefined);

// List sections: global pins first (in the app's order), then the owner's pins, then the rest.
const OWN_PIN_SECTION = 1_000;
const UNPINNED_SECTION = 2_000;

/** The section (and place within it, for global pins) the view is filed under in its owner's list. */
export function rankOf(state: StoreState, view: ViewRecord): number {
  if (state.globalPins.length > 0) {
    const index = state.globalPins.indexOf(globalPinOf(state, view)!);
    if (index >= 0) return index;
  }
  return view.pinnedAt !== undefined ? OWN_PIN_SECTION : UNPINNED_SECTION;
}

/** Who pinned the view and when, as the wire shows it; undefined when it is not pinned. */
export function pinOf(state: StoreState, view: ViewRecord): { pinnedBy: string; pinnedAt: number } | undefined {
  const global = globalPinOf(state, view);
  if (global) return { pinnedBy: APP_SYSTEM, pinnedAt: global.pinnedAt };
  return view.pinnedAt !== undefined ? { pinnedBy: view.uid, pinnedAt: view.pinnedAt } : undefined;
}

/** The views a global pin covers: every member's view of the group, or every other user's view of their conversation with the user. */
export function viewsCoveredBy(state: StoreState, pin: Pick<GlobalPin, 'type' | 'id'>): ViewRecord[] {
  const conversations: ConversationRecord[] = pin.type === 'group' ? [state.conversations.get(groupKey(pin.id))].filter((c) => c !== undefined) : (state.pairsOf.get(pin.id) ?? []);
  return conversations.flatMap((conversation) => [...conversation.views.values()].filter((view) => view.withId === pin.id));
}

/** The conversation id a global pin shows in the app's list (see the README: a user's pin names no pair). */
export const globalPinConversationId = (pin: GlobalPin) => (pin.type === 'group' ? groupConversationId(pin.id) : `user_${pin.id}`);
