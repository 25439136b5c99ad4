// The face of @cometchat-rest/client.
export { createCometChatClient, type ClientExtras, type ClientOptions, type CometChatClient, type Region, type SetsOnBehalfOf } from './client.ts';
export { APIPromise, type WithResponse } from './core/api-promise.ts';
export { ConversationPagePromise } from './core/pagination.ts';
export type { DerivedOptions, OptionalOnBehalfOf, RequestOptions, RequiredOnBehalfOf } from './core/options.ts';
export type { Logger, LogLevel } from './core/logging.ts';
export type { ActionResult, ConversationPage } from './core/results.ts';
export {
  CometChatError,
  CometChatAPIError,
  CometChatBadRequestError,
  CometChatAuthenticationError,
  CometChatPermissionDeniedError,
  CometChatNotFoundError,
  CometChatRateLimitError,
  CometChatServerError,
  CometChatInvalidResponseError,
  CometChatConnectionError,
  CometChatTimeoutError,
  CometChatAbortError,
  CometChatArgumentError,
  isCometChatError,
  type AnyCometChatError,
} from './core/errors.ts';
export { REGIONS } from './generated/operations.ts';
export type * from './generated/operations.ts';
export type { Conversation, UserConversation, GroupConversation, Message, User, Group, Pagination } from '@cometchat-rest/models';
