import type { Conversation, Group, User } from '../../generated/openapi-generator-typescript-fetch/index';

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
