// markGroupConversationAsUnread is the one operation whose onBehalfOf the spec leaves optional (a
// CometChat docs omission): a request without it is valid, so the mock answers it (found by
// Schemathesis's positive-data check), acting for every member of the group.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/index.ts';
import { client, U1, U2 } from './helpers.ts';

let server: MockServer;
let call: ReturnType<typeof client>;
beforeAll(async () => {
  server = await startMockServer();
  call = client(server.url);
});
afterAll(() => server.close());
beforeEach(() => server.store.reset());

it('without onBehalfOf, marks the group messages after messageId unread for every member', async () => {
  for (const uid of [U1, U2]) await call('POST', '/groups/project-group/conversation/read', { onBehalfOf: uid });
  const { status, body } = await call('DELETE', '/groups/project-group/conversation/read', { body: { messageId: 11 } });
  expect(status).toBe(200);
  expect(body.data).toEqual({ success: true, message: 'The messages after the message id 11 in the group project-group are marked as unread for every member.' });
  for (const uid of [U1, U2]) expect(server.store.conversationState(uid, { guid: 'project-group' })).toMatchObject({ readUpTo: 11 });
});

it('without onBehalfOf, still 404 for an unknown group and for a message of another conversation', async () => {
  expect((await call('DELETE', '/groups/no-such-group/conversation/read', { body: { messageId: 11 } })).body.error.code).toBe('ERR_GUID_NOT_FOUND');
  expect((await call('DELETE', '/groups/project-group/conversation/read', { body: { messageId: 1 } })).status).toBe(404);
});
