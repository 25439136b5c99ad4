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
  'get-user-conversation--200': ['getUserConversation', '200'],
  'get-user-conversation--200--legacy-superhero': ['getUserConversation', '200'],
  'update-user-conversation--request': ['updateUserConversation', 'request'],
  'update-user-conversation--200': ['updateUserConversation', '200'],
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
    expect(Object.keys(examples).sort()).toEqual([...Object.keys(EXAMPLES), ...Object.keys(ERROR_EXAMPLES)].sort());
  });

  it.each(Object.entries(EXAMPLES))('%s validates against %s', (name, [operationId, target]) => {
    const validate = validatorFor(operationId, target);
    const valid = validate(examples[name]!.value);
    expect(valid, describeErrors(validate.errors)).toBe(true);
  });

  it.each(Object.entries(ERROR_EXAMPLES))('%s validates as the %s response of every operation', (name, status) => {
    for (const { operationId } of operations) {
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
  it.each(files)('%s is in the spec, unchanged', (file) => {
    const name = file.replace(/\.json$/, '');
    expect(examples[name], `spec/components/examples/${name}.yaml is missing`).toBeDefined();
    expect(examples[name]!.value).toEqual(JSON.parse(readFileSync(new URL(file, SHARED), 'utf8')));
  });
});
