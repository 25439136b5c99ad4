// Type-checked by the release test with moduleResolution node16 and bundler, against the .d.mts
// files installed from the registry. The @ts-expect-error lines fail the check if the types ever
// degrade to `any` or lose their shape.
import { CometChatNotFoundError, createCometChatClient, type CometChatClient, type Conversation } from '@cometchat-rest/client';
import type { Conversation as ModelConversation, components, paths } from '@cometchat-rest/models';
import { DEMO_API_KEY, startMockServer, type FaultRule, type MockServer } from '@cometchat-rest/mock';
import { openapi } from '@cometchat-rest/spec';

export async function consumer(): Promise<string[]> {
  const server: MockServer = await startMockServer({ port: 0, rateLimit: false });
  // With a default onBehalfOf, no call needs one; without it, calls that require it say so.
  const client = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' });
  const anonymous: CometChatClient = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY });
  // @ts-expect-error onBehalfOf is required without a default
  await anonymous.getUserConversation({ uid: 'cometchat-uid-2' });
  await anonymous.getUserConversation({ uid: 'cometchat-uid-2', onBehalfOf: 'cometchat-uid-1' });

  const page = await client.listConversations({ perPage: 2, withTags: true });
  const totalPages: number = page.meta.pagination.total_pages;
  const first: Conversation | undefined = page.data[0];
  // The client's Conversation is the models' Conversation.
  const same: ModelConversation | undefined = first;
  const back: Conversation | undefined = same;

  const updated = await client.updateUserConversation({ uid: 'cometchat-uid-2', tags: ['a'] });
  const tags: string[] | undefined = updated.tags;

  // @ts-expect-error tags are strings
  await client.updateUserConversation({ uid: 'cometchat-uid-2', tags: [1] });
  // @ts-expect-error uid is required
  await client.getUserConversation({});
  // @ts-expect-error no such method
  client.deleteEverything();

  try {
    await client.getUserConversation({ uid: 'nobody' });
  } catch (error) {
    if (error instanceof CometChatNotFoundError) {
      const status: number = error.status;
      const code: string | undefined = error.code;
      void status, code;
    }
  }

  const rule: FaultRule = { operationId: 'getGroupConversation', times: 1, fault: { type: 'status', status: 429, retryAfter: 0 } };
  // @ts-expect-error not a fault type
  const wrong: FaultRule = { fault: { type: 'explode' } };
  // @ts-expect-error not an operation
  const unknownOp: FaultRule = { operationId: 'dropTables', fault: { type: 'reset' } };
  server.faults.add(rule);

  const version: '3.1.0' = openapi.openapi;
  type ListQuery = NonNullable<paths['/conversations']['get']['parameters']['query']>;
  const query: ListQuery = { perPage: 10 };
  const type: components['schemas']['ConversationType'] = 'user';

  await server.close();
  void totalPages, back, tags, wrong, unknownOp, query, type;
  return [version];
}
