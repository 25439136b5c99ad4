// Generated from spec/ by `pnpm generate` (scripts/codegen/src/generate-client.ts). Do not edit.
// Edit the spec, then run `pnpm generate`.
import type { components, operations } from '@cometchat-rest/models';
import {
  type APIPromise,
  type ActionResult,
  type ConversationPagePromise,
  type Core,
  type OnBehalfOfParam,
  type OperationSpec,
  type RequestOptions,
  type Rule,
  type ServerInfo,
  actionResult,
  itemResult,
  optionalBody,
  pageResult,
  pick,
  prepare,
} from '../core/index.ts';

type Schemas = components["schemas"];

/** The URL template of CometChat's REST API. */
export const SERVER_URL = "https://{appId}.api-{region}.cometchat.io/v3";
/** The regions CometChat's REST API is served from. */
export const REGIONS = ["us","eu","in"] as const;
/** Where the API is served, for the core. */
export const SERVER: ServerInfo = { url: SERVER_URL, regions: REGIONS };

/** The spec's constraints on parameters and body fields, each distinct one once (scripts/codegen/src/client-rules.ts). */
const rule1: Rule = {"type":"string","min":1,"max":100};
const rule2: Rule = {"type":"string","min":1};
const rule3: Rule = {"type":"string","enum":["user","group"]};
const rule4: Rule = {"type":"boolean"};
const rule5: Rule = {"type":"array","min":1,"items":{"type":"string","min":1,"max":100,"noComma":true}};
const rule6: Rule = {"type":"array","min":1,"items":{"type":"string","min":1,"noComma":true}};
const rule7: Rule = {"type":"integer","min":1,"max":1000};
const rule8: Rule = {"type":"integer","min":1};
const rule9: Rule = {"type":"array","max":25,"items":{"type":"string","max":100}};
const rule10: Rule = {"type":"string"};

/** What the core checks each call against. */
const SPECS = {
  "listConversations": {
    operationId: "listConversations",
    queryParams: ["searchKey","conversationType","withTags","tags","withUserAndGroupTags","userTags","groupTags","unread","perPage","page"],
    onBehalfOf: "optional",
    rules: { onBehalfOf: rule1, searchKey: rule2, conversationType: rule3, withTags: rule4, tags: rule5, withUserAndGroupTags: rule4, userTags: rule6, groupTags: rule6, unread: rule4, perPage: rule7, page: rule8 },
    retrySafe: true,
    pagination: {"pageParameter":"page","sizeParameter":"perPage","items":"/data","meta":"/meta/pagination"},
  },
  "getConversation": {
    operationId: "getConversation",
    pathParams: ["conversationId"],
    onBehalfOf: "required",
    rules: { conversationId: rule2, onBehalfOf: rule1 },
    retrySafe: true,
  },
  "deleteConversation": {
    operationId: "deleteConversation",
    pathParams: ["conversationId"],
    onBehalfOf: "required",
    rules: { conversationId: rule2, onBehalfOf: rule1 },
    retrySafe: false,
  },
  "getUserConversation": {
    operationId: "getUserConversation",
    pathParams: ["uid"],
    onBehalfOf: "required",
    rules: { uid: rule1, onBehalfOf: rule1 },
    retrySafe: true,
  },
  "updateUserConversation": {
    operationId: "updateUserConversation",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["tags"],
    requiredBodyFields: ["tags"],
    rules: { uid: rule1, onBehalfOf: rule1, tags: rule9 },
    retrySafe: true,
  },
  "resetUserConversation": {
    operationId: "resetUserConversation",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["conversationWith","deleteMessagesPermanently"],
    rules: { uid: rule1, onBehalfOf: rule1, conversationWith: rule10, deleteMessagesPermanently: rule4 },
    retrySafe: false,
  },
  "markUserConversationAsDelivered": {
    operationId: "markUserConversationAsDelivered",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { uid: rule1, onBehalfOf: rule1, messageId: rule8 },
    retrySafe: true,
  },
  "markUserConversationAsRead": {
    operationId: "markUserConversationAsRead",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { uid: rule1, onBehalfOf: rule1, messageId: rule8 },
    retrySafe: true,
  },
  "markUserConversationAsUnread": {
    operationId: "markUserConversationAsUnread",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    requiredBodyFields: ["messageId"],
    rules: { uid: rule1, onBehalfOf: rule1, messageId: rule8 },
    retrySafe: true,
  },
  "getGroupConversation": {
    operationId: "getGroupConversation",
    pathParams: ["guid"],
    onBehalfOf: "required",
    rules: { guid: rule1, onBehalfOf: rule1 },
    retrySafe: true,
  },
  "updateGroupConversation": {
    operationId: "updateGroupConversation",
    pathParams: ["guid"],
    onBehalfOf: "required",
    bodyFields: ["tags"],
    requiredBodyFields: ["tags"],
    rules: { guid: rule1, onBehalfOf: rule1, tags: rule9 },
    retrySafe: true,
  },
  "resetGroupConversation": {
    operationId: "resetGroupConversation",
    pathParams: ["guid"],
    onBehalfOf: "required",
    rules: { guid: rule1, onBehalfOf: rule1 },
    retrySafe: false,
  },
  "markGroupConversationAsDelivered": {
    operationId: "markGroupConversationAsDelivered",
    pathParams: ["guid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { guid: rule1, onBehalfOf: rule1, messageId: rule8 },
    retrySafe: true,
  },
  "markGroupConversationAsRead": {
    operationId: "markGroupConversationAsRead",
    pathParams: ["guid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { guid: rule1, onBehalfOf: rule1, messageId: rule8 },
    retrySafe: true,
  },
  "markGroupConversationAsUnread": {
    operationId: "markGroupConversationAsUnread",
    pathParams: ["guid"],
    onBehalfOf: "optional",
    bodyFields: ["messageId"],
    requiredBodyFields: ["messageId"],
    rules: { guid: rule1, onBehalfOf: rule1, messageId: rule8 },
    retrySafe: true,
  },
} as const satisfies Record<keyof operations, OperationSpec>;

/** The parameters of `listConversations`. */
export type ListConversationsParams<D extends boolean = false> = {
  /**
   * Only conversations whose user or group name contains this text. A plan-gated feature ("Conversation & Advanced Search").
   */
  searchKey?: NonNullable<operations["listConversations"]["parameters"]["query"]>["searchKey"];
  /**
   * Only conversations of this kind.
   */
  conversationType?: NonNullable<operations["listConversations"]["parameters"]["query"]>["conversationType"];
  /**
   * Include each conversation's own `tags`. (CometChat's text says "groups that have tags"; it means conversation tags.)
   */
  withTags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["withTags"];
  /**
   * Only conversations tagged with at least one of these tags. Sent comma-separated (`tags=a,b`). (CometChat's text says "groups"; it means conversation tags.) Some generated clients (orval 7, swagger-typescript-api) send the parameter repeated instead (`tags=a&tags=b`) although this is `explode: false`; `@cometchat-rest/mock` accepts both forms (CometChat documents only the comma-separated one).
   */
  tags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["tags"];
  /**
   * Include the user's or group's own `tags` in each `conversationWith`.
   */
  withUserAndGroupTags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["withUserAndGroupTags"];
  /**
   * Only conversations whose user (`conversationWith`) has at least one of these tags. Sent comma-separated. Some generated clients (orval 7, swagger-typescript-api) send the parameter repeated instead (`userTags=a&userTags=b`) although this is `explode: false`; `@cometchat-rest/mock` accepts both forms (CometChat documents only the comma-separated one).
   */
  userTags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["userTags"];
  /**
   * Only conversations whose group (`conversationWith`) has at least one of these tags. Sent comma-separated. Some generated clients (orval 7, swagger-typescript-api) send the parameter repeated instead (`groupTags=a&groupTags=b`) although this is `explode: false`; `@cometchat-rest/mock` accepts both forms (CometChat documents only the comma-separated one).
   */
  groupTags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["groupTags"];
  /**
   * Only conversations with unread messages (`unreadMessageCount` above 0).
   */
  unread?: NonNullable<operations["listConversations"]["parameters"]["query"]>["unread"];
  /**
   * How many conversations a page holds. (CometChat's file writes the default as the string `"100"`.)
   */
  perPage?: NonNullable<operations["listConversations"]["parameters"]["query"]>["perPage"];
  /**
   * Which page to return, from 1.
   */
  page?: NonNullable<operations["listConversations"]["parameters"]["query"]>["page"];
} & OnBehalfOfParam<"optional", D>;

/** The parameters of `getConversation`. */
export type GetConversationParams<D extends boolean = false> = {
  /**
   * The conversation's id (`group_{guid}` or `{uidA}_user_{uidB}`).
   */
  conversationId: NonNullable<operations["getConversation"]["parameters"]["path"]>["conversationId"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `deleteConversation`. */
export type DeleteConversationParams<D extends boolean = false> = {
  /**
   * The conversation's id (`group_{guid}` or `{uidA}_user_{uidB}`).
   */
  conversationId: NonNullable<operations["deleteConversation"]["parameters"]["path"]>["conversationId"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `getUserConversation`. */
export type GetUserConversationParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["getUserConversation"]["parameters"]["path"]>["uid"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `updateUserConversation`. */
export type UpdateUserConversationParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["updateUserConversation"]["parameters"]["path"]>["uid"];
  /**
   * Tags on a conversation. At most 25 tags of at most 100 characters each (UTF8mb4).
   */
  tags: NonNullable<operations["updateUserConversation"]["requestBody"]>["content"]["application/json"]["tags"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `resetUserConversation`. */
export type ResetUserConversationParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["resetUserConversation"]["parameters"]["path"]>["uid"];
  /**
   * UID of the other user of the conversation (the docs do not say how it relates to the path `uid`).
   */
  conversationWith?: NonNullable<NonNullable<operations["resetUserConversation"]["requestBody"]>["content"]["application/json"]["conversationWith"]>;
  /**
   * Also delete the conversation's messages permanently, for everyone.
   */
  deleteMessagesPermanently?: NonNullable<NonNullable<operations["resetUserConversation"]["requestBody"]>["content"]["application/json"]["deleteMessagesPermanently"]>;
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markUserConversationAsDelivered`. */
export type MarkUserConversationAsDeliveredParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["markUserConversationAsDelivered"]["parameters"]["path"]>["uid"];
  /**
   * The id of the message up to which the conversation is marked. An integer, although responses send message ids as strings.
   */
  messageId?: NonNullable<NonNullable<operations["markUserConversationAsDelivered"]["requestBody"]>["content"]["application/json"]["messageId"]>;
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markUserConversationAsRead`. */
export type MarkUserConversationAsReadParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["markUserConversationAsRead"]["parameters"]["path"]>["uid"];
  /**
   * The id of the message up to which the conversation is marked. An integer, although responses send message ids as strings.
   */
  messageId?: NonNullable<NonNullable<operations["markUserConversationAsRead"]["requestBody"]>["content"]["application/json"]["messageId"]>;
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markUserConversationAsUnread`. */
export type MarkUserConversationAsUnreadParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["markUserConversationAsUnread"]["parameters"]["path"]>["uid"];
  /**
   * The id of the message after which messages are marked unread. An integer, although responses send message ids as strings.
   */
  messageId: NonNullable<operations["markUserConversationAsUnread"]["requestBody"]>["content"]["application/json"]["messageId"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `getGroupConversation`. */
export type GetGroupConversationParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["getGroupConversation"]["parameters"]["path"]>["guid"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `updateGroupConversation`. */
export type UpdateGroupConversationParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["updateGroupConversation"]["parameters"]["path"]>["guid"];
  /**
   * Tags on a conversation. At most 25 tags of at most 100 characters each (UTF8mb4).
   */
  tags: NonNullable<operations["updateGroupConversation"]["requestBody"]>["content"]["application/json"]["tags"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `resetGroupConversation`. */
export type ResetGroupConversationParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["resetGroupConversation"]["parameters"]["path"]>["guid"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markGroupConversationAsDelivered`. */
export type MarkGroupConversationAsDeliveredParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["markGroupConversationAsDelivered"]["parameters"]["path"]>["guid"];
  /**
   * The id of the message up to which the conversation is marked. An integer, although responses send message ids as strings.
   */
  messageId?: NonNullable<NonNullable<operations["markGroupConversationAsDelivered"]["requestBody"]>["content"]["application/json"]["messageId"]>;
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markGroupConversationAsRead`. */
export type MarkGroupConversationAsReadParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["markGroupConversationAsRead"]["parameters"]["path"]>["guid"];
  /**
   * The id of the message up to which the conversation is marked. An integer, although responses send message ids as strings.
   */
  messageId?: NonNullable<NonNullable<operations["markGroupConversationAsRead"]["requestBody"]>["content"]["application/json"]["messageId"]>;
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markGroupConversationAsUnread`. */
export type MarkGroupConversationAsUnreadParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["markGroupConversationAsUnread"]["parameters"]["path"]>["guid"];
  /**
   * The id of the message after which messages are marked unread. An integer, although responses send message ids as strings.
   */
  messageId: NonNullable<operations["markGroupConversationAsUnread"]["requestBody"]>["content"]["application/json"]["messageId"];
} & OnBehalfOfParam<"optional", D>;

/** One method per operation of the spec. `D` is true when the client has a default `onBehalfOf`. */
export interface OperationMethods<D extends boolean = false> {
  /**
   * List conversations
   *
   * Lists conversations, one page at a time. With `onBehalfOf`, the conversations of that user,
   * most recently updated first; without it, every user's conversations, ordered by user, then by
   * update time. Filters combine with AND.
   *
   * Await it for one page (`{ data, meta }`), or iterate it with `for await` for every item of every page, fetched lazily.
   *
   * `GET /conversations`
   */
  listConversations(params?: ListConversationsParams<D>, options?: RequestOptions): ConversationPagePromise<Schemas["Conversation"], operations["listConversations"]["responses"][200]["content"]["application/json"]>;

  /**
   * Get conversation
   *
   * Gets one conversation by its id, as `onBehalfOf` sees it. Deprecated by CometChat: use
   * `getUserConversation` or `getGroupConversation`. Only the deprecated operations return
   * `ERR_CONVERSATION_NOT_FOUND`.
   *
   * `GET /conversations/{conversationId}`
   *
   * @deprecated CometChat deprecated this operation. Use {@link getUserConversation} or {@link getGroupConversation} instead.
   */
  getConversation(params: GetConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["Conversation"]>;

  /**
   * Delete conversation
   *
   * Deletes a conversation. Deprecated by CometChat: use `resetUserConversation` or
   * `resetGroupConversation`. CometChat's example answer says the conversation was deleted "for all
   * the users".
   *
   * `DELETE /conversations/{conversationId}`
   *
   * @deprecated CometChat deprecated this operation. Use {@link resetUserConversation} or {@link resetGroupConversation} instead.
   */
  deleteConversation(params: DeleteConversationParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Get user conversation
   *
   * Gets the conversation of `onBehalfOf` with the user `uid`.
   *
   * `GET /users/{uid}/conversation`
   */
  getUserConversation(params: GetUserConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["Conversation"]>;

  /**
   * Update user conversation
   *
   * Replaces the tags of the conversation of `onBehalfOf` with the user `uid`. Tags belong to that user's
   * view of the conversation only.
   *
   * `PUT /users/{uid}/conversation`
   */
  updateUserConversation(params: UpdateUserConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["Conversation"]>;

  /**
   * Reset user conversation
   *
   * Resets the conversation of `onBehalfOf` with the user `uid`: it leaves that user's conversation
   * list (and its unread count goes), the messages stay unless `deleteMessagesPermanently` is true,
   * and it comes back with the next message. CometChat's overview calls this "reset unread count";
   * its answer says the conversation "has been deleted successfully for UID ...".
   *
   * `DELETE /users/{uid}/conversation`
   */
  resetUserConversation(params: ResetUserConversationParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Mark user conversation as delivered
   *
   * Marks the messages `uid` sent to `onBehalfOf` as delivered to `onBehalfOf`: all of them, or
   * up to `messageId`. CometChat's example answer spells its text key `Message`.
   *
   * `POST /users/{uid}/conversation/delivered`
   */
  markUserConversationAsDelivered(params: MarkUserConversationAsDeliveredParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Mark user conversation as read
   *
   * Marks the messages `uid` sent to `onBehalfOf` as read by `onBehalfOf`: all of them, or up to
   * `messageId`. CometChat's example answer spells its text key `Message`.
   *
   * `POST /users/{uid}/conversation/read`
   */
  markUserConversationAsRead(params: MarkUserConversationAsReadParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Mark user conversation as unread
   *
   * Marks the messages `uid` sent to `onBehalfOf` after `messageId` as unread for `onBehalfOf`.
   *
   * `DELETE /users/{uid}/conversation/read`
   */
  markUserConversationAsUnread(params: MarkUserConversationAsUnreadParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Get group conversation
   *
   * Gets the conversation of `onBehalfOf` with the group `guid`.
   *
   * `GET /groups/{guid}/conversation`
   */
  getGroupConversation(params: GetGroupConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["Conversation"]>;

  /**
   * Update group conversation
   *
   * Replaces the tags of the conversation of `onBehalfOf` with the group `guid`. Tags belong to that user's
   * view of the conversation only.
   *
   * `PUT /groups/{guid}/conversation`
   */
  updateGroupConversation(params: UpdateGroupConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["Conversation"]>;

  /**
   * Reset group conversation
   *
   * Resets the group conversation for `onBehalfOf`: it leaves that user's conversation list until
   * the next message. No request body is documented. (CometChat's example answer names a user
   * conversation: a copy from the user operation.)
   *
   * `DELETE /groups/{guid}/conversation`
   */
  resetGroupConversation(params: ResetGroupConversationParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Mark group conversation as delivered
   *
   * Marks the group's messages as delivered to `onBehalfOf`: all of them, or up to `messageId`.
   *
   * `POST /groups/{guid}/conversation/delivered`
   */
  markGroupConversationAsDelivered(params: MarkGroupConversationAsDeliveredParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Mark group conversation as read
   *
   * Marks the group's messages as read by `onBehalfOf`: all of them, or up to `messageId`.
   *
   * `POST /groups/{guid}/conversation/read`
   */
  markGroupConversationAsRead(params: MarkGroupConversationAsReadParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Mark group conversation as unread
   *
   * Marks the group's messages after `messageId` as unread for `onBehalfOf`. CometChat declares no
   * `onBehalfOf` header for this operation alone, while every sibling requires it: most likely an
   * omission in its docs. It is optional here so that what the docs show stays valid; send it.
   * Without it, `@cometchat-rest/mock` marks the messages unread for every member of the group (the
   * app as a whole); what CometChat does then is not documented.
   *
   * `DELETE /groups/{guid}/conversation/read`
   */
  markGroupConversationAsUnread(params: MarkGroupConversationAsUnreadParams<D>, options?: RequestOptions): APIPromise<ActionResult>;
}

/** The methods, each sending its typed request through `core`. */
export function createOperationMethods(core: Core): OperationMethods<true> {
  return {
    listConversations: (params, options) =>
      pageResult<Schemas["Conversation"], operations["listConversations"]["responses"][200]["content"]["application/json"]>(prepare(core, SPECS["listConversations"], params, options, (p, init) => core.raw.GET("/conversations", { ...init, params: { query: pick(p, SPECS["listConversations"].queryParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    getConversation: (params, options) =>
      itemResult<Schemas["Conversation"]>(prepare(core, SPECS["getConversation"], params, options, (p, init) => core.raw.GET("/conversations/{conversationId}", { ...init, params: { path: pick(p, SPECS["getConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    deleteConversation: (params, options) =>
      actionResult(prepare(core, SPECS["deleteConversation"], params, options, (p, init) => core.raw.DELETE("/conversations/{conversationId}", { ...init, params: { path: pick(p, SPECS["deleteConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    getUserConversation: (params, options) =>
      itemResult<Schemas["Conversation"]>(prepare(core, SPECS["getUserConversation"], params, options, (p, init) => core.raw.GET("/users/{uid}/conversation", { ...init, params: { path: pick(p, SPECS["getUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    updateUserConversation: (params, options) =>
      itemResult<Schemas["Conversation"]>(prepare(core, SPECS["updateUserConversation"], params, options, (p, init) => core.raw.PUT("/users/{uid}/conversation", { ...init, params: { path: pick(p, SPECS["updateUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["updateUserConversation"].bodyFields) }))),
    resetUserConversation: (params, options) =>
      actionResult(prepare(core, SPECS["resetUserConversation"], params, options, (p, init) => core.raw.DELETE("/users/{uid}/conversation", { ...init, params: { path: pick(p, SPECS["resetUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["resetUserConversation"].bodyFields) }))),
    markUserConversationAsDelivered: (params, options) =>
      actionResult(prepare(core, SPECS["markUserConversationAsDelivered"], params, options, (p, init) => core.raw.POST("/users/{uid}/conversation/delivered", { ...init, params: { path: pick(p, SPECS["markUserConversationAsDelivered"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markUserConversationAsDelivered"].bodyFields) }))),
    markUserConversationAsRead: (params, options) =>
      actionResult(prepare(core, SPECS["markUserConversationAsRead"], params, options, (p, init) => core.raw.POST("/users/{uid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markUserConversationAsRead"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markUserConversationAsRead"].bodyFields) }))),
    markUserConversationAsUnread: (params, options) =>
      actionResult(prepare(core, SPECS["markUserConversationAsUnread"], params, options, (p, init) => core.raw.DELETE("/users/{uid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markUserConversationAsUnread"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["markUserConversationAsUnread"].bodyFields) }))),
    getGroupConversation: (params, options) =>
      itemResult<Schemas["Conversation"]>(prepare(core, SPECS["getGroupConversation"], params, options, (p, init) => core.raw.GET("/groups/{guid}/conversation", { ...init, params: { path: pick(p, SPECS["getGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    updateGroupConversation: (params, options) =>
      itemResult<Schemas["Conversation"]>(prepare(core, SPECS["updateGroupConversation"], params, options, (p, init) => core.raw.PUT("/groups/{guid}/conversation", { ...init, params: { path: pick(p, SPECS["updateGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["updateGroupConversation"].bodyFields) }))),
    resetGroupConversation: (params, options) =>
      actionResult(prepare(core, SPECS["resetGroupConversation"], params, options, (p, init) => core.raw.DELETE("/groups/{guid}/conversation", { ...init, params: { path: pick(p, SPECS["resetGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    markGroupConversationAsDelivered: (params, options) =>
      actionResult(prepare(core, SPECS["markGroupConversationAsDelivered"], params, options, (p, init) => core.raw.POST("/groups/{guid}/conversation/delivered", { ...init, params: { path: pick(p, SPECS["markGroupConversationAsDelivered"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markGroupConversationAsDelivered"].bodyFields) }))),
    markGroupConversationAsRead: (params, options) =>
      actionResult(prepare(core, SPECS["markGroupConversationAsRead"], params, options, (p, init) => core.raw.POST("/groups/{guid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markGroupConversationAsRead"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markGroupConversationAsRead"].bodyFields) }))),
    markGroupConversationAsUnread: (params, options) =>
      actionResult(prepare(core, SPECS["markGroupConversationAsUnread"], params, options, (p, init) => core.raw.DELETE("/groups/{guid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markGroupConversationAsUnread"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["markGroupConversationAsUnread"].bodyFields) }))),
  };
}
