// Generated from spec/ by `pnpm generate`. Do not edit.
import type { OperationModel } from './operation-model.js';
export type * from './operation-model.js';

/** The bundled OpenAPI 3.1 document of the CometChat REST API v3 conversation endpoints. */
export declare const openapi: {
  readonly openapi: "3.1.0";
  readonly info: { readonly title: string; readonly version: string; readonly [key: string]: unknown };
  readonly paths: { readonly [path: string]: Record<string, unknown> };
  readonly components: { readonly schemas: { readonly [name in "Conversation" | "ConversationBase" | "UserConversation" | "GroupConversation" | "ConversationType" | "UnreadMessageCount" | "UnixTimestamp" | "Tags" | "User" | "Group" | "GroupType" | "GroupMemberScope" | "Message" | "MessageId" | "MessageCategory" | "ReceiverType" | "MessageData" | "MessageEntities" | "Entity" | "UserEntity" | "GroupEntity" | "MessageEntity" | "CallEntity" | "Pagination" | "Cursor" | "ListMeta" | "ConversationList" | "SingleConversation" | "ActionResult" | "CometChatErrorBody" | "CometChatError" | "ErrorCode" | "UpdateConversationRequest" | "ResetUserConversationRequest" | "MarkConversationRequest" | "MarkConversationUnreadRequest" | "MessageIdInput" | "ResetGroupConversationRequest" | "SingleUserConversation" | "SingleGroupConversation" | "ConversationReference" | "UserConversationReference" | "GroupConversationReference" | "PinnedUserConversation" | "PinnedGroupConversation" | "PinnedConversation" | "UserPinResult" | "GroupPinResult" | "PinnedConversationList" | "PinnedConversationTarget" | "UpdatePinnedConversationsRequest"]: Record<string, unknown> }; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
};
/** Every operation of `openapi`: method, path, parameters, body, responses, retry safety, pagination, result. */
export declare const operationModel: OperationModel;
export default openapi;
