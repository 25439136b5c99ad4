// Examples against schemas: where and why one fails validation, and which fields no schema names.
import { describe, expect, it } from 'vitest';
import { findUnknownFields } from '../src/lib/unknown-fields.ts';
import { explainMismatch } from '../src/lib/validate-examples.ts';
import { spec } from './helpers.ts';

const SCHEMAS = '/components/schemas/';

function groupConversation(conversationWith: object = {}, extra: object = {}) {
  return {
    conversationId: 'group_project-group',
    conversationType: 'group',
    unreadMessageCount: '0',
    createdAt: 1630071782,
    updatedAt: 1630481413,
    conversationWith: { guid: 'project-group', name: 'Project Group1', type: 'private', membersCount: 4, ...conversationWith },
    ...extra,
  };
}

describe('explainMismatch', () => {
  it('is empty for a valid example', () => {
    expect(explainMismatch(spec, `${SCHEMAS}SingleConversation`, { data: [groupConversation()] })).toEqual([]);
  });

  it('names the one failing field of a discriminated oneOf, not every branch', () => {
    expect(explainMismatch(spec, `${SCHEMAS}SingleConversation`, { data: [groupConversation({ membersCount: '4' })] })).toEqual([
      { pointer: '/data/0/conversationWith/membersCount', message: 'must be integer (found "4")' },
    ]);
  });

  it('follows the branch that fits the value (object or one-element array)', () => {
    expect(explainMismatch(spec, `${SCHEMAS}SingleConversation`, { data: groupConversation({ type: 'secret' }) })).toEqual([
      { pointer: '/data/conversationWith/type', message: 'must be one of "public", "private", "password" (found "secret")' },
    ]);
    expect(explainMismatch(spec, `${SCHEMAS}SingleConversation`, { data: [] })).toEqual([
      { pointer: '/data', message: 'must NOT have fewer than 1 items (found an array)' },
    ]);
  });

  it('gathers the missing required properties of one object', () => {
    expect(explainMismatch(spec, `${SCHEMAS}ConversationList`, { data: [], meta: { pagination: { total: 0, count: 0 } } })).toEqual([
      { pointer: '/meta/pagination', message: 'must have required properties "per_page", "current_page", "total_pages"' },
    ]);
  });

  it('takes placeholders for values, unless they name another type', () => {
    expect(explainMismatch(spec, `${SCHEMAS}UpdateConversationRequest`, { tags: ['<string>'] })).toEqual([]);
    expect(explainMismatch(spec, `${SCHEMAS}MarkConversationRequest`, { messageId: '<integer>' })).toEqual([]);
    expect(explainMismatch(spec, `${SCHEMAS}Pagination`, { total: '<integer>', count: 0, per_page: 1, current_page: 1, total_pages: 1 })).toEqual([]);
    expect(explainMismatch(spec, `${SCHEMAS}Pagination`, { total: '<string>', count: 0, per_page: 1, current_page: 1, total_pages: 1 })).toEqual([
      { pointer: '/total', message: 'must be integer (found "<string>")' },
    ]);
  });
});

describe('findUnknownFields', () => {
  it('finds a field the chosen branch does not name, even if a sibling branch does', () => {
    // blockedByMe belongs to User; a group conversation's conversationWith is a Group.
    expect(findUnknownFields(spec, `${SCHEMAS}SingleConversation`, { data: [groupConversation({ blockedByMe: true })] })).toEqual([
      '/data/0/conversationWith/blockedByMe',
    ]);
  });

  it('picks the branch by discriminator when the value fits no branch', () => {
    // Invalid for both branches (membersCount), so only conversationType says it is a group.
    expect(findUnknownFields(spec, `${SCHEMAS}SingleConversation`, {
      data: [groupConversation({ membersCount: '4', blockedByMe: true })],
    })).toEqual(['/data/0/conversationWith/blockedByMe']);
  });

  it('finds new fields at any depth, through allOf, oneOf, items and $ref', () => {
    const lastMessage = {
      id: '50', conversationId: 'group_project-group', sender: 'a', receiverType: 'group', receiver: 'project-group',
      category: 'action', type: 'groupMember', sentAt: 1,
      data: { action: 'added', reactions: [], entities: { by: { entity: { uid: 'a', name: 'A', pronouns: 'they' }, entityType: 'user' } } },
    };
    expect(findUnknownFields(spec, `${SCHEMAS}ConversationList`, {
      data: [groupConversation({}, { lastMessage, archivedAt: 1 })],
      meta: { pagination: { total: 1, count: 1, per_page: 100, current_page: 1, total_pages: 1, next: null } },
    })).toEqual(['/data/0/lastMessage/data/reactions', '/data/0/lastMessage/data/entities/by/entity/pronouns', '/data/0/archivedAt', '/meta/pagination/next']);
  });

  it('does not look inside free-form objects', () => {
    expect(findUnknownFields(spec, `${SCHEMAS}SingleConversation`, {
      data: [groupConversation({ metadata: { anything: { goes: true } } })],
    })).toEqual([]);
    expect(findUnknownFields(spec, `${SCHEMAS}Message`, { id: '1', receipts: { data: [[]], delivered: 3 } })).toEqual([]);
  });

  it('knows both spellings of the action result message', () => {
    expect(findUnknownFields(spec, `${SCHEMAS}ActionResult`, { data: { success: true, Message: 'x' } })).toEqual([]);
    expect(findUnknownFields(spec, `${SCHEMAS}ActionResult`, { data: { success: true, message: 'x', code: 1 } })).toEqual(['/data/code']);
  });
});
