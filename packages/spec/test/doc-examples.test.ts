// Every request and response example from CometChat's docs validates against the operation it
// documents. The examples live in spec/components/examples; the shared fixture folder they were
// taken from must still match them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeErrors, document, operations, validatorFor } from './spec.ts';

/** Example name (the docs' file name without extension) -> the operation and body it documents. */
const EXAMPLES: Record<string, [operationId: string, target: 'request' | '200']> = {
  'list-conversations--200': ['listConversations', '200'],
  'get-conversation--200': ['getConversation', '200'],
  'delete-conversation--200': ['deleteConversation', '200'],
  'get-user-conversation--200--user': ['getUserConversation', '200'],
  'update-user-conversation--request': ['updateUserConversation', 'request'],
  'update-user-conversation--200--user': ['updateUserConversation', '200'],
  'reset-user-conversation--request': ['resetUserConversation', 'request'],
  'reset-user-conversation--200': ['resetUserConversation', '200'],
  'mark-user-conversation-as-delivered--200': ['markUserConversationAsDelivered', '200'],
  'mark-user-conversation-as-read--200': ['markUserConversationAsRead', '200'],
  'mark-conversation-messages-as-unread--request': ['markUserConversationAsUnread', 'request'],
  'mark-conversation-messages-as-unread--200': ['markUserConversationAsUnread', '200'],
  'get-group-conversation--200': ['getGroupConversation', '200'],
  'update-group-conversation--request': ['updateGroupConversation', 'request'],
  'update-group-conversation--200': ['updateGroupConversation', '200'],
  'reset-group-conversation--200': ['resetGroupConversation', '200'],
  'mark-group-conversation-as-delivered--200': ['markGroupConversationAsDelivered', '200'],
  'mark-group-conversation-as-read--200': ['markGroupConversationAsRead', '200'],
  'mark-group-conversation-as-unread--200': ['markGroupConversationAsUnread', '200'],
  'pin-user-conversation--200': ['pinUserConversation', '200'],
  'unpin-user-conversation--200': ['unpinUserConversation', '200'],
  'pin-group-conversation--200': ['pinGroupConversation', '200'],
  'unpin-group-conversation--200': ['unpinGroupConversation', '200'],
  'list-global-pinned-conversations--200': ['listPinnedConversations', '200'],
  'replace-global-pinned-conversations--request': ['updatePinnedConversations', 'request'],
};
/** Error bodies of some operations only, under their status. */
const OPERATION_ERROR_EXAMPLES: Record<string, [operationIds: string[], status: string]> = {
  'error--ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED--400': [['pinUserConversation', 'pinGroupConversation'], '400'],
  'error--ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED--400': [['updatePinnedConversations'], '400'],
  'error--ERR_SYSTEM_PINNED_CONVERSATION--403--pin': [['pinUserConversation', 'pinGroupConversation'], '403'],
  'error--ERR_SYSTEM_PINNED_CONVERSATION--403--unpin': [['unpinUserConversation', 'unpinGroupConversation'], '403'],
  'error--ERR_FEATURE_NOT_ACCESSIBLE--403': [['pinUserConversation', 'unpinUserConversation', 'pinGroupConversation', 'unpinGroupConversation', 'listPinnedConversations', 'updatePinnedConversations'], '403'],
};
/**
 * CometChat's examples that contradict the wire, kept out of the spec (and listed, with their reason,
 * in spec/docs-snapshots/explained.yaml): every one shows a group conversation as the answer to a
 * user conversation read, which only ever returns the user conversation.
 */
const CONTRADICTED: Record<string, [operationId: string, target: '200']> = {
  'get-user-conversation--200': ['getUserConversation', '200'],
  'get-user-conversation--200--legacy-superhero': ['getUserConversation', '200'],
  'update-user-conversation--200': ['updateUserConversation', '200'],
};
/** Error bodies apply to every operation, under the status their capture was taken with. */
const ERROR_EXAMPLES: Record<string, string> = {
  'error--ERR_BAD_REQUEST--400': '400',
  'error--AUTH_ERR_NO_ACCESS--403': '403',
  'error--ERR_UID_NOT_FOUND--404': '404',
};

const examples: Record<string, { value: unknown }> = document.components.examples!;

describe('CometChat doc examples', () => {
  it('the spec carries exactly the examples this test maps', () => {
    expect(Object.keys(examples).sort()).toEqual([...Object.keys(EXAMPLES), ...Object.keys(ERROR_EXAMPLES), ...Object.keys(OPERATION_ERROR_EXAMPLES)].sort());
  });

  it.each(Object.entries(EXAMPLES))('%s validates against %s', (name, [operationId, target]) => {
    const validate = validatorFor(operationId, target);
    const valid = validate(examples[name]!.value);
    expect(valid, describeErrors(validate.errors)).toBe(true);
  });

  it.each(Object.entries(ERROR_EXAMPLES))('%s validates as the %s response of every operation that has one', (name, status) => {
    for (const { operationId } of operations.filter((op) => status in op.responses)) {
      const validate = validatorFor(operationId, status);
      expect(validate(examples[name]!.value), `${operationId}: ${describeErrors(validate.errors)}`).toBe(true);
    }
  });

  it.each(Object.entries(OPERATION_ERROR_EXAMPLES))('%s validates as the %s response of its operations', (name, [operationIds, status]) => {
    for (const operationId of operationIds) {
      const validate = validatorFor(operationId, status);
      expect(validate(examples[name]!.value), `${operationId}: ${describeErrors(validate.errors)}`).toBe(true);
    }
  });

  it('each operation shows CometChat examples wherever the docs have them', () => {
    const used = JSON.stringify([document.paths, document.components.responses]);
    for (const name of Object.keys(EXAMPLES)) expect(used).toContain(`#/components/examples/${name}`);
  });
});

// The folder the examples were copied from, beside the repository (present on developer machines and in CI).
const SHARED = new URL('../../../../shared/fixtures/doc-examples/', import.meta.url);
describe.skipIf(!existsSync(SHARED))('shared doc-example fixtures', () => {
  const files = existsSync(SHARED) ? readdirSync(SHARED).filter((file) => file.endsWith('.json')) : [];
  it.each(files.filter((file) => !(file.replace(/\.json$/, '') in CONTRADICTED)))('%s is in the spec, unchanged', (file) => {
    const name = file.replace(/\.json$/, '');
    expect(examples[name], `spec/components/examples/${name}.yaml is missing`).toBeDefined();
    expect(examples[name]!.value).toEqual(JSON.parse(readFileSync(new URL(file, SHARED), 'utf8')));
  });

  it.each(Object.entries(CONTRADICTED))('%s contradicts the wire: not in the spec, and refused by %s', (name, [operationId, target]) => {
    expect(examples[name]).toBeUndefined();
    const value = JSON.parse(readFileSync(new URL(`${name}.json`, SHARED), 'utf8'));
    expect(value.data[0].conversationType).toBe('group');
    expect(validatorFor(operationId, target)(value)).toBe(false);
  });
});
