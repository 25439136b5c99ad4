// The JSON Schema (2020-12) of a seed's shape. Plain data: compiled ahead of time by
// scripts/generate-validators.ts (src/generated/document-validators.js), exported for users.
import { DOCUMENT_ID as DOC_ID } from './validator-names.ts';

const SECONDS_MAX = 99_999_999_999;
const id = { type: 'string', pattern: '^[A-Za-z0-9_-]+$', minLength: 1, maxLength: 100 };
const timestamp = { type: 'integer', minimum: 0, maximum: SECONDS_MAX };
const stringList = { type: 'array', items: { type: 'string' } };
const messageId = { type: 'integer', minimum: 1 };

/** The JSON Schema (2020-12) of a seed's shape; references into the spec use the id `cometchat-openapi`. */
export const seedSchema: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  properties: {
    users: { type: 'array', items: { $ref: '#/$defs/user' } },
    groups: { type: 'array', items: { $ref: '#/$defs/group' } },
    members: { type: 'array', items: { $ref: '#/$defs/member' } },
    messages: { type: 'array', items: { $ref: '#/$defs/message' } },
    conversations: { type: 'array', items: { $ref: '#/$defs/conversation' } },
    pinnedConversations: { type: 'array', maxItems: 5, items: { $ref: '#/$defs/globalPin' } },
    blocks: { type: 'array', items: { $ref: '#/$defs/block' } },
    nextMessageId: messageId,
  },
  $defs: {
    user: {
      type: 'object',
      additionalProperties: false,
      required: ['uid', 'name'],
      properties: {
        uid: id,
        name: { type: 'string', minLength: 1, maxLength: 100 },
        avatar: { type: 'string' },
        link: { type: 'string' },
        role: { type: 'string', minLength: 1 },
        status: { type: 'string', minLength: 1 },
        statusMessage: { type: 'string' },
        metadata: { type: 'object' },
        tags: stringList,
        createdAt: timestamp,
        updatedAt: timestamp,
        lastActiveAt: timestamp,
      },
    },
    group: {
      type: 'object',
      additionalProperties: false,
      required: ['guid', 'name', 'owner'],
      properties: {
        guid: id,
        name: { type: 'string', minLength: 1, maxLength: 100 },
        type: { $ref: `${DOC_ID}#/components/schemas/GroupType` },
        description: { type: 'string', maxLength: 255 },
        icon: { type: 'string', maxLength: 3000 },
        owner: id,
        metadata: { type: 'object' },
        tags: stringList,
        createdAt: timestamp,
        updatedAt: timestamp,
        updatedBy: id,
      },
    },
    member: {
      type: 'object',
      additionalProperties: false,
      required: ['guid', 'uid'],
      properties: {
        guid: id,
        uid: id,
        scope: { $ref: `${DOC_ID}#/components/schemas/GroupMemberScope` },
        joinedAt: timestamp,
      },
    },
    message: {
      type: 'object',
      additionalProperties: false,
      required: ['sender', 'receiverType', 'receiver'],
      properties: {
        id: messageId,
        sender: id,
        receiverType: { $ref: `${DOC_ID}#/components/schemas/ReceiverType` },
        receiver: id,
        category: { $ref: `${DOC_ID}#/components/schemas/MessageCategory` },
        type: { type: 'string', minLength: 1 },
        text: { type: 'string' },
        data: {
          allOf: [{ $ref: `${DOC_ID}#/components/schemas/MessageData` }],
          not: { required: ['entities'] },
        },
        on: id,
        parentId: messageId,
        tags: stringList,
        sentAt: timestamp,
        updatedAt: timestamp,
        editedAt: timestamp,
        deletedAt: timestamp,
        deletedBy: id,
      },
      if: { properties: { category: { const: 'custom' } }, required: ['category'] },
      then: { required: ['type'] },
    },
    conversation: {
      type: 'object',
      additionalProperties: false,
      required: ['uid', 'with'],
      properties: {
        uid: id,
        with: {
          oneOf: [
            { type: 'object', additionalProperties: false, required: ['uid'], properties: { uid: id } },
            { type: 'object', additionalProperties: false, required: ['guid'], properties: { guid: id } },
          ],
        },
        tags: { $ref: `${DOC_ID}#/components/schemas/Tags` },
        deliveredUpTo: { type: 'integer', minimum: 0 },
        readUpTo: { type: 'integer', minimum: 0 },
        clearedUpTo: { type: 'integer', minimum: 0 },
        updatedAt: timestamp,
        pinnedAt: timestamp,
        keptInList: { type: 'object', additionalProperties: false, required: ['createdAt', 'updatedAt'], properties: { createdAt: timestamp, updatedAt: timestamp } },
      },
    },
    globalPin: {
      oneOf: [
        { type: 'object', additionalProperties: false, required: ['uid'], properties: { uid: id, pinnedAt: timestamp } },
        { type: 'object', additionalProperties: false, required: ['guid'], properties: { guid: id, pinnedAt: timestamp } },
      ],
    },
    block: {
      type: 'object',
      additionalProperties: false,
      required: ['uid', 'blocked'],
      properties: { uid: id, blocked: id, blockedAt: timestamp },
    },
  },
};
