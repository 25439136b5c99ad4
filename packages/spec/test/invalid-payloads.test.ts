// Payloads the spec must reject, each for the reason named: the schemas have teeth.
import { describe, expect, it } from 'vitest';
import { document, validatorFor } from './spec.ts';

const example = (name: string): any => structuredClone(document.components.examples![name].value);
const listPage = () => example('list-conversations--200');
const single = () => example('get-group-conversation--200');
const userSingle = () => example('get-user-conversation--200--user');
const groupConversation = () => single().data[0];
const userConversation = () => ({
  conversationId: 'cometchat-uid-1_user_cometchat-uid-2',
  conversationType: 'user',
  unreadMessageCount: '2',
  createdAt: 1630071782,
  updatedAt: 1630481413,
  conversationWith: { uid: 'cometchat-uid-2', name: 'George Alan', status: 'offline' },
});

type Case = {
  reason: string;
  operationId: string;
  target: 'request' | '200' | '400';
  payload: () => unknown;
  /** The JSON pointer of the value at fault and the keyword that rejects it. */
  at: string;
  keyword: string;
};

const CASES: Case[] = [
  { reason: 'unreadMessageCount that is not a number', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].unreadMessageCount = 'many'; return p; },
    at: '/data/0/unreadMessageCount', keyword: 'pattern' },
  { reason: 'negative unreadMessageCount', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].unreadMessageCount = -1; return p; },
    at: '/data/0/unreadMessageCount', keyword: 'minimum' },
  { reason: 'unknown conversationType', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].conversationType = 'channel'; return p; },
    at: '/data/0/conversationType', keyword: 'const' },
  { reason: 'group conversation whose conversationWith is a user', operationId: 'getGroupConversation', target: '200',
    payload: () => ({ data: [{ ...groupConversation(), conversationWith: userConversation().conversationWith }] }),
    at: '/data/0/conversationWith', keyword: 'required' },
  { reason: 'a group conversation from a user conversation read (as CometChat\'s examples show)', operationId: 'getUserConversation', target: '200',
    payload: () => single(),
    at: '/data/0/conversationType', keyword: 'const' },
  { reason: 'a user conversation from a group conversation read', operationId: 'updateGroupConversation', target: '200',
    payload: () => ({ data: userConversation() }),
    at: '/data/conversationType', keyword: 'const' },
  { reason: 'a pin result of the other kind', operationId: 'pinUserConversation', target: '200',
    payload: () => ({ data: { conversationId: 'group_g', conversationType: 'group', pinnedBy: 'u', pinnedAt: 1 } }),
    at: '/data/conversationType', keyword: 'const' },
  { reason: 'a pinnedAt in milliseconds as a string', operationId: 'listPinnedConversations', target: '200',
    payload: () => ({ data: [{ conversationId: 'group_g', conversationType: 'group', pinnedAt: '1700210300000' }] }),
    at: '/data/0/pinnedAt', keyword: 'type' },
  { reason: 'a global pin entry naming both a uid and a guid', operationId: 'updatePinnedConversations', target: 'request',
    payload: () => ({ pinnedConversations: [{ uid: 'u', guid: 'g' }] }),
    at: '/pinnedConversations/0', keyword: 'oneOf' },
  { reason: 'a global pin entry naming neither', operationId: 'updatePinnedConversations', target: 'request',
    payload: () => ({ pinnedConversations: [{}] }),
    at: '/pinnedConversations/0', keyword: 'oneOf' },
  { reason: 'replacing the global pins without the list', operationId: 'updatePinnedConversations', target: 'request',
    payload: () => ({}),
    at: '', keyword: 'required' },
  { reason: 'user conversation whose conversationWith is a group', operationId: 'getUserConversation', target: '200',
    payload: () => ({ data: { ...userConversation(), conversationWith: groupConversation().conversationWith } }),
    at: '/data/conversationWith', keyword: 'required' },
  { reason: 'timestamp as an ISO date string', operationId: 'getGroupConversation', target: '200',
    payload: () => { const p = single(); p.data[0].createdAt = '2021-08-27T13:43:02Z'; return p; },
    at: '/data/0/createdAt', keyword: 'type' },
  { reason: 'timestamp with a fraction', operationId: 'getGroupConversation', target: '200',
    payload: () => { const p = single(); p.data[0].updatedAt = 1630481413.5; return p; },
    at: '/data/0/updatedAt', keyword: 'type' },
  { reason: 'missing conversationId', operationId: 'getUserConversation', target: '200',
    payload: () => { const p = userSingle(); delete p.data[0].conversationId; return p; },
    at: '/data/0', keyword: 'required' },
  { reason: 'two conversations where one is documented', operationId: 'updateUserConversation', target: '200',
    payload: () => { const p = userSingle(); p.data.push(userConversation()); return p; },
    at: '/data', keyword: 'maxItems' },
  { reason: 'empty data array', operationId: 'getConversation', target: '200',
    payload: () => ({ data: [] }),
    at: '/data', keyword: 'minItems' },
  { reason: 'unknown message category', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].lastMessage.category = 'system'; return p; },
    at: '/data/0/lastMessage/category', keyword: 'enum' },
  { reason: 'unknown receiverType', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].lastMessage.receiverType = 'channel'; return p; },
    at: '/data/0/lastMessage/receiverType', keyword: 'enum' },
  { reason: 'message id that is not digits', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].lastMessage.id = 'fifty'; return p; },
    at: '/data/0/lastMessage/id', keyword: 'pattern' },
  { reason: 'unknown entity type', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].lastMessage.data.entities.by.entityType = 'bot'; return p; },
    at: '/data/0/lastMessage/data/entities/by/entityType', keyword: 'const' },
  { reason: 'unknown group type', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].conversationWith.type = 'secret'; return p; },
    at: '/data/0/conversationWith/type', keyword: 'enum' },
  { reason: 'unknown member scope', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.data[0].conversationWith.scope = 'owner'; return p; },
    at: '/data/0/conversationWith/scope', keyword: 'enum' },
  { reason: 'list page without meta', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); delete p.meta; return p; },
    at: '', keyword: 'required' },
  { reason: 'pagination per_page as a string', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); p.meta.pagination.per_page = '100'; return p; },
    at: '/meta/pagination/per_page', keyword: 'type' },
  { reason: 'pagination without total_pages', operationId: 'listConversations', target: '200',
    payload: () => { const p = listPage(); delete p.meta.pagination.total_pages; return p; },
    at: '/meta/pagination', keyword: 'required' },
  { reason: 'action result without message or Message', operationId: 'markUserConversationAsRead', target: '200',
    payload: () => ({ data: { success: true } }),
    at: '/data', keyword: 'required' },
  { reason: 'action result whose success is a string', operationId: 'resetGroupConversation', target: '200',
    payload: () => ({ data: { success: 'true', message: 'done' } }),
    at: '/data/success', keyword: 'type' },
  { reason: '26 tags', operationId: 'updateUserConversation', target: 'request',
    payload: () => ({ tags: Array.from({ length: 26 }, (_, i) => `tag-${i}`) }),
    at: '/tags', keyword: 'maxItems' },
  { reason: 'a tag of 101 characters', operationId: 'updateGroupConversation', target: 'request',
    payload: () => ({ tags: ['x'.repeat(101)] }),
    at: '/tags/0', keyword: 'maxLength' },
  { reason: 'tags that are not strings', operationId: 'updateUserConversation', target: 'request',
    payload: () => ({ tags: [42] }),
    at: '/tags/0', keyword: 'type' },
  { reason: 'update without tags', operationId: 'updateUserConversation', target: 'request',
    payload: () => ({}),
    at: '', keyword: 'required' },
  { reason: 'messageId as a string that is not digits', operationId: 'markUserConversationAsDelivered', target: 'request',
    payload: () => ({ messageId: '5a' }),
    at: '/messageId', keyword: 'pattern' },
  { reason: 'messageId 0', operationId: 'markGroupConversationAsRead', target: 'request',
    payload: () => ({ messageId: 0 }),
    at: '/messageId', keyword: 'minimum' },
  { reason: 'messageId "0"', operationId: 'markGroupConversationAsUnread', target: 'request',
    payload: () => ({ messageId: '0' }),
    at: '/messageId', keyword: 'pattern' },
  { reason: 'preserveOrder as a string', operationId: 'resetGroupConversation', target: 'request',
    payload: () => ({ preserveOrder: 'yes' }),
    at: '/preserveOrder', keyword: 'type' },
  { reason: 'mark unread without messageId', operationId: 'markGroupConversationAsUnread', target: 'request',
    payload: () => ({}),
    at: '', keyword: 'required' },
  { reason: 'deleteMessagesPermanently as a string', operationId: 'resetUserConversation', target: 'request',
    payload: () => ({ conversationWith: 'cometchat-uid-2', deleteMessagesPermanently: 'yes' }),
    at: '/deleteMessagesPermanently', keyword: 'type' },
  { reason: 'error body without code', operationId: 'getUserConversation', target: '400',
    payload: () => ({ error: { message: 'Failed', devMessage: 'Failed', source: 'chat-api' } }),
    at: '/error', keyword: 'required' },
  { reason: 'error details that are not lists of strings', operationId: 'getUserConversation', target: '400',
    payload: () => ({ error: { code: 'ERR_BAD_REQUEST', message: 'Failed', details: { uid: 'required' } } }),
    at: '/error/details/uid', keyword: 'type' },
];

describe('invalid payloads are rejected', () => {
  it.each(CASES.map((c) => [c.reason, c] as const))('%s', (_reason, c) => {
    const validate = validatorFor(c.operationId, c.target);
    expect(validate(c.payload())).toBe(false);
    const reasons = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(reasons).toContain(`${c.at} ${c.keyword}`);
  });

  it('the untouched payloads behind these cases are valid', () => {
    expect(validatorFor('listConversations', '200')(listPage())).toBe(true);
    expect(validatorFor('getUserConversation', '200')({ data: userConversation() })).toBe(true);
    expect(validatorFor('getUserConversation', '200')({ data: [userConversation()] })).toBe(true);
    expect(validatorFor('updateUserConversation', 'request')({ tags: Array.from({ length: 25 }, () => 'x'.repeat(100)) })).toBe(true);
    expect(validatorFor('markUserConversationAsRead', 'request')({ messageId: 50 })).toBe(true);
    expect(validatorFor('markUserConversationAsRead', 'request')({ messageId: '50' })).toBe(true);
    expect(validatorFor('getUserConversation', '200')(userSingle())).toBe(true);
    expect(validatorFor('getGroupConversation', '200')(single())).toBe(true);
    expect(validatorFor('updatePinnedConversations', 'request')({ pinnedConversations: [{ uid: 'u' }, { guid: 'g' }] })).toBe(true);
    expect(validatorFor('pinUserConversation', '200')({ data: userConversation() })).toBe(true);
    expect(validatorFor('listConversations', '200')({ ...listPage(), data: [{ ...userConversation(), unreadMessageCount: 3 }] })).toBe(true);
  });

  it('new response fields are accepted (responses stay open)', () => {
    const page = listPage();
    page.data[0].someFutureField = { nested: true };
    page.data[0].conversationWith.anotherNewField = 1;
    page.meta.somethingElse = 'x';
    expect(validatorFor('listConversations', '200')(page)).toBe(true);
  });
});
