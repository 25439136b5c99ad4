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
  itemsResult,
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
const rule5: Rule = {"type":"array","min":1,"items":{"type":"string","min":1,"max":100,"pattern":"^[^,]*$","noComma":true}};
const rule6: Rule = {"type":"array","min":1,"items":{"type":"string","min":1,"pattern":"^[^,]*$","noComma":true}};
const rule7: Rule = {"type":"integer","min":1,"max":1000};
const rule8: Rule = {"type":"integer","min":1};
const rule9: Rule = {"type":"integer","enum":[0,1]};
const rule10: Rule = {"type":"array","min":1,"items":{"type":"string","enum":["me","system"],"noComma":true}};
const rule11: Rule = {"type":"array","items":{"type":"object","any":[{"type":"object","props":{"uid":{"type":"string","min":1,"max":100}},"required":["uid"]},{"type":"object","props":{"guid":{"type":"string","min":1,"max":100}},"required":["guid"]}]}};
const rule12: Rule = {"type":"string","min":1,"max":206};
const rule13: Rule = {"type":"array","max":25,"items":{"type":"string","max":100}};
const rule14: Rule = {"type":"string"};
const rule15: Rule = {"any":[{"type":"integer","min":1},{"type":"string","pattern":"^[1-9][0-9]{0,15}$"}]};

/** What the core checks each call against. */
const SPECS = {
  "listConversations": {
    operationId: "listConversations",
    queryParams: ["searchKey","conversationType","withTags","tags","withUserAndGroupTags","includeBlockedUsers","withBlockedInfo","userTags","groupTags","unread","perPage","page","hideAgentic","onlyAgentic","useCursoredIndex","unique","pinnedBy"],
    onBehalfOf: "optional",
    rules: { onBehalfOf: rule1, searchKey: rule2, conversationType: rule3, withTags: rule4, tags: rule5, withUserAndGroupTags: rule4, includeBlockedUsers: rule4, withBlockedInfo: rule4, userTags: rule6, groupTags: rule6, unread: rule4, perPage: rule7, page: rule8, hideAgentic: rule4, onlyAgentic: rule4, useCursoredIndex: rule9, unique: rule9, pinnedBy: rule10 },
    retrySafe: true,
    pagination: {"pageParameter":"page","sizeParameter":"perPage","items":"/data","meta":"/meta/pagination"},
  },
  "listPinnedConversations": {
    operationId: "listPinnedConversations",
    onBehalfOf: "none",
    rules: {  },
    retrySafe: true,
  },
  "updatePinnedConversations": {
    operationId: "updatePinnedConversations",
    onBehalfOf: "none",
    bodyFields: ["pinnedConversations"],
    requiredBodyFields: ["pinnedConversations"],
    rules: { pinnedConversations: rule11 },
    retrySafe: true,
  },
  "getConversation": {
    operationId: "getConversation",
    pathParams: ["conversationId"],
    onBehalfOf: "required",
    rules: { conversationId: rule12, onBehalfOf: rule1 },
    retrySafe: true,
  },
  "deleteConversation": {
    operationId: "deleteConversation",
    pathParams: ["conversationId"],
    onBehalfOf: "required",
    rules: { conversationId: rule12, onBehalfOf: rule1 },
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
    rules: { uid: rule1, onBehalfOf: rule1, tags: rule13 },
    retrySafe: true,
  },
  "resetUserConversation": {
    operationId: "resetUserConversation",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["conversationWith","deleteMessagesPermanently","preserveOrder"],
    rules: { uid: rule1, onBehalfOf: rule1, conversationWith: rule14, deleteMessagesPermanently: rule4, preserveOrder: rule4 },
    retrySafe: false,
  },
  "markUserConversationAsDelivered": {
    operationId: "markUserConversationAsDelivered",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { uid: rule1, onBehalfOf: rule1, messageId: rule15 },
    retrySafe: true,
  },
  "markUserConversationAsRead": {
    operationId: "markUserConversationAsRead",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { uid: rule1, onBehalfOf: rule1, messageId: rule15 },
    retrySafe: true,
  },
  "markUserConversationAsUnread": {
    operationId: "markUserConversationAsUnread",
    pathParams: ["uid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    requiredBodyFields: ["messageId"],
    rules: { uid: rule1, onBehalfOf: rule1, messageId: rule15 },
    retrySafe: true,
  },
  "pinUserConversation": {
    operationId: "pinUserConversation",
    pathParams: ["uid"],
    onBehalfOf: "required",
    rules: { uid: rule1, onBehalfOf: rule1 },
    retrySafe: true,
  },
  "unpinUserConversation": {
    operationId: "unpinUserConversation",
    pathParams: ["uid"],
    onBehalfOf: "required",
    rules: { uid: rule1, onBehalfOf: rule1 },
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
    rules: { guid: rule1, onBehalfOf: rule1, tags: rule13 },
    retrySafe: true,
  },
  "resetGroupConversation": {
    operationId: "resetGroupConversation",
    pathParams: ["guid"],
    onBehalfOf: "required",
    bodyFields: ["preserveOrder"],
    rules: { guid: rule1, onBehalfOf: rule1, preserveOrder: rule4 },
    retrySafe: false,
  },
  "markGroupConversationAsDelivered": {
    operationId: "markGroupConversationAsDelivered",
    pathParams: ["guid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { guid: rule1, onBehalfOf: rule1, messageId: rule15 },
    retrySafe: true,
  },
  "markGroupConversationAsRead": {
    operationId: "markGroupConversationAsRead",
    pathParams: ["guid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    rules: { guid: rule1, onBehalfOf: rule1, messageId: rule15 },
    retrySafe: true,
  },
  "markGroupConversationAsUnread": {
    operationId: "markGroupConversationAsUnread",
    pathParams: ["guid"],
    onBehalfOf: "required",
    bodyFields: ["messageId"],
    requiredBodyFields: ["messageId"],
    rules: { guid: rule1, onBehalfOf: rule1, messageId: rule15 },
    retrySafe: true,
  },
  "pinGroupConversation": {
    operationId: "pinGroupConversation",
    pathParams: ["guid"],
    onBehalfOf: "required",
    rules: { guid: rule1, onBehalfOf: rule1 },
    retrySafe: true,
  },
  "unpinGroupConversation": {
    operationId: "unpinGroupConversation",
    pathParams: ["guid"],
    onBehalfOf: "required",
    rules: { guid: rule1, onBehalfOf: rule1 },
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
   * Only conversations tagged with at least one of these tags. Sent comma-separated (`tags=a,b`); the mock also accepts the repeated form (`tags=a&tags=b`) that some generators send despite `explode: false`. A tag holding a comma cannot be sent. (CometChat's text says "groups"; it means conversation tags.)
   */
  tags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["tags"];
  /**
   * Include the user's or group's own `tags` in each `conversationWith`.
   */
  withUserAndGroupTags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["withUserAndGroupTags"];
  /**
   * Include conversations with users the acting user blocked or was blocked by. Without it (the
   * default) those conversations are left out of the list.
   */
  includeBlockedUsers?: NonNullable<operations["listConversations"]["parameters"]["query"]>["includeBlockedUsers"];
  /**
   * Add the block status to each user in `conversationWith` (`blockedByMe`, `hasBlockedMe`,
   * `blockedByMeAt`, `blockedAt`). Needs `onBehalfOf`, whose blocks they are.
   */
  withBlockedInfo?: NonNullable<operations["listConversations"]["parameters"]["query"]>["withBlockedInfo"];
  /**
   * Only conversations whose user (`conversationWith`) has at least one of these tags. Sent comma-separated (the mock also accepts repeated `name=a&name=b`); a tag holding a comma cannot be sent.
   */
  userTags?: NonNullable<operations["listConversations"]["parameters"]["query"]>["userTags"];
  /**
   * Only conversations whose group (`conversationWith`) has at least one of these tags. Sent comma-separated (the mock also accepts repeated `name=a&name=b`); a tag holding a comma cannot be sent.
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
  /**
   * Leave out agentic conversations: those with an AI agent (a user whose `role` is `@agentic`).
   * CometChat's SDK docs call it mutually exclusive with `onlyAgentic`; sending both is refused with
   * `ERR_BAD_REQUEST` (this spec's reading: CometChat's file says nothing of sending both).
   */
  hideAgentic?: NonNullable<operations["listConversations"]["parameters"]["query"]>["hideAgentic"];
  /**
   * List only agentic conversations: those with an AI agent (a user whose `role` is `@agentic`).
   * Mutually exclusive with `hideAgentic`.
   */
  onlyAgentic?: NonNullable<operations["listConversations"]["parameters"]["query"]>["onlyAgentic"];
  /**
   * `1` (the default) lets CometChat page through its cursor-based index, which it describes as more
   * efficient; `0` turns it off. Pages are still addressed by `page` and described by
   * `meta.pagination` either way: no CometChat example shows a cursor for conversations. (CometChat
   * types this one default as a number, while `perPage` and `page` have string defaults.)
   */
  useCursoredIndex?: NonNullable<operations["listConversations"]["parameters"]["query"]>["useCursoredIndex"];
  /**
   * `1` returns each conversation once instead of once per participant, for lists fetched without
   * `onBehalfOf` (CometChat: "super-admin only"). It cannot be combined with `onBehalfOf`; the pair is
   * refused with `ERR_BAD_REQUEST` (this spec's reading of "cannot be used together").
   */
  unique?: NonNullable<operations["listConversations"]["parameters"]["query"]>["unique"];
  /**
   * Only pinned conversations: `me` for the acting user's own pins, `system` for the app's global
   * pins, or both (`pinnedBy=me,system`). Not in CometChat's REST reference: CometChat's JavaScript
   * SDK sends it to the same `GET /conversations` (`ConversationsRequestBuilder.setPinnedBy`, joined
   * with commas), and its React Native docs say other values are refused with `ERR_BAD_REQUEST`.
   * `me` needs `onBehalfOf`.
   */
  pinnedBy?: NonNullable<operations["listConversations"]["parameters"]["query"]>["pinnedBy"];
} & OnBehalfOfParam<"optional", D>;

/** The parameters of `listPinnedConversations`. */
export type ListPinnedConversationsParams<D extends boolean = false> = {

} & {};

/** The parameters of `updatePinnedConversations`. */
export type UpdatePinnedConversationsParams<D extends boolean = false> = {
  /**
   * The conversations to pin at the top for every user, in display order.
   */
  pinnedConversations: NonNullable<operations["updatePinnedConversations"]["requestBody"]>["content"]["application/json"]["pinnedConversations"];
} & {};

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
   * UID of the other user. CometChat's older reference (and its rendered curl sample) sent it; the
   * newest drops it, as the path `uid` already names that user. Accepted and ignored.
   */
  conversationWith?: NonNullable<NonNullable<operations["resetUserConversation"]["requestBody"]>["content"]["application/json"]["conversationWith"]>;
  /**
   * Also delete the conversation's messages permanently, for everyone.
   */
  deleteMessagesPermanently?: NonNullable<NonNullable<operations["resetUserConversation"]["requestBody"]>["content"]["application/json"]["deleteMessagesPermanently"]>;
  /**
   * Keep the conversation where it is in the acting user's conversation list instead of taking it
   * out until the next message: it stays listed, at its position, without its messages.
   */
  preserveOrder?: NonNullable<NonNullable<operations["resetUserConversation"]["requestBody"]>["content"]["application/json"]["preserveOrder"]>;
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markUserConversationAsDelivered`. */
export type MarkUserConversationAsDeliveredParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["markUserConversationAsDelivered"]["parameters"]["path"]>["uid"];
  /**
   * A message id in a request body. CometChat's file types `messageId` as an integer; CometChat's
   * JavaScript SDK sends it as a string (`message.getId().toString()`), the form responses use. Both
   * are accepted: an integer of 1 or more, or the same as a string of digits.
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
   * A message id in a request body. CometChat's file types `messageId` as an integer; CometChat's
   * JavaScript SDK sends it as a string (`message.getId().toString()`), the form responses use. Both
   * are accepted: an integer of 1 or more, or the same as a string of digits.
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
   * A message id in a request body. CometChat's file types `messageId` as an integer; CometChat's
   * JavaScript SDK sends it as a string (`message.getId().toString()`), the form responses use. Both
   * are accepted: an integer of 1 or more, or the same as a string of digits.
   */
  messageId: NonNullable<operations["markUserConversationAsUnread"]["requestBody"]>["content"]["application/json"]["messageId"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `pinUserConversation`. */
export type PinUserConversationParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["pinUserConversation"]["parameters"]["path"]>["uid"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `unpinUserConversation`. */
export type UnpinUserConversationParams<D extends boolean = false> = {
  /**
   * UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
   * character may appear; it is percent-encoded in the path.
   */
  uid: NonNullable<operations["unpinUserConversation"]["parameters"]["path"]>["uid"];
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
  /**
   * Keep the conversation where it is in the acting user's conversation list instead of taking it
   * out until the next message: it stays listed, at its position, without its messages.
   */
  preserveOrder?: NonNullable<NonNullable<operations["resetGroupConversation"]["requestBody"]>["content"]["application/json"]["preserveOrder"]>;
} & OnBehalfOfParam<"required", D>;

/** The parameters of `markGroupConversationAsDelivered`. */
export type MarkGroupConversationAsDeliveredParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["markGroupConversationAsDelivered"]["parameters"]["path"]>["guid"];
  /**
   * A message id in a request body. CometChat's file types `messageId` as an integer; CometChat's
   * JavaScript SDK sends it as a string (`message.getId().toString()`), the form responses use. Both
   * are accepted: an integer of 1 or more, or the same as a string of digits.
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
   * A message id in a request body. CometChat's file types `messageId` as an integer; CometChat's
   * JavaScript SDK sends it as a string (`message.getId().toString()`), the form responses use. Both
   * are accepted: an integer of 1 or more, or the same as a string of digits.
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
   * A message id in a request body. CometChat's file types `messageId` as an integer; CometChat's
   * JavaScript SDK sends it as a string (`message.getId().toString()`), the form responses use. Both
   * are accepted: an integer of 1 or more, or the same as a string of digits.
   */
  messageId: NonNullable<operations["markGroupConversationAsUnread"]["requestBody"]>["content"]["application/json"]["messageId"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `pinGroupConversation`. */
export type PinGroupConversationParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["pinGroupConversation"]["parameters"]["path"]>["guid"];
} & OnBehalfOfParam<"required", D>;

/** The parameters of `unpinGroupConversation`. */
export type UnpinGroupConversationParams<D extends boolean = false> = {
  /**
   * GUID of the group whose conversation is accessed. Percent-encoded in the path.
   */
  guid: NonNullable<operations["unpinGroupConversation"]["parameters"]["path"]>["guid"];
} & OnBehalfOfParam<"required", D>;

/** One method per operation of the spec. `D` is true when the client has a default `onBehalfOf`. */
export interface OperationMethods<D extends boolean = false> {
  /**
   * List conversations
   *
   * Lists conversations, one page at a time. With `onBehalfOf`, the conversations of that user:
   * the app's global pins first (in their order), then the user's own pins, then the rest, each part
   * most recently updated first (CometChat's SDK docs: "admin-global pins first, then the user's own
   * pins, then everything else"; its REST file names only the update-time order). Without
   * `onBehalfOf`, every user's conversations, ordered by user, then by update time. Conversations
   * with blocked users are left out unless `includeBlockedUsers` is true. Filters combine with AND.
   *
   * Await it for one page (`{ data, meta }`), or iterate it with `for await` for every item of every page, fetched lazily.
   *
   * `GET /conversations`
   */
  listConversations(params?: ListConversationsParams<D>, options?: RequestOptions): ConversationPagePromise<Schemas["Conversation"], operations["listConversations"]["responses"][200]["content"]["application/json"]>;

  /**
   * List global pinned conversations
   *
   * Lists the app's global pinned conversations: those pinned at the top for every user, in display
   * order. They show in every user's list before the user's own pins (`pinnedBy: app_system`).
   *
   * `GET /conversations/pinned`
   */
  listPinnedConversations(params?: ListPinnedConversationsParams<D>, options?: RequestOptions): APIPromise<Schemas["PinnedConversation"][]>;

  /**
   * Replace global pinned conversations
   *
   * Replaces the whole global pinned list: the array is the list as it should be, in display order.
   * Conversations left out are unpinned, new ones pinned; an empty array clears the list; repeated
   * entries count once, at their first position. An app can pin up to 5 conversations globally;
   * more is refused with `ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED` and nothing changes. Pins
   * are placed by the app (no `onBehalfOf`); a user's own pin of a conversation that becomes globally
   * pinned gives way to the global one.
   *
   * `PUT /conversations/pinned`
   */
  updatePinnedConversations(params: UpdatePinnedConversationsParams<D>, options?: RequestOptions): APIPromise<Schemas["PinnedConversation"][]>;

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
   * Gets the conversation of `onBehalfOf` with the user `uid`: a one-on-one conversation, so
   * `conversationType` is `user` and `conversationWith` the user `uid`. (Every example CometChat
   * publishes for this operation shows a group conversation, copied from Get Group Conversation;
   * the examples here are this spec's own.)
   *
   * `GET /users/{uid}/conversation`
   */
  getUserConversation(params: GetUserConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["UserConversation"]>;

  /**
   * Update user conversation
   *
   * Replaces the tags of the conversation of `onBehalfOf` with the user `uid`. Tags belong to that user's
   * view of the conversation only. Answers with the one-on-one conversation (CometChat's example shows
   * a group conversation here too; the example here is this spec's own).
   *
   * `PUT /users/{uid}/conversation`
   */
  updateUserConversation(params: UpdateUserConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["UserConversation"]>;

  /**
   * Reset user conversation
   *
   * Resets the conversation of `onBehalfOf` with the user `uid`: it leaves that user's conversation
   * list (and its unread count goes), the messages stay unless `deleteMessagesPermanently` is true,
   * and it comes back with the next message. With `preserveOrder` it stays listed at its position,
   * without its messages. CometChat's overview calls this "reset unread count";
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
   * Pin user conversation
   *
   * Pins the one-on-one conversation of `onBehalfOf` with the user `uid` for `onBehalfOf` alone: it is listed at the top of
   * that user's conversations (after the app's global pins), on every device, and nobody else's
   * list changes. Idempotent: pinning again keeps the first `pinnedAt`. A user can pin up to 5
   * conversations; a sixth is refused with `ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED`, and a
   * conversation the app pinned for everyone with `ERR_SYSTEM_PINNED_CONVERSATION`. A conversation
   * without messages cannot be pinned (`ERR_CONVERSATION_NOT_ACCESSIBLE`, per CometChat's error guide
   * and React Native docs; its JavaScript and Flutter docs say it can: this spec follows the error
   * guide). Needs the app's conversation pin feature (`ERR_FEATURE_NOT_ACCESSIBLE` otherwise).
   * Answers with the conversation and its pin: CometChat's file shows only `conversationId`,
   * `conversationType`, `pinnedBy` and `pinnedAt`; its SDK docs say the whole conversation.
   *
   * `POST /users/{uid}/conversation/pin`
   */
  pinUserConversation(params: PinUserConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["PinnedUserConversation"]>;

  /**
   * Unpin user conversation
   *
   * Removes the pin `onBehalfOf` put on the one-on-one conversation with the user `uid`. Idempotent: unpinning a
   * conversation that is not pinned succeeds. A global pin (the app's) cannot be removed this way:
   * `ERR_SYSTEM_PINNED_CONVERSATION`. The answer leaves out `pinnedBy` and `pinnedAt`.
   *
   * `DELETE /users/{uid}/conversation/pin`
   */
  unpinUserConversation(params: UnpinUserConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["PinnedUserConversation"]>;

  /**
   * Get group conversation
   *
   * Gets the conversation of `onBehalfOf` with the group `guid`.
   *
   * `GET /groups/{guid}/conversation`
   */
  getGroupConversation(params: GetGroupConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["GroupConversation"]>;

  /**
   * Update group conversation
   *
   * Replaces the tags of the conversation of `onBehalfOf` with the group `guid`. Tags belong to that user's
   * view of the conversation only.
   *
   * `PUT /groups/{guid}/conversation`
   */
  updateGroupConversation(params: UpdateGroupConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["GroupConversation"]>;

  /**
   * Reset group conversation
   *
   * Resets the group conversation for `onBehalfOf`: it leaves that user's conversation list until
   * the next message, or with `preserveOrder` stays listed at its position without its messages.
   * CometChat's older file documented no request body; its newest adds `preserveOrder`. (CometChat's
   * example answer names a user conversation: a copy from the user operation.)
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
   * Marks the group's messages after `messageId` as unread for `onBehalfOf`, the group member whose
   * view it is. `onBehalfOf` is required, as CometChat's newest file declares (its older file
   * declared no `onBehalfOf` for this operation alone, which no request could work without: the
   * messages are unread for someone).
   *
   * `DELETE /groups/{guid}/conversation/read`
   */
  markGroupConversationAsUnread(params: MarkGroupConversationAsUnreadParams<D>, options?: RequestOptions): APIPromise<ActionResult>;

  /**
   * Pin group conversation
   *
   * Pins the group conversation of `onBehalfOf` with the group `guid` for `onBehalfOf` alone: it is listed at the top of
   * that user's conversations (after the app's global pins), on every device, and nobody else's
   * list changes. Idempotent: pinning again keeps the first `pinnedAt`. A user can pin up to 5
   * conversations; a sixth is refused with `ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED`, and a
   * conversation the app pinned for everyone with `ERR_SYSTEM_PINNED_CONVERSATION`. A conversation
   * without messages cannot be pinned (`ERR_CONVERSATION_NOT_ACCESSIBLE`, per CometChat's error guide
   * and React Native docs; its JavaScript and Flutter docs say it can: this spec follows the error
   * guide). Needs the app's conversation pin feature (`ERR_FEATURE_NOT_ACCESSIBLE` otherwise).
   * Answers with the conversation and its pin: CometChat's file shows only `conversationId`,
   * `conversationType`, `pinnedBy` and `pinnedAt`; its SDK docs say the whole conversation.
   *
   * `POST /groups/{guid}/conversation/pin`
   */
  pinGroupConversation(params: PinGroupConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["PinnedGroupConversation"]>;

  /**
   * Unpin group conversation
   *
   * Removes the pin `onBehalfOf` put on the group conversation with the group `guid`. Idempotent: unpinning a
   * conversation that is not pinned succeeds. A global pin (the app's) cannot be removed this way:
   * `ERR_SYSTEM_PINNED_CONVERSATION`. The answer leaves out `pinnedBy` and `pinnedAt`.
   *
   * `DELETE /groups/{guid}/conversation/pin`
   */
  unpinGroupConversation(params: UnpinGroupConversationParams<D>, options?: RequestOptions): APIPromise<Schemas["PinnedGroupConversation"]>;
}

/** The methods, each sending its typed request through `core`. */
export function createOperationMethods(core: Core): OperationMethods<true> {
  return {
    listConversations: (params, options) =>
      pageResult<Schemas["Conversation"], operations["listConversations"]["responses"][200]["content"]["application/json"]>(prepare(core, SPECS["listConversations"], params, options, (p, init) => core.raw.GET("/conversations", { ...init, params: { query: pick(p, SPECS["listConversations"].queryParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    listPinnedConversations: (params, options) =>
      itemsResult<Schemas["PinnedConversation"]>(prepare(core, SPECS["listPinnedConversations"], params, options, (p, init) => core.raw.GET("/conversations/pinned", { ...init, params: {  } }))),
    updatePinnedConversations: (params, options) =>
      itemsResult<Schemas["PinnedConversation"]>(prepare(core, SPECS["updatePinnedConversations"], params, options, (p, init) => core.raw.PUT("/conversations/pinned", { ...init, params: {  }, body: pick(p, SPECS["updatePinnedConversations"].bodyFields) }))),
    getConversation: (params, options) =>
      itemResult<Schemas["Conversation"]>(prepare(core, SPECS["getConversation"], params, options, (p, init) => core.raw.GET("/conversations/{conversationId}", { ...init, params: { path: pick(p, SPECS["getConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    deleteConversation: (params, options) =>
      actionResult(prepare(core, SPECS["deleteConversation"], params, options, (p, init) => core.raw.DELETE("/conversations/{conversationId}", { ...init, params: { path: pick(p, SPECS["deleteConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    getUserConversation: (params, options) =>
      itemResult<Schemas["UserConversation"]>(prepare(core, SPECS["getUserConversation"], params, options, (p, init) => core.raw.GET("/users/{uid}/conversation", { ...init, params: { path: pick(p, SPECS["getUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    updateUserConversation: (params, options) =>
      itemResult<Schemas["UserConversation"]>(prepare(core, SPECS["updateUserConversation"], params, options, (p, init) => core.raw.PUT("/users/{uid}/conversation", { ...init, params: { path: pick(p, SPECS["updateUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["updateUserConversation"].bodyFields) }))),
    resetUserConversation: (params, options) =>
      actionResult(prepare(core, SPECS["resetUserConversation"], params, options, (p, init) => core.raw.DELETE("/users/{uid}/conversation", { ...init, params: { path: pick(p, SPECS["resetUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["resetUserConversation"].bodyFields) }))),
    markUserConversationAsDelivered: (params, options) =>
      actionResult(prepare(core, SPECS["markUserConversationAsDelivered"], params, options, (p, init) => core.raw.POST("/users/{uid}/conversation/delivered", { ...init, params: { path: pick(p, SPECS["markUserConversationAsDelivered"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markUserConversationAsDelivered"].bodyFields) }))),
    markUserConversationAsRead: (params, options) =>
      actionResult(prepare(core, SPECS["markUserConversationAsRead"], params, options, (p, init) => core.raw.POST("/users/{uid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markUserConversationAsRead"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markUserConversationAsRead"].bodyFields) }))),
    markUserConversationAsUnread: (params, options) =>
      actionResult(prepare(core, SPECS["markUserConversationAsUnread"], params, options, (p, init) => core.raw.DELETE("/users/{uid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markUserConversationAsUnread"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["markUserConversationAsUnread"].bodyFields) }))),
    pinUserConversation: (params, options) =>
      itemResult<Schemas["PinnedUserConversation"]>(prepare(core, SPECS["pinUserConversation"], params, options, (p, init) => core.raw.POST("/users/{uid}/conversation/pin", { ...init, params: { path: pick(p, SPECS["pinUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    unpinUserConversation: (params, options) =>
      itemResult<Schemas["PinnedUserConversation"]>(prepare(core, SPECS["unpinUserConversation"], params, options, (p, init) => core.raw.DELETE("/users/{uid}/conversation/pin", { ...init, params: { path: pick(p, SPECS["unpinUserConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    getGroupConversation: (params, options) =>
      itemResult<Schemas["GroupConversation"]>(prepare(core, SPECS["getGroupConversation"], params, options, (p, init) => core.raw.GET("/groups/{guid}/conversation", { ...init, params: { path: pick(p, SPECS["getGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    updateGroupConversation: (params, options) =>
      itemResult<Schemas["GroupConversation"]>(prepare(core, SPECS["updateGroupConversation"], params, options, (p, init) => core.raw.PUT("/groups/{guid}/conversation", { ...init, params: { path: pick(p, SPECS["updateGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["updateGroupConversation"].bodyFields) }))),
    resetGroupConversation: (params, options) =>
      actionResult(prepare(core, SPECS["resetGroupConversation"], params, options, (p, init) => core.raw.DELETE("/groups/{guid}/conversation", { ...init, params: { path: pick(p, SPECS["resetGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["resetGroupConversation"].bodyFields) }))),
    markGroupConversationAsDelivered: (params, options) =>
      actionResult(prepare(core, SPECS["markGroupConversationAsDelivered"], params, options, (p, init) => core.raw.POST("/groups/{guid}/conversation/delivered", { ...init, params: { path: pick(p, SPECS["markGroupConversationAsDelivered"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markGroupConversationAsDelivered"].bodyFields) }))),
    markGroupConversationAsRead: (params, options) =>
      actionResult(prepare(core, SPECS["markGroupConversationAsRead"], params, options, (p, init) => core.raw.POST("/groups/{guid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markGroupConversationAsRead"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: optionalBody(p, SPECS["markGroupConversationAsRead"].bodyFields) }))),
    markGroupConversationAsUnread: (params, options) =>
      actionResult(prepare(core, SPECS["markGroupConversationAsUnread"], params, options, (p, init) => core.raw.DELETE("/groups/{guid}/conversation/read", { ...init, params: { path: pick(p, SPECS["markGroupConversationAsUnread"].pathParams), header: { onBehalfOf: p.onBehalfOf } }, body: pick(p, SPECS["markGroupConversationAsUnread"].bodyFields) }))),
    pinGroupConversation: (params, options) =>
      itemResult<Schemas["PinnedGroupConversation"]>(prepare(core, SPECS["pinGroupConversation"], params, options, (p, init) => core.raw.POST("/groups/{guid}/conversation/pin", { ...init, params: { path: pick(p, SPECS["pinGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
    unpinGroupConversation: (params, options) =>
      itemResult<Schemas["PinnedGroupConversation"]>(prepare(core, SPECS["unpinGroupConversation"], params, options, (p, init) => core.raw.DELETE("/groups/{guid}/conversation/pin", { ...init, params: { path: pick(p, SPECS["unpinGroupConversation"].pathParams), header: { onBehalfOf: p.onBehalfOf } } }))),
  };
}
