// Type-checked by the release test with moduleResolution node16 in a CommonJS package, against the
// .d.cts files installed from the registry.
import { CometChatNotFoundError, createCometChatClient, type Conversation } from '@cometchat-rest/client';
import type { paths } from '@cometchat-rest/models';
import { DEMO_API_KEY, startMockServer } from '@cometchat-rest/mock';

export async function consumer(): Promise<void> {
  const server = await startMockServer({ port: 0 });
  const client = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' });
  const page = await client.listConversations({ perPage: 2 });
  const first: Conversation | undefined = page.data[0];
  const total: number = page.meta.pagination.total;
  // @ts-expect-error tags are strings
  await client.updateUserConversation({ uid: 'cometchat-uid-2', tags: [1] });
  try {
    await client.getUserConversation({ uid: 'nobody' });
  } catch (error) {
    if (error instanceof CometChatNotFoundError) console.log(error.code);
  }
  type Path = keyof paths;
  const path: Path = '/conversations';
  // The spec package is ESM only: CommonJS code reaches it with import().
  const { openapi } = await import('@cometchat-rest/spec');
  const version: '3.1.0' = openapi.openapi;
  await server.close();
  void first, total, path, version;
}
