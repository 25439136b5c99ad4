import type { z } from 'zod';
import { schemas } from '../../generated/openapi-zod-client/api';

// openapi-zod-client emits zod schemas; the types are what they infer.
type Conversation = z.infer<typeof schemas.Conversation>;
type Group = z.infer<typeof schemas.Group>;
type User = z.infer<typeof schemas.User>;

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
