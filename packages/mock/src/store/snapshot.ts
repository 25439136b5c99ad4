// From the state back to a seed: plain JSON, in a deterministic order, loadable again.
import type { Seed, SeedBlock, SeedConversation, SeedGlobalPin, SeedGroup, SeedMember, SeedMessage, SeedUser } from '../seed.ts';
import { clone, compareStrings, defined } from './ids.ts';
import type { StoreState, ViewRecord } from './state.ts';

export function snapshotOf(state: StoreState): Required<Seed> {
  const users: SeedUser[] = state.sortedUids.map((uid) => clone(state.users.get(uid)!));
  const groups: SeedGroup[] = [...state.groups.values()].sort((a, b) => compareStrings(a.guid, b.guid)).map((g) => clone(g));
  const members: SeedMember[] = [...state.members.values()]
    .flatMap((m) => [...m.values()])
    .sort((a, b) => compareStrings(a.guid, b.guid) || compareStrings(a.uid, b.uid))
    .map((m) => ({ ...m }));
  const messages: SeedMessage[] = [...state.conversations.values()]
    .flatMap((c) => c.messages)
    .sort((a, b) => a.id - b.id)
    .map(({ conversationId: _omit, ...m }) => clone(m));
  const views: ViewRecord[] = [];
  for (const conversation of state.conversations.values()) for (const view of conversation.views.values()) if (view.stored) views.push(view);
  views.sort((a, b) => compareStrings(a.uid, b.uid) || compareStrings(a.conversation.id, b.conversation.id) || compareStrings(a.conversation.key, b.conversation.key));
  const conversations: SeedConversation[] = views.map((v) =>
    defined({
      uid: v.uid,
      with: v.conversation.type === 'group' ? { guid: v.withId } : { uid: v.withId },
      tags: [...v.tags],
      deliveredUpTo: v.deliveredUpTo,
      readUpTo: v.readUpTo,
      clearedUpTo: v.clearedUpTo,
      updatedAt: v.updatedAt,
      pinnedAt: v.pinnedAt,
      keptInList: v.kept && { ...v.kept },
    }),
  );
  const pinnedConversations: SeedGlobalPin[] = state.globalPins.map((pin) => (pin.type === 'group' ? { guid: pin.id, pinnedAt: pin.pinnedAt } : { uid: pin.id, pinnedAt: pin.pinnedAt }));
  const blocks: SeedBlock[] = [...state.blocks]
    .flatMap(([uid, blocked]) => [...blocked].map(([other, blockedAt]) => ({ uid, blocked: other, blockedAt })))
    .sort((a, b) => compareStrings(a.uid, b.uid) || compareStrings(a.blocked, b.blocked));
  return { users, groups, members, messages, conversations, pinnedConversations, blocks, nextMessageId: state.nextMessageId };
}
