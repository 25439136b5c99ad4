// Generated from spec/ by `pnpm generate` (openapi-typescript). Do not edit.
// Edit the spec, then run `pnpm generate`.

export interface paths {
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Lists conversations, one page at a time. With `onBehalfOf`, the conversations of that user:
         *     the app's global pins first (in their order), then the user's own pins, then the rest, each part
         *     most recently updated first (CometChat's SDK docs: "admin-global pins first, then the user's own
         *     pins, then everything else"; its REST file names only the update-time order). Without
         *     `onBehalfOf`, every user's conversations, ordered by user, then by update time. Conversations
         *     with blocked users are left out unless `includeBlockedUsers` is true. Filters combine with AND.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/pinned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List global pinned conversations
         * @description Lists the app's global pinned conversations: those pinned at the top for every user, in display
         *     order. They show in every user's list before the user's own pins (`pinnedBy: app_system`).
         */
        get: operations["listPinnedConversations"];
        /**
         * Replace global pinned conversations
         * @description Replaces the whole global pinned list: the array is the list as it should be, in display order.
         *     Conversations left out are unpinned, new ones pinned; an empty array clears the list; repeated
         *     entries count once, at their first position. An app can pin up to 5 conversations globally;
         *     more is refused with `ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED` and nothing changes. Pins
         *     are placed by the app (no `onBehalfOf`); a user's own pin of a conversation that becomes globally
         *     pinned gives way to the global one.
         */
        put: operations["updatePinnedConversations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's id (`group_{guid}` or `{uidA}_user_{uidB}`).
                 * @example group_project-group
                 */
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        /**
         * Get conversation
         * @deprecated
         * @description Gets one conversation by its id, as `onBehalfOf` sees it. Deprecated by CometChat: use
         *     `getUserConversation` or `getGroupConversation`. Only the deprecated operations return
         *     `ERR_CONVERSATION_NOT_FOUND`.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /**
         * Delete conversation
         * @deprecated
         * @description Deletes a conversation. Deprecated by CometChat: use `resetUserConversation` or
         *     `resetGroupConversation`. CometChat's example answer says the conversation was deleted "for all
         *     the users".
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{uid}/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        /**
         * Get user conversation
         * @description Gets the conversation of `onBehalfOf` with the user `uid`: a one-on-one conversation, so
         *     `conversationType` is `user` and `conversationWith` the user `uid`. (Every example CometChat
         *     publishes for this operation shows a group conversation, copied from Get Group Conversation;
         *     the examples here are this spec's own.)
         */
        get: operations["getUserConversation"];
        /**
         * Update user conversation
         * @description Replaces the tags of the conversation of `onBehalfOf` with the user `uid`. Tags belong to that user's
         *     view of the conversation only. Answers with the one-on-one conversation (CometChat's example shows
         *     a group conversation here too; the example here is this spec's own).
         */
        put: operations["updateUserConversation"];
        post?: never;
        /**
         * Reset user conversation
         * @description Resets the conversation of `onBehalfOf` with the user `uid`: it leaves that user's conversation
         *     list (and its unread count goes), the messages stay unless `deleteMessagesPermanently` is true,
         *     and it comes back with the next message. With `preserveOrder` it stays listed at its position,
         *     without its messages. CometChat's overview calls this "reset unread count";
         *     its answer says the conversation "has been deleted successfully for UID ...".
         */
        delete: operations["resetUserConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{uid}/conversation/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark user conversation as delivered
         * @description Marks the messages `uid` sent to `onBehalfOf` as delivered to `onBehalfOf`: all of them, or
         *     up to `messageId`. CometChat's example answer spells its text key `Message`.
         */
        post: operations["markUserConversationAsDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{uid}/conversation/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark user conversation as read
         * @description Marks the messages `uid` sent to `onBehalfOf` as read by `onBehalfOf`: all of them, or up to
         *     `messageId`. CometChat's example answer spells its text key `Message`.
         */
        post: operations["markUserConversationAsRead"];
        /**
         * Mark user conversation as unread
         * @description Marks the messages `uid` sent to `onBehalfOf` after `messageId` as unread for `onBehalfOf`.
         */
        delete: operations["markUserConversationAsUnread"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{uid}/conversation/pin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pin user conversation
         * @description Pins the one-on-one conversation of `onBehalfOf` with the user `uid` for `onBehalfOf` alone: it is listed at the top of
         *     that user's conversations (after the app's global pins), on every device, and nobody else's
         *     list changes. Idempotent: pinning again keeps the first `pinnedAt`. A user can pin up to 5
         *     conversations; a sixth is refused with `ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED`, and a
         *     conversation the app pinned for everyone with `ERR_SYSTEM_PINNED_CONVERSATION`. A conversation
         *     without messages cannot be pinned (`ERR_CONVERSATION_NOT_ACCESSIBLE`, per CometChat's error guide
         *     and React Native docs; its JavaScript and Flutter docs say it can: this spec follows the error
         *     guide). Needs the app's conversation pin feature (`ERR_FEATURE_NOT_ACCESSIBLE` otherwise).
         *     Answers with the conversation and its pin: CometChat's file shows only `conversationId`,
         *     `conversationType`, `pinnedBy` and `pinnedAt`; its SDK docs say the whole conversation.
         */
        post: operations["pinUserConversation"];
        /**
         * Unpin user conversation
         * @description Removes the pin `onBehalfOf` put on the one-on-one conversation with the user `uid`. Idempotent: unpinning a
         *     conversation that is not pinned succeeds. A global pin (the app's) cannot be removed this way:
         *     `ERR_SYSTEM_PINNED_CONVERSATION`. The answer leaves out `pinnedBy` and `pinnedAt`.
         */
        delete: operations["unpinUserConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{guid}/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        /**
         * Get group conversation
         * @description Gets the conversation of `onBehalfOf` with the group `guid`.
         */
        get: operations["getGroupConversation"];
        /**
         * Update group conversation
         * @description Replaces the tags of the conversation of `onBehalfOf` with the group `guid`. Tags belong to that user's
         *     view of the conversation only.
         */
        put: operations["updateGroupConversation"];
        post?: never;
        /**
         * Reset group conversation
         * @description Resets the group conversation for `onBehalfOf`: it leaves that user's conversation list until
         *     the next message, or with `preserveOrder` stays listed at its position without its messages.
         *     CometChat's older file documented no request body; its newest adds `preserveOrder`. (CometChat's
         *     example answer names a user conversation: a copy from the user operation.)
         */
        delete: operations["resetGroupConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{guid}/conversation/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark group conversation as delivered
         * @description Marks the group's messages as delivered to `onBehalfOf`: all of them, or up to `messageId`.
         */
        post: operations["markGroupConversationAsDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{guid}/conversation/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark group conversation as read
         * @description Marks the group's messages as read by `onBehalfOf`: all of them, or up to `messageId`.
         */
        post: operations["markGroupConversationAsRead"];
        /**
         * Mark group conversation as unread
         * @description Marks the group's messages after `messageId` as unread for `onBehalfOf`, the group member whose
         *     view it is. `onBehalfOf` is required, as CometChat's newest file declares (its older file
         *     declared no `onBehalfOf` for this operation alone, which no request could work without: the
         *     messages are unread for someone).
         */
        delete: operations["markGroupConversationAsUnread"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{guid}/conversation/pin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pin group conversation
         * @description Pins the group conversation of `onBehalfOf` with the group `guid` for `onBehalfOf` alone: it is listed at the top of
         *     that user's conversations (after the app's global pins), on every device, and nobody else's
         *     list changes. Idempotent: pinning again keeps the first `pinnedAt`. A user can pin up to 5
         *     conversations; a sixth is refused with `ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED`, and a
         *     conversation the app pinned for everyone with `ERR_SYSTEM_PINNED_CONVERSATION`. A conversation
         *     without messages cannot be pinned (`ERR_CONVERSATION_NOT_ACCESSIBLE`, per CometChat's error guide
         *     and React Native docs; its JavaScript and Flutter docs say it can: this spec follows the error
         *     guide). Needs the app's conversation pin feature (`ERR_FEATURE_NOT_ACCESSIBLE` otherwise).
         *     Answers with the conversation and its pin: CometChat's file shows only `conversationId`,
         *     `conversationType`, `pinnedBy` and `pinnedAt`; its SDK docs say the whole conversation.
         */
        post: operations["pinGroupConversation"];
        /**
         * Unpin group conversation
         * @description Removes the pin `onBehalfOf` put on the group conversation with the group `guid`. Idempotent: unpinning a
         *     conversation that is not pinned succeeds. A global pin (the app's) cannot be removed this way:
         *     `ERR_SYSTEM_PINNED_CONVERSATION`. The answer leaves out `pinnedBy` and `pinnedAt`.
         */
        delete: operations["unpinGroupConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A conversation as one user sees it: a one-on-one conversation with another user, or a group
         *     conversation. `conversationType` tells which, and decides whether `conversationWith` is a `User`
         *     or a `Group`.
         */
        Conversation: components["schemas"]["UserConversation"] | components["schemas"]["GroupConversation"];
        /**
         * @description The fields every conversation has, whichever its kind; `UserConversation` and `GroupConversation`
         *     add `conversationType` and `conversationWith`. `pinnedAt` is when the conversation was pinned (left
         *     out when it is not). `lastReadMessageId` is the id of the last message the acting user read, and
         *     `latestMessageId` the id of the conversation's latest message: neither is in CometChat's REST file;
         *     its SDK entity reference lists them (strings), and its JavaScript SDK reads them from the wire.
         *     (The three fields are plain `$ref`s: a `description` beside a `$ref` is lost or misapplied by
         *     tools that dereference, so what they mean is said here.)
         */
        ConversationBase: {
            /**
             * @description The conversation's id. `group_{guid}` for a group; `{uidA}_user_{uidB}` for two users, the two
             *     UIDs in sorted order (every CometChat example has this form; the overview page's `user_{uid}`
             *     contradicts them).
             * @example group_project-group
             * @example cometchat-uid-3_user_cometchat-uid-4
             */
            conversationId: string;
            unreadMessageCount: components["schemas"]["UnreadMessageCount"];
            createdAt: components["schemas"]["UnixTimestamp"];
            updatedAt: components["schemas"]["UnixTimestamp"];
            lastMessage?: components["schemas"]["Message"];
            tags?: components["schemas"]["Tags"];
            /**
             * @description The user whose conversation this is. Listed only in CometChat's older property table, for lists
             *     fetched without `onBehalfOf`; absent from every example.
             */
            uid?: string;
            /**
             * @description Who pinned the conversation: the acting user's UID for their own pin, or `app_system` for the
             *     app's global pin. Left out when the conversation is not pinned (CometChat's file; its Android SDK
             *     reports 0 and its Flutter SDK null there, the JavaScript SDK leaves the field out).
             * @example app_system
             * @example cometchat-uid-1
             */
            pinnedBy?: string;
            pinnedAt?: components["schemas"]["UnixTimestamp"];
            /**
             * @description How many unread messages mention the acting user. Not in CometChat's REST file or examples: its
             *     SDK entity reference lists it, and its JavaScript SDK reads it from the conversation it receives.
             */
            unreadMentionsCount?: number;
            lastReadMessageId?: components["schemas"]["MessageId"];
            latestMessageId?: components["schemas"]["MessageId"];
        };
        /** @description A one-on-one conversation; `conversationWith` is the other user. */
        UserConversation: components["schemas"]["ConversationBase"] & {
            /**
             * @description Always `user` for a one-on-one conversation.
             * @constant
             * @enum {string}
             */
            conversationType: "user";
            conversationWith: components["schemas"]["User"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            conversationType: "user";
        };
        /** @description A group conversation; `conversationWith` is the group. */
        GroupConversation: components["schemas"]["ConversationBase"] & {
            /**
             * @description Always `group` for a group conversation.
             * @constant
             * @enum {string}
             */
            conversationType: "group";
            conversationWith: components["schemas"]["Group"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            conversationType: "group";
        };
        /**
         * @description The kind of a conversation.
         * @enum {string}
         */
        ConversationType: "user" | "group";
        /**
         * @description How many messages the user has not read. CometChat's schema, its older property table and every
         *     example send a string of digits (`"0"`, `"2"`); its newest overview page types it as an integer.
         *     Both forms are accepted.
         * @example 0
         * @example 2
         */
        UnreadMessageCount: string | number;
        /**
         * @description A point in time as whole seconds since the Unix epoch (not milliseconds).
         * @example 1630071782
         */
        UnixTimestamp: number;
        /**
         * @description Tags on a conversation. At most 25 tags of at most 100 characters each (UTF8mb4).
         * @example [
         *       "important",
         *       "project"
         *     ]
         */
        Tags: string[];
        /**
         * @description A CometChat user. Users embedded in messages carry only part of these fields (uid, name, role,
         *     avatar, status, createdAt).
         */
        User: {
            /** @description The user's unique id (at most 100 characters; CometChat lowercases it). */
            uid: string;
            /** @description The user's display name. */
            name: string;
            /** @description URL of the user's avatar image. */
            avatar?: string;
            /** @description URL of the user's profile. */
            link?: string;
            /** @description The user's role; `default` unless one was set. */
            role?: string;
            /**
             * @description Presence as the REST API reports it; the values seen are `available` and `offline`.
             * @example offline
             * @example available
             */
            status?: string;
            /** @description A custom status text. */
            statusMessage?: string;
            lastActiveAt?: components["schemas"]["UnixTimestamp"];
            /** @description Arbitrary data attached to the user. */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description The user's own tags (returned with `withUserAndGroupTags`). */
            tags?: string[];
            createdAt?: components["schemas"]["UnixTimestamp"];
            updatedAt?: components["schemas"]["UnixTimestamp"];
            deactivatedAt?: components["schemas"]["UnixTimestamp"];
            /** @description The id of the one-on-one conversation with this user. */
            conversationId?: string;
            /** @description Whether the acting user blocked this user. */
            blockedByMe?: boolean;
            blockedByMeAt?: components["schemas"]["UnixTimestamp"];
            blockedAt?: components["schemas"]["UnixTimestamp"];
            /** @description Whether this user blocked the acting user. */
            hasBlockedMe?: boolean;
        };
        /**
         * @description A CometChat group. `scope`, `joinedAt` and `hasJoined` describe the acting user's membership and
         *     appear only where a conversation is seen by a user; groups embedded in messages omit them.
         */
        Group: {
            /** @description The group's unique id (at most 100 characters; CometChat lowercases it). */
            guid: string;
            /** @description The group's name. */
            name: string;
            /** @description The group's description. */
            description?: string;
            /** @description URL of the group's icon. */
            icon?: string;
            type: components["schemas"]["GroupType"];
            scope?: components["schemas"]["GroupMemberScope"];
            /** @description How many members the group has. */
            membersCount?: number;
            joinedAt?: components["schemas"]["UnixTimestamp"];
            /** @description Whether the acting user is a member. */
            hasJoined?: boolean;
            /** @description The id of the group's conversation (`group_{guid}`). */
            conversationId?: string;
            /** @description UID of the group's owner. */
            owner?: string;
            /** @description Arbitrary data attached to the group. */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description The group's own tags (returned with `withUserAndGroupTags`). */
            tags?: string[];
            createdAt?: components["schemas"]["UnixTimestamp"];
            updatedAt?: components["schemas"]["UnixTimestamp"];
            /** @description UID of the user who last updated the group. */
            updatedBy?: string;
        };
        /**
         * @description Who may join a group.
         * @enum {string}
         */
        GroupType: "public" | "private" | "password";
        /**
         * @description The acting user's scope in a group.
         * @enum {string}
         */
        GroupMemberScope: "admin" | "moderator" | "participant";
        /**
         * @description A message, as it appears in a conversation's `lastMessage`. `category` says what kind of message it
         *     is: `message` and `custom` are sent by users; `action` records what happened (a member was added,
         *     a message edited); `call` records a call; `interactive`, `card` and `agentic` are forms and cards
         *     to act on, app-written cards and AI agents' answers (see `MessageCategory`).
         */
        Message: {
            id: components["schemas"]["MessageId"];
            /** @description The conversation the message belongs to. */
            conversationId: string;
            parentId?: components["schemas"]["MessageId"];
            /** @description UID of the sender. */
            sender: string;
            receiverType: components["schemas"]["ReceiverType"];
            /** @description UID or GUID of the receiver, as `receiverType` says. */
            receiver: string;
            category: components["schemas"]["MessageCategory"];
            /**
             * @description The message's type within its category: `text`, `image`, `file`, `audio`, `video` for
             *     `message`; free-form for `custom`; `groupMember` or `message` for `action`; `audio` or `video`
             *     for `call`; `form`, `card`, `scheduler` or `customInteractive` for `interactive`; `text` for
             *     `card`; `assistant`, `tool-result` or `tool-arguments` for `agentic`. The set is open.
             * @example text
             * @example groupMember
             * @example assistant
             */
            type: string;
            data?: components["schemas"]["MessageData"];
            sentAt: components["schemas"]["UnixTimestamp"];
            updatedAt?: components["schemas"]["UnixTimestamp"];
            editedAt?: components["schemas"]["UnixTimestamp"];
            /** @description Who edited the message. CometChat's schema types it integer, its example sends a UID string (`app_system`); both are accepted. */
            editedBy?: string | number;
            deletedAt?: components["schemas"]["UnixTimestamp"];
            /** @description UID of the user who deleted the message. */
            deletedBy?: string;
            /** @description How many replies the message has in its thread. */
            replyCount?: number;
            /** @description The message's tags. */
            tags?: string[];
            /** @description Delivery and read receipts. Their structure is undocumented; the examples show `{"data":[[]]}`. */
            receipts?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A message id. Responses send it as a string of digits (`"50"`) in every CometChat example, while
         *     the Messages overview types it as an integer; both are accepted. Request bodies take either too
         *     (`MessageIdInput`). `pattern` constrains only the string form and `minimum` only the integer form, as
         *     JSON Schema applies each keyword to its own type. (OpenAPI Generator 7.23.0 reads the type list as
         *     its first type and warns while generating that `minimum` has no effect on a string; the schema is
         *     kept as it is because its meaning is the one wanted, and `validate` reports nothing.)
         * @example 50
         */
        MessageId: string | number;
        /**
         * @description The kind of a message. Users send `message` (`text`, `image`, `video`, `audio`, `file`) and
         *     `custom` (types of the app's own); CometChat writes `action` (`groupMember`, `message`) and `call`
         *     (`audio`, `video`). Newer kinds, from CometChat's SDK docs (its REST reference lists none of them,
         *     and its SDK docs disagree on which are categories):
         *     - `interactive`: forms, cards and schedulers a user can act on (types `form`, `card`,
         *       `scheduler`, `customInteractive`);
         *     - `card`: a standalone card message written by the app (type `text`; `data.text` is its preview
         *       text and `data.card` the card, per the JavaScript SDK docs; the Android and Flutter docs make a
         *       card a type of `interactive` instead, which this enum also accepts);
         *     - `agentic`: what an AI agent answered (types `assistant`, `tool-result`, `tool-arguments`).
         *     A conversation's `lastMessage` can be any of these.
         * @enum {string}
         */
        MessageCategory: "message" | "custom" | "action" | "call" | "interactive" | "card" | "agentic";
        /**
         * @description Whether a message was sent to a user or to a group.
         * @enum {string}
         */
        ReceiverType: "user" | "group";
        /**
         * @description The message's payload. `message` and `custom` messages carry `text`, `attachments`, `customData`
         *     and `metadata`; `action` and `call` messages carry `action`; a `card` message carries `text` (its
         *     preview) and `card`; interactive and agentic messages carry fields of their own, kept as sent.
         *     Each has `entities`. At most 10 KB.
         */
        MessageData: {
            /** @description The text of a text message. */
            text?: string;
            /**
             * @description What happened, for `action` and `call` messages (e.g. `added`, `unbanned`, `initiated`).
             * @example unbanned
             */
            action?: string;
            /** @description Files attached to a media message. */
            attachments?: {
                [key: string]: unknown;
            }[];
            /** @description The payload of a custom message. */
            customData?: {
                [key: string]: unknown;
            };
            /** @description Arbitrary data attached to the message. */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description The card of a `card` message: CometChat's Card Schema (`fallbackText`, `title`, `components`, ...). */
            card?: {
                [key: string]: unknown;
            };
            entities?: components["schemas"]["MessageEntities"];
        };
        /**
         * @description The entities a message involves. `message` and `custom` messages have `sender` and `receiver`;
         *     `action` and `call` messages have `by` (the actor), `on` (the target) and `for` (the context).
         */
        MessageEntities: {
            sender?: components["schemas"]["Entity"];
            receiver?: components["schemas"]["Entity"];
            by?: components["schemas"]["Entity"];
            on?: components["schemas"]["Entity"];
            for?: components["schemas"]["Entity"];
        };
        /**
         * @description An entity a message refers to; `entityType` (`user`, `group`, `message` or `call`) says which kind
         *     `entity` is.
         */
        Entity: components["schemas"]["UserEntity"] | components["schemas"]["GroupEntity"] | components["schemas"]["MessageEntity"] | components["schemas"]["CallEntity"];
        /** @description A user referred to by a message. */
        UserEntity: {
            entity: components["schemas"]["User"];
            /**
             * @description Always `user`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            entityType: "user";
        };
        /** @description A group referred to by a message. */
        GroupEntity: {
            entity: components["schemas"]["Group"];
            /**
             * @description Always `group`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            entityType: "group";
        };
        /** @description A message referred to by an action message (an edit or a deletion). */
        MessageEntity: {
            /** @description The message acted on. */
            entity: {
                [key: string]: unknown;
            };
            /**
             * @description Always `message`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            entityType: "message";
        };
        /** @description A call referred to by a call message. */
        CallEntity: {
            /** @description The call (session id, status, participants). */
            entity: {
                [key: string]: unknown;
            };
            /**
             * @description Always `call`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            entityType: "call";
        };
        /**
         * @description Where a page sits in a list. The keys are snake_case, unlike the rest of the API. `total` counts
         *     every item, `count` the items in this page, `current_page` echoes the `page` sent (from 1), and
         *     `total_pages` is `ceil(total / per_page)` (at least 1 when the list is empty).
         */
        Pagination: {
            /** @description How many items the whole list has. */
            total: number;
            /** @description How many items this page has. */
            count: number;
            /** @description The page size used (the `perPage` sent, or 100). */
            per_page: number;
            /** @description The page returned (the `page` sent, or 1). */
            current_page: number;
            /** @description How many pages the whole list has. */
            total_pages: number;
        };
        /**
         * @description A position in a time-ordered list. Documented on other CometChat list endpoints (users, friends),
         *     never shown for conversations; accepted here in case the API sends it.
         */
        Cursor: {
            updatedAt?: components["schemas"]["UnixTimestamp"];
            /**
             * @description Whether the cursor fetches items before (`prepend`) or after (`append`) `updatedAt`.
             * @enum {string}
             */
            affix?: "append" | "prepend";
        };
        /** @description What CometChat sends beside a list page. */
        ListMeta: {
            pagination: components["schemas"]["Pagination"];
            cursor?: components["schemas"]["Cursor"];
        };
        /** @description One page of conversations. */
        ConversationList: {
            /** @description The conversations of this page, in the order the API sorts them. */
            data: components["schemas"]["Conversation"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description One conversation. CometChat's schema types `data` as an object, while every example it publishes
         *     (and the two seed pages) puts a one-element array in `data`. Both forms are accepted; the client
         *     unwraps either to one `Conversation`.
         */
        SingleConversation: {
            /** @description The conversation, bare or as the only element of an array. */
            data: components["schemas"]["Conversation"] | components["schemas"]["Conversation"][];
        };
        /**
         * @description The result of an operation that changes state. CometChat's examples for marking a user conversation
         *     delivered or read spell the text's key `Message` (capital M); every other operation spells it
         *     `message`. Either is accepted, and at least one is present. Marking messages unread may also send
         *     the conversation as it now is, under `conversation`: CometChat's JavaScript SDK reads
         *     `data.conversation` from that answer (`markMessageAsUnread`), although CometChat's file shows only
         *     `success` and `message`.
         */
        ActionResult: {
            /** @description Whether the operation succeeded, and what it did. */
            data: {
                /** @description Whether the operation succeeded. */
                success: boolean;
                /** @description What the operation did, in English. */
                message: string;
                conversation?: components["schemas"]["Conversation"];
            } | {
                /** @description Whether the operation succeeded. */
                success: boolean;
                /** @description What the operation did, in English (capitalised key). */
                Message: string;
                conversation?: components["schemas"]["Conversation"];
            };
        };
        /**
         * @description The body of every error response. `details` appears on validation failures (`ERR_BAD_REQUEST`)
         *     and maps each rejected field to its messages. The HTTP status is not repeated in the body.
         */
        CometChatErrorBody: {
            error: components["schemas"]["CometChatError"];
        };
        /** @description What went wrong. */
        CometChatError: {
            code: components["schemas"]["ErrorCode"];
            /** @description A message for the end user. */
            message: string;
            /** @description A message for the developer, often with more detail. */
            devMessage?: string;
            /**
             * @description The CometChat service that answered (`chat-api`).
             * @example chat-api
             */
            source?: string;
            /** @description For `ERR_BAD_REQUEST`, each rejected field mapped to the reasons it was rejected. */
            details?: {
                [key: string]: string[];
            };
        };
        /**
         * @description A machine-readable error code. The codes the conversation endpoints are known to return are listed
         *     in `examples`; the set is open, and CometChat adds codes over time, so any string is accepted.
         *     CometChat documents the status of only a few codes (400, 403, 404 below, seen in captured
         *     responses; 429; the pin codes); the others marked `*` are this spec's reading.
         *       - `ERR_BAD_REQUEST` (400): a parameter or body field failed validation; see `details`.
         *       - `AUTH_ERR_EMPTY_APIKEY`, `AUTH_ERR_APIKEY_NOT_FOUND` (401*): the `apikey` header is missing or wrong.
         *       - `AUTH_ERR_NO_ACCESS` (403): the key's scope does not allow the operation.
         *       - `ERR_UID_NOT_FOUND`, `ERR_GUID_NOT_FOUND` (404*): the user (path or `onBehalfOf`) or group does not exist.
         *       - `ERR_CONVERSATION_NOT_FOUND` (404*): the conversation id does not exist (deprecated operations only).
         *       - `ERR_CONVERSATION_NOT_ACCESSIBLE` (403*): the user may not see the conversation, or it has no messages yet.
         *       - `ERR_TOO_MANY_REQUESTS` (429): the per-minute rate limit is used up.
         *       - `ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED` (400): the acting user already pinned 5 conversations.
         *       - `ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED` (400): the global pinned list would hold more than 5.
         *       - `ERR_SYSTEM_PINNED_CONVERSATION` (403): the app pinned the conversation for everyone, so a user
         *         can neither pin nor unpin it. (An older revision of CometChat's JavaScript SDK page named
         *         `ERR_ACTION_NOT_ALLOWED` for unpinning it; every newer source, the REST file included, names this one.)
         *       - `ERR_FEATURE_NOT_ACCESSIBLE` (403*): the app's plan or settings do not enable the feature
         *         (pinning needs `features.ux.conversations.pinned.enabled`, per CometChat's SDK docs and code).
         * @example ERR_BAD_REQUEST
         * @example AUTH_ERR_EMPTY_APIKEY
         * @example AUTH_ERR_APIKEY_NOT_FOUND
         * @example AUTH_ERR_NO_ACCESS
         * @example ERR_UID_NOT_FOUND
         * @example ERR_GUID_NOT_FOUND
         * @example ERR_CONVERSATION_NOT_FOUND
         * @example ERR_CONVERSATION_NOT_ACCESSIBLE
         * @example ERR_TOO_MANY_REQUESTS
         * @example ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED
         * @example ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED
         * @example ERR_SYSTEM_PINNED_CONVERSATION
         * @example ERR_FEATURE_NOT_ACCESSIBLE
         */
        ErrorCode: string;
        /** @description The new tags of a conversation. They replace the old ones. */
        UpdateConversationRequest: {
            tags: components["schemas"]["Tags"];
        };
        /** @description Options for resetting (deleting for the acting user) a one-on-one conversation. */
        ResetUserConversationRequest: {
            /**
             * @deprecated
             * @description UID of the other user. CometChat's older reference (and its rendered curl sample) sent it; the
             *     newest drops it, as the path `uid` already names that user. Accepted and ignored.
             */
            conversationWith?: string;
            /** @description Also delete the conversation's messages permanently, for everyone. */
            deleteMessagesPermanently?: boolean;
            /**
             * @description Keep the conversation where it is in the acting user's conversation list instead of taking it
             *     out until the next message: it stays listed, at its position, without its messages.
             * @default false
             */
            preserveOrder?: boolean;
        };
        /**
         * @description Up to which message to mark. Without a body (or without `messageId`) every message of the
         *     conversation is marked; with it, the messages up to `messageId` are.
         */
        MarkConversationRequest: {
            messageId?: components["schemas"]["MessageIdInput"];
        };
        /**
         * @description The message after which the conversation becomes unread for the acting user. CometChat's field text
         *     says "up to which", while its example answer ("The messages after the message id 340 ... are marked
         *     as unread") and its SDK docs (mark the fifth of ten messages: five unread) say after: the messages
         *     after `messageId` become unread. CometChat's file marks neither the body nor `messageId` required;
         *     the operation cannot act without it, so both are required here.
         */
        MarkConversationUnreadRequest: {
            messageId: components["schemas"]["MessageIdInput"];
        };
        /**
         * @description A message id in a request body. CometChat's file types `messageId` as an integer; CometChat's
         *     JavaScript SDK sends it as a string (`message.getId().toString()`), the form responses use. Both
         *     are accepted: an integer of 1 or more, or the same as a string of digits.
         * @example 123
         * @example 123
         */
        MessageIdInput: number | string;
        /** @description Options for resetting (deleting for the acting user) a group conversation. */
        ResetGroupConversationRequest: {
            /**
             * @description Keep the conversation where it is in the acting user's conversation list instead of taking it
             *     out until the next message: it stays listed, at its position, without its messages.
             * @default false
             */
            preserveOrder?: boolean;
        };
        /**
         * @description One user conversation. As for every single-conversation response, CometChat's schema types `data`
         *     as an object while its examples send a one-element array; both are accepted.
         */
        SingleUserConversation: {
            /** @description The user conversation, bare or as the only element of an array. */
            data: components["schemas"]["UserConversation"] | components["schemas"]["UserConversation"][];
        };
        /**
         * @description One group conversation. As for every single-conversation response, CometChat's schema types `data`
         *     as an object while its examples send a one-element array; both are accepted.
         */
        SingleGroupConversation: {
            /** @description The group conversation, bare or as the only element of an array. */
            data: components["schemas"]["GroupConversation"] | components["schemas"]["GroupConversation"][];
        };
        /**
         * @description A conversation named by its id and kind, with its pin: how CometChat's file shows the conversations
         *     that the pin operations and the global pinned list return (`conversationId`, `conversationType`,
         *     `pinnedBy`, `pinnedAt`). CometChat's SDK docs say the same operations return the whole updated
         *     conversation; `PinnedUserConversation` and friends accept either. `pinnedAt` is when it was pinned
         *     (left out when it is not pinned).
         */
        ConversationReference: {
            /** @description The conversation's id (`group_{guid}` or `{uidA}_user_{uidB}`). */
            conversationId: string;
            conversationType: components["schemas"]["ConversationType"];
            /** @description Who pinned it (a UID, or `app_system` for a global pin); left out when it is not pinned. */
            pinnedBy?: string;
            pinnedAt?: components["schemas"]["UnixTimestamp"];
        };
        /** @description A user conversation named by its id and kind, with its pin. */
        UserConversationReference: components["schemas"]["ConversationReference"] & {
            /**
             * @description Always `user`.
             * @constant
             * @enum {string}
             */
            conversationType: "user";
        };
        /** @description A group conversation named by its id and kind, with its pin. */
        GroupConversationReference: components["schemas"]["ConversationReference"] & {
            /**
             * @description Always `group`.
             * @constant
             * @enum {string}
             */
            conversationType: "group";
        };
        /**
         * @description The user conversation a pin or unpin answers with: the whole conversation (as CometChat's SDK docs
         *     say), or its id, kind and pin (as CometChat's file shows). `pinnedBy` and `pinnedAt` are set after a
         *     pin and left out after an unpin.
         */
        PinnedUserConversation: components["schemas"]["UserConversation"] | components["schemas"]["UserConversationReference"];
        /**
         * @description The group conversation a pin or unpin answers with: the whole conversation (as CometChat's SDK docs
         *     say), or its id, kind and pin (as CometChat's file shows). `pinnedBy` and `pinnedAt` are set after a
         *     pin and left out after an unpin.
         */
        PinnedGroupConversation: components["schemas"]["GroupConversation"] | components["schemas"]["GroupConversationReference"];
        /** @description A pinned conversation, of either kind; `conversationType` tells which. */
        PinnedConversation: components["schemas"]["PinnedUserConversation"] | components["schemas"]["PinnedGroupConversation"];
        /** @description What pinning or unpinning a user conversation answers. */
        UserPinResult: {
            data: components["schemas"]["PinnedUserConversation"];
        };
        /** @description What pinning or unpinning a group conversation answers. */
        GroupPinResult: {
            data: components["schemas"]["PinnedGroupConversation"];
        };
        /** @description The app's global pinned conversations, in display order. */
        PinnedConversationList: {
            /** @description The pinned conversations, first shown first. At most 5 (the app's cap). */
            data: components["schemas"]["PinnedConversation"][];
        };
        /**
         * @description One conversation of the global pinned list, named by the other side: a user (`uid`, a one-on-one
         *     conversation) or a group (`guid`). Exactly one of the two: an entry with both, or neither, is
         *     refused (`ERR_BAD_REQUEST`).
         */
        PinnedConversationTarget: {
            /** @description UID of the user, for a one-on-one conversation. */
            uid: string;
        } | {
            /** @description GUID of the group, for a group conversation. */
            guid: string;
        };
        /**
         * @description The whole global pinned list, as it should be: entries left out are unpinned, new ones pinned, and
         *     the array's order becomes the display order. An empty array clears the list. Repeated entries
         *     are kept once, at their first position, so the array may be longer than the cap of 5 as long as
         *     at most 5 distinct conversations remain; more is refused with
         *     `ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED`.
         */
        UpdatePinnedConversationsRequest: {
            /** @description The conversations to pin at the top for every user, in display order. */
            pinnedConversations: components["schemas"]["PinnedConversationTarget"][];
        };
    };
    responses: {
        /** @description One page of conversations. */
        ConversationList: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConversationList"];
            };
        };
        /** @description A parameter, header or body field failed validation (`ERR_BAD_REQUEST`, with `details`). */
        BadRequest: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description The `apikey` header is missing or names no key of this app (`AUTH_ERR_EMPTY_APIKEY`, `AUTH_ERR_APIKEY_NOT_FOUND`). */
        Unauthorized: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description The key may not perform the operation (`AUTH_ERR_NO_ACCESS`), or the acting user may not see the conversation (`ERR_CONVERSATION_NOT_ACCESSIBLE`). */
        Forbidden: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description The user, group or conversation does not exist (`ERR_UID_NOT_FOUND`, `ERR_GUID_NOT_FOUND`, `ERR_CONVERSATION_NOT_FOUND`). */
        NotFound: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /**
         * @description The app used up its per-minute rate limit (`ERR_TOO_MANY_REQUESTS`). The request was not processed,
         *     so it is always safe to retry after `Retry-After` seconds.
         */
        TooManyRequests: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description Any other failure, including 5xx errors (`ERR_EXCEPTION`, `ERR_OPERATION_FAILED`, ...). */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description A parameter failed validation (`ERR_BAD_REQUEST`), or the acting user already pinned 5 conversations (`ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED`). */
        PinBadRequest: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description The app pinned the conversation for everyone (`ERR_SYSTEM_PINNED_CONVERSATION`), pinning is not enabled for the app (`ERR_FEATURE_NOT_ACCESSIBLE`), the acting user may not see the conversation or it has no messages yet (`ERR_CONVERSATION_NOT_ACCESSIBLE`), or the key may not do this (`AUTH_ERR_NO_ACCESS`). */
        PinForbidden: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description The body failed validation (`ERR_BAD_REQUEST`: an entry names neither a uid nor a guid, or both), or the list would hold more than 5 conversations (`ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED`). */
        PinnedListBadRequest: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
        /** @description Pinning is not enabled for the app (`ERR_FEATURE_NOT_ACCESSIBLE`), or the key may not do this (`AUTH_ERR_NO_ACCESS`). */
        FeatureForbidden: {
            headers: {
                "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CometChatErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
         *     character may appear; it is percent-encoded in the path.
         * @example cometchat-uid-2
         */
        uid: string;
        /**
         * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
         * @example project-group
         */
        guid: string;
        /**
         * @description The conversation's id (`group_{guid}` or `{uidA}_user_{uidB}`).
         * @example group_project-group
         */
        conversationId: string;
        /**
         * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
         * @example cometchat-uid-1
         */
        onBehalfOf: string;
        /**
         * @description UID of the user on whose behalf the action is performed. Optional here: where it is omitted the
         *     operation acts for the app as a whole (for List Conversations: every user's conversations).
         * @example cometchat-uid-1
         */
        onBehalfOfOptional: string;
        /** @description Only conversations whose user or group name contains this text. A plan-gated feature ("Conversation & Advanced Search"). */
        searchKey: string;
        /** @description Only conversations of this kind. */
        conversationType: components["schemas"]["ConversationType"];
        /** @description Include each conversation's own `tags`. (CometChat's text says "groups that have tags"; it means conversation tags.) */
        withTags: boolean;
        /** @description Only conversations tagged with at least one of these tags. Sent comma-separated (`tags=a,b`); the mock also accepts the repeated form (`tags=a&tags=b`) that some generators send despite `explode: false`. A tag holding a comma cannot be sent. (CometChat's text says "groups"; it means conversation tags.) */
        tags: string[];
        /** @description Include the user's or group's own `tags` in each `conversationWith`. */
        withUserAndGroupTags: boolean;
        /** @description Only conversations whose user (`conversationWith`) has at least one of these tags. Sent comma-separated (the mock also accepts repeated `name=a&name=b`); a tag holding a comma cannot be sent. */
        userTags: string[];
        /** @description Only conversations whose group (`conversationWith`) has at least one of these tags. Sent comma-separated (the mock also accepts repeated `name=a&name=b`); a tag holding a comma cannot be sent. */
        groupTags: string[];
        /** @description Only conversations with unread messages (`unreadMessageCount` above 0). */
        unread: boolean;
        /** @description How many conversations a page holds. (CometChat's file writes the default as the string `"100"`.) */
        perPage: number;
        /** @description Which page to return, from 1. */
        page: number;
        /**
         * @description Include conversations with users the acting user blocked or was blocked by. Without it (the
         *     default) those conversations are left out of the list.
         */
        includeBlockedUsers: boolean;
        /**
         * @description Add the block status to each user in `conversationWith` (`blockedByMe`, `hasBlockedMe`,
         *     `blockedByMeAt`, `blockedAt`). Needs `onBehalfOf`, whose blocks they are.
         */
        withBlockedInfo: boolean;
        /**
         * @description Leave out agentic conversations: those with an AI agent (a user whose `role` is `@agentic`).
         *     CometChat's SDK docs call it mutually exclusive with `onlyAgentic`; sending both is refused with
         *     `ERR_BAD_REQUEST` (this spec's reading: CometChat's file says nothing of sending both).
         */
        hideAgentic: boolean;
        /**
         * @description List only agentic conversations: those with an AI agent (a user whose `role` is `@agentic`).
         *     Mutually exclusive with `hideAgentic`.
         */
        onlyAgentic: boolean;
        /**
         * @description `1` (the default) lets CometChat page through its cursor-based index, which it describes as more
         *     efficient; `0` turns it off. Pages are still addressed by `page` and described by
         *     `meta.pagination` either way: no CometChat example shows a cursor for conversations. (CometChat
         *     types this one default as a number, while `perPage` and `page` have string defaults.)
         */
        useCursoredIndex: 0 | 1;
        /**
         * @description `1` returns each conversation once instead of once per participant, for lists fetched without
         *     `onBehalfOf` (CometChat: "super-admin only"). It cannot be combined with `onBehalfOf`; the pair is
         *     refused with `ERR_BAD_REQUEST` (this spec's reading of "cannot be used together").
         */
        unique: 0 | 1;
        /**
         * @description Only pinned conversations: `me` for the acting user's own pins, `system` for the app's global
         *     pins, or both (`pinnedBy=me,system`). Not in CometChat's REST reference: CometChat's JavaScript
         *     SDK sends it to the same `GET /conversations` (`ConversationsRequestBuilder.setPinnedBy`, joined
         *     with commas), and its React Native docs say other values are refused with `ERR_BAD_REQUEST`.
         *     `me` needs `onBehalfOf`.
         */
        pinnedBy: ("me" | "system")[];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The app's current rate limit, in requests per minute.
         * @example 20000
         */
        "X-Rate-Limit": number;
        /**
         * @description How many requests remain in the current minute.
         * @example 19999
         */
        "X-Rate-Limit-Remaining": number;
        /**
         * @description How many seconds to wait before retrying.
         * @example 15
         */
        "Retry-After": number;
        /**
         * @description When the limit resets, as Unix seconds.
         * @example 1625143246
         */
        "X-Rate-Limit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listConversations: {
        parameters: {
            query?: {
                /** @description Only conversations whose user or group name contains this text. A plan-gated feature ("Conversation & Advanced Search"). */
                searchKey?: components["parameters"]["searchKey"];
                /** @description Only conversations of this kind. */
                conversationType?: components["parameters"]["conversationType"];
                /** @description Include each conversation's own `tags`. (CometChat's text says "groups that have tags"; it means conversation tags.) */
                withTags?: components["parameters"]["withTags"];
                /** @description Only conversations tagged with at least one of these tags. Sent comma-separated (`tags=a,b`); the mock also accepts the repeated form (`tags=a&tags=b`) that some generators send despite `explode: false`. A tag holding a comma cannot be sent. (CometChat's text says "groups"; it means conversation tags.) */
                tags?: components["parameters"]["tags"];
                /** @description Include the user's or group's own `tags` in each `conversationWith`. */
                withUserAndGroupTags?: components["parameters"]["withUserAndGroupTags"];
                /**
                 * @description Include conversations with users the acting user blocked or was blocked by. Without it (the
                 *     default) those conversations are left out of the list.
                 */
                includeBlockedUsers?: components["parameters"]["includeBlockedUsers"];
                /**
                 * @description Add the block status to each user in `conversationWith` (`blockedByMe`, `hasBlockedMe`,
                 *     `blockedByMeAt`, `blockedAt`). Needs `onBehalfOf`, whose blocks they are.
                 */
                withBlockedInfo?: components["parameters"]["withBlockedInfo"];
                /** @description Only conversations whose user (`conversationWith`) has at least one of these tags. Sent comma-separated (the mock also accepts repeated `name=a&name=b`); a tag holding a comma cannot be sent. */
                userTags?: components["parameters"]["userTags"];
                /** @description Only conversations whose group (`conversationWith`) has at least one of these tags. Sent comma-separated (the mock also accepts repeated `name=a&name=b`); a tag holding a comma cannot be sent. */
                groupTags?: components["parameters"]["groupTags"];
                /** @description Only conversations with unread messages (`unreadMessageCount` above 0). */
                unread?: components["parameters"]["unread"];
                /** @description How many conversations a page holds. (CometChat's file writes the default as the string `"100"`.) */
                perPage?: components["parameters"]["perPage"];
                /** @description Which page to return, from 1. */
                page?: components["parameters"]["page"];
                /**
                 * @description Leave out agentic conversations: those with an AI agent (a user whose `role` is `@agentic`).
                 *     CometChat's SDK docs call it mutually exclusive with `onlyAgentic`; sending both is refused with
                 *     `ERR_BAD_REQUEST` (this spec's reading: CometChat's file says nothing of sending both).
                 */
                hideAgentic?: components["parameters"]["hideAgentic"];
                /**
                 * @description List only agentic conversations: those with an AI agent (a user whose `role` is `@agentic`).
                 *     Mutually exclusive with `hideAgentic`.
                 */
                onlyAgentic?: components["parameters"]["onlyAgentic"];
                /**
                 * @description `1` (the default) lets CometChat page through its cursor-based index, which it describes as more
                 *     efficient; `0` turns it off. Pages are still addressed by `page` and described by
                 *     `meta.pagination` either way: no CometChat example shows a cursor for conversations. (CometChat
                 *     types this one default as a number, while `perPage` and `page` have string defaults.)
                 */
                useCursoredIndex?: components["parameters"]["useCursoredIndex"];
                /**
                 * @description `1` returns each conversation once instead of once per participant, for lists fetched without
                 *     `onBehalfOf` (CometChat: "super-admin only"). It cannot be combined with `onBehalfOf`; the pair is
                 *     refused with `ERR_BAD_REQUEST` (this spec's reading of "cannot be used together").
                 */
                unique?: components["parameters"]["unique"];
                /**
                 * @description Only pinned conversations: `me` for the acting user's own pins, `system` for the app's global
                 *     pins, or both (`pinnedBy=me,system`). Not in CometChat's REST reference: CometChat's JavaScript
                 *     SDK sends it to the same `GET /conversations` (`ConversationsRequestBuilder.setPinnedBy`, joined
                 *     with commas), and its React Native docs say other values are refused with `ERR_BAD_REQUEST`.
                 *     `me` needs `onBehalfOf`.
                 */
                pinnedBy?: components["parameters"]["pinnedBy"];
            };
            header?: {
                /**
                 * @description UID of the user on whose behalf the action is performed. Optional here: where it is omitted the
                 *     operation acts for the app as a whole (for List Conversations: every user's conversations).
                 * @example cometchat-uid-1
                 */
                onBehalfOf?: components["parameters"]["onBehalfOfOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPinnedConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The global pinned conversations, in display order. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PinnedConversationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["FeatureForbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updatePinnedConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePinnedConversationsRequest"];
            };
        };
        responses: {
            /** @description The new global pinned list, in display order. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PinnedConversationList"];
                };
            };
            400: components["responses"]["PinnedListBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["FeatureForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description The conversation's id (`group_{guid}` or `{uidA}_user_{uidB}`).
                 * @example group_project-group
                 */
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description The conversation's id (`group_{guid}` or `{uidA}_user_{uidB}`).
                 * @example group_project-group
                 */
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation was deleted. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getUserConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleUserConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateUserConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConversationRequest"];
            };
        };
        responses: {
            /** @description The updated conversation. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleUserConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resetUserConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetUserConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation was reset for the acting user. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markUserConversationAsDelivered: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkConversationRequest"];
            };
        };
        responses: {
            /** @description The messages were marked. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markUserConversationAsRead: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkConversationRequest"];
            };
        };
        responses: {
            /** @description The messages were marked. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markUserConversationAsUnread: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkConversationUnreadRequest"];
            };
        };
        responses: {
            /** @description The messages were marked. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    pinUserConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The one-on-one conversation, pinned. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPinResult"];
                };
            };
            400: components["responses"]["PinBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PinForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    unpinUserConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description UID of the other user of the one-on-one conversation. The acting user is `onBehalfOf`. Any
                 *     character may appear; it is percent-encoded in the path.
                 * @example cometchat-uid-2
                 */
                uid: components["parameters"]["uid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The one-on-one conversation, no longer pinned by `onBehalfOf`. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPinResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PinForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getGroupConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleGroupConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateGroupConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConversationRequest"];
            };
        };
        responses: {
            /** @description The updated conversation. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleGroupConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resetGroupConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetGroupConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation was reset for the acting user. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markGroupConversationAsDelivered: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkConversationRequest"];
            };
        };
        responses: {
            /** @description The messages were marked. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markGroupConversationAsRead: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkConversationRequest"];
            };
        };
        responses: {
            /** @description The messages were marked. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markGroupConversationAsUnread: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkConversationUnreadRequest"];
            };
        };
        responses: {
            /** @description The messages were marked. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    pinGroupConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group conversation, pinned. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPinResult"];
                };
            };
            400: components["responses"]["PinBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PinForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    unpinGroupConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description UID of the user on whose behalf the action is performed (for the mark operations, the receiver of the messages).
                 * @example cometchat-uid-1
                 */
                onBehalfOf: components["parameters"]["onBehalfOf"];
            };
            path: {
                /**
                 * @description GUID of the group whose conversation is accessed. Percent-encoded in the path.
                 * @example project-group
                 */
                guid: components["parameters"]["guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group conversation, no longer pinned by `onBehalfOf`. */
            200: {
                headers: {
                    "X-Rate-Limit": components["headers"]["X-Rate-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPinResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PinForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
