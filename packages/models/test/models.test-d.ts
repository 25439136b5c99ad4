// Type-level tests: the shapes users rely on, pinned.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ActionResultResponse,
  CometChatErrorBody,
  Conversation,
  ConversationList,
  ConversationType,
  Entity,
  EntityType,
  Group,
  GroupConversation,
  GroupConversationReference,
  ListConversationsQuery,
  MessageIdInput,
  PinnedConversation,
  PinnedConversationTarget,
  PinnedGroupConversation,
  PinnedUserConversation,
  SingleGroupConversationResponse,
  SingleUserConversationResponse,
  UserConversationReference,
  Message,
  MessageCategory,
  OperationId,
  Pagination,
  SingleConversationResponse,
  UpdateConversationRequest,
  User,
  UserConversation,
  operations,
  paths,
} from '../src/index.ts';

describe('Conversation', () => {
  it('conversationType narrows conversationWith to User or Group', () => {
    const narrow = (conversation: Conversation) => {
      if (conversation.conversationType === 'user') {
        expectTypeOf(conversation.conversationWith).toEqualTypeOf<User>();
        expectTypeOf(conversation.conversationWith.uid).toEqualTypeOf<string>();
      } else {
        expectTypeOf(conversation.conversationType).toEqualTypeOf<'group'>();
        expectTypeOf(conversation.conversationWith).toEqualTypeOf<Group>();
        expectTypeOf(conversation.conversationWith.guid).toEqualTypeOf<string>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
    expectTypeOf<UserConversation>().toExtend<Conversation>();
    expectTypeOf<GroupConversation>().toExtend<Conversation>();
    expectTypeOf<ConversationType>().toEqualTypeOf<'user' | 'group'>();
  });

  it('carries the documented wire forms', () => {
    expectTypeOf<Conversation['unreadMessageCount']>().toEqualTypeOf<string | number>();
    expectTypeOf<Conversation['createdAt']>().toEqualTypeOf<number>();
    expectTypeOf<Conversation['lastMessage']>().toEqualTypeOf<Message | undefined>();
    expectTypeOf<Message['id']>().toEqualTypeOf<string | number>();
    expectTypeOf<SingleConversationResponse['data']>().toEqualTypeOf<Conversation | Conversation[]>();
    expectTypeOf<SingleUserConversationResponse['data']>().toEqualTypeOf<UserConversation | UserConversation[]>();
    expectTypeOf<SingleGroupConversationResponse['data']>().toEqualTypeOf<GroupConversation | GroupConversation[]>();
  });

  it('pins: a pin result is the conversation or its reference, of the right kind', () => {
    expectTypeOf<PinnedUserConversation>().toEqualTypeOf<UserConversation | UserConversationReference>();
    expectTypeOf<PinnedGroupConversation>().toEqualTypeOf<GroupConversation | GroupConversationReference>();
    expectTypeOf<UserConversationReference['conversationType']>().toEqualTypeOf<'user'>();
    expectTypeOf<Conversation['pinnedBy']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Conversation['pinnedAt']>().toEqualTypeOf<number | undefined>();
    const narrow = (pinned: PinnedConversation) => {
      if (pinned.conversationType === 'user') expectTypeOf(pinned).toExtend<PinnedUserConversation>();
    };
    expectTypeOf(narrow).toBeFunction();
    expectTypeOf<PinnedConversationTarget>().toEqualTypeOf<{ uid: string } | { guid: string }>();
    expectTypeOf<MessageIdInput>().toEqualTypeOf<number | string>();
  });

  it('group fields use their enums', () => {
    expectTypeOf<Group['type']>().toEqualTypeOf<'public' | 'private' | 'password'>();
    expectTypeOf<NonNullable<Group['scope']>>().toEqualTypeOf<'admin' | 'moderator' | 'participant'>();
    expectTypeOf<MessageCategory>().toEqualTypeOf<'message' | 'custom' | 'action' | 'call' | 'interactive' | 'card' | 'agentic'>();
    expectTypeOf<EntityType>().toEqualTypeOf<'user' | 'group' | 'message' | 'call'>();
  });

  it('entityType narrows entity', () => {
    const narrow = (entity: Entity) => {
      if (entity.entityType === 'group') expectTypeOf(entity.entity).toEqualTypeOf<Group>();
      if (entity.entityType === 'user') expectTypeOf(entity.entity).toEqualTypeOf<User>();
    };
    expectTypeOf(narrow).toBeFunction();
  });
});

describe('envelopes', () => {
  it('list pages have data and snake_case pagination', () => {
    expectTypeOf<ConversationList['data']>().toEqualTypeOf<Conversation[]>();
    expectTypeOf<ConversationList['meta']['pagination']>().toEqualTypeOf<Pagination>();
    expectTypeOf<keyof Pagination>().toEqualTypeOf<'total' | 'count' | 'per_page' | 'current_page' | 'total_pages'>();
  });

  it('action results carry message or Message', () => {
    type Data = ActionResultResponse['data'];
    expectTypeOf<Data>().toEqualTypeOf<{ success: boolean; message: string; conversation?: Conversation } | { success: boolean; Message: string; conversation?: Conversation }>();
  });

  it('error bodies have a code and a message', () => {
    expectTypeOf<CometChatErrorBody['error']['code']>().toEqualTypeOf<string>();
    expectTypeOf<CometChatErrorBody['error']['details']>().toEqualTypeOf<Record<string, string[]> | undefined>();
  });
});

describe('operations', () => {
  it('are keyed by their operationIds', () => {
    expectTypeOf<OperationId>().toEqualTypeOf<
      | 'listConversations' | 'getConversation' | 'deleteConversation'
      | 'getUserConversation' | 'updateUserConversation' | 'resetUserConversation'
      | 'markUserConversationAsDelivered' | 'markUserConversationAsRead' | 'markUserConversationAsUnread'
      | 'getGroupConversation' | 'updateGroupConversation' | 'resetGroupConversation'
      | 'markGroupConversationAsDelivered' | 'markGroupConversationAsRead' | 'markGroupConversationAsUnread'
      | 'listPinnedConversations' | 'updatePinnedConversations'
      | 'pinUserConversation' | 'unpinUserConversation' | 'pinGroupConversation' | 'unpinGroupConversation'
    >();
  });

  it('type their parameters and bodies', () => {
    expectTypeOf<ListConversationsQuery['tags']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ListConversationsQuery['perPage']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListConversationsQuery['conversationType']>().toEqualTypeOf<'user' | 'group' | undefined>();
    expectTypeOf<operations['getUserConversation']['parameters']['header']['onBehalfOf']>().toEqualTypeOf<string>();
    expectTypeOf<operations['getUserConversation']['parameters']['path']['uid']>().toEqualTypeOf<string>();
    expectTypeOf<UpdateConversationRequest>().toEqualTypeOf<{ tags: string[] }>();
    expectTypeOf<paths['/users/{uid}/conversation']['put']>().toEqualTypeOf<operations['updateUserConversation']>();
    // @ts-expect-error: no such path
    expectTypeOf<paths['/users/{uid}/conversations']>().toBeObject();
  });
});
