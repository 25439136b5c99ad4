import type { Schemas } from '../../generated/typed-openapi/api';

type Conversation = Schemas.Conversation;
type Group = Schemas.Group;
type User = Schemas.User;

export function probe(conversation: Conversation): string {
  if (conversation.conversationType === 'user') {
    const user: User = conversation.conversationWith;
    // @ts-expect-error a one-on-one conversation is not with a group
    const group: Group = conversation.conversationWith;
    return `${user.uid} ${String(group)}`;
  }
  const group: Group = conversation.conversationWith;
  // @ts-expect-error a group conversation is not with a user
  const user: User = conversation.conversationWith;
  return `${group.guid} ${String(user)}`;
}
