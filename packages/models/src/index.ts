// The face of @cometchat-rest/models: the generated `paths`, `components` and `operations`, plus a
// friendly name for every shape users handle. Types only; this module has no runtime code.
import type { components, operations, paths } from './generated/openapi.ts';

export type { components, operations, paths };

type Schemas = components['schemas'];

/** A conversation: a `UserConversation` or a `GroupConversation`, told apart by `conversationType`. */
export type Conversation = Schemas['Conversation'];
/** A one-on-one conversation; `conversationWith` is a `User`. */
export type UserConversation = Schemas['UserConversation'];
/** A group conversation; `conversationWith` is a `Group`. */
export type GroupConversation = Schemas['GroupConversation'];
/** `user` or `group`. */
export type ConversationType = Schemas['ConversationType'];
/** Unread count: a string of digits or a number, as CometChat's docs disagree (see the spec). */
export type UnreadMessageCount = Schemas['UnreadMessageCount'];
/** Whole seconds since the Unix epoch. */
export type UnixTimestamp = Schemas['UnixTimestamp'];
/** At most 25 tags of at most 100 characters. */
export type Tags = Schemas['Tags'];

export type User = Schemas['User'];
export type Group = Schemas['Group'];
export type GroupType = Schemas['GroupType'];
export type GroupMemberScope = Schemas['GroupMemberScope'];

export type Message = Schemas['Message'];
/** A message id: a string of digits in responses, an integer in request bodies. */
export type MessageId = Schemas['MessageId'];
export type MessageCategory = Schemas['MessageCategory'];
export type ReceiverType = Schemas['ReceiverType'];
export type MessageData = Schemas['MessageData'];
export type MessageEntities = Schemas['MessageEntities'];
/** An entity a message refers to, told apart by `entityType`. */
export type Entity = Schemas['Entity'];
export type EntityType = Entity['entityType'];
export type UserEntity = Schemas['UserEntity'];
export type GroupEntity = Schemas['GroupEntity'];
export type MessageEntity = Schemas['MessageEntity'];
export type CallEntity = Schemas['CallEntity'];

/** `meta.pagination` of a list page (snake_case keys, as on the wire). */
export type Pagination = Schemas['Pagination'];
export type Cursor = Schemas['Cursor'];
export type ListMeta = Schemas['ListMeta'];
/** One page of `listConversations`: `{ data, meta }`. */
export type ConversationList = Schemas['ConversationList'];
/** The envelope of a single-conversation response: `data` is an object or a one-element array. */
export type SingleConversationResponse = Schemas['SingleConversation'];
/** The same, for a user conversation read (`getUserConversation`, `updateUserConversation`). */
export type SingleUserConversationResponse = Schemas['SingleUserConversation'];
/** The same, for a group conversation read (`getGroupConversation`, `updateGroupConversation`). */
export type SingleGroupConversationResponse = Schemas['SingleGroupConversation'];

/** A conversation named by id and kind, with its pin: how CometChat's file shows pin results. */
export type ConversationReference = Schemas['ConversationReference'];
export type UserConversationReference = Schemas['UserConversationReference'];
export type GroupConversationReference = Schemas['GroupConversationReference'];
/** What pinning or unpinning a user conversation returns: the conversation, or its reference. */
export type PinnedUserConversation = Schemas['PinnedUserConversation'];
/** What pinning or unpinning a group conversation returns: the conversation, or its reference. */
export type PinnedGroupConversation = Schemas['PinnedGroupConversation'];
/** A global pinned conversation, of either kind (`conversationType` tells which). */
export type PinnedConversation = Schemas['PinnedConversation'];
/** The envelope of the global pinned list. */
export type PinnedConversationListResponse = Schemas['PinnedConversationList'];
/** One entry of `updatePinnedConversations`: `{ uid }` or `{ guid }`. */
export type PinnedConversationTarget = Schemas['PinnedConversationTarget'];
/** The envelope of an action response: `{ data: { success, message | Message } }`. */
export type ActionResultResponse = Schemas['ActionResult'];

/** The body of every error response: `{ error: { code, message, devMessage, source, details? } }`. */
export type CometChatErrorBody = Schemas['CometChatErrorBody'];
/** The `error` object of an error body. */
export type CometChatErrorDetail = Schemas['CometChatError'];
/** A CometChat error code such as `ERR_UID_NOT_FOUND`; the set is open. */
export type ErrorCode = Schemas['ErrorCode'];

export type UpdateConversationRequest = Schemas['UpdateConversationRequest'];
export type ResetUserConversationRequest = Schemas['ResetUserConversationRequest'];
export type MarkConversationRequest = Schemas['MarkConversationRequest'];
export type MarkConversationUnreadRequest = Schemas['MarkConversationUnreadRequest'];
export type ResetGroupConversationRequest = Schemas['ResetGroupConversationRequest'];
export type UpdatePinnedConversationsRequest = Schemas['UpdatePinnedConversationsRequest'];
/** A message id in a request body: a number, or a string of digits as responses send it. */
export type MessageIdInput = Schemas['MessageIdInput'];

/** Every operationId of the spec. */
export type OperationId = keyof operations;
/** The query parameters of `listConversations`. */
export type ListConversationsQuery = NonNullable<operations['listConversations']['parameters']['query']>;
