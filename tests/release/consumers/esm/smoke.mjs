// A fresh ESM consumer of the packages installed from the registry: import all four, start the
// mock in this process, and make real calls with the client. Prints one JSON line of what it saw;
// the release test asserts on it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CometChatError, CometChatNotFoundError, createCometChatClient } from '@cometchat-rest/client';
import * as models from '@cometchat-rest/models';
import { DEMO_API_KEY, startMockServer } from '@cometchat-rest/mock';
import { openapi } from '@cometchat-rest/spec';
import conversationSchema from '@cometchat-rest/spec/schemas/Conversation.json' with { type: 'json' };

const names = ['@cometchat-rest/spec', '@cometchat-rest/models', '@cometchat-rest/client', '@cometchat-rest/mock'];
const versions = Object.fromEntries(names.map((name) => [name, JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`${name}/package.json`)), 'utf8')).version]));
const resolved = Object.fromEntries(names.map((name) => [name, fileURLToPath(import.meta.resolve(name))]));

const server = await startMockServer({ port: 0 });
try {
  const client = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' });

  const firstPage = await client.listConversations({ perPage: 2 });
  const ids = [];
  for await (const conversation of client.listConversations({ perPage: 2 })) ids.push(conversation.conversationId);

  const updated = await client.updateGroupConversation({ guid: 'project-group', tags: ['released', 'esm'] });
  const tagged = await client.listConversations({ withTags: true, tags: ['released'] });

  let error;
  try {
    await client.getGroupConversation({ guid: 'no-such-group' });
  } catch (e) {
    error = { name: e.constructor.name, notFound: e instanceof CometChatNotFoundError, base: e instanceof CometChatError, status: e.status, code: e.code };
  }

  console.log(
    JSON.stringify({
      node: process.version,
      versions,
      resolved,
      specOpenapi: openapi.openapi,
      schemaTitle: conversationSchema.title ?? conversationSchema.$id ?? null,
      modelsRuntimeExports: Object.keys(models),
      pagination: firstPage.meta.pagination,
      ids,
      updatedTags: updated.tags,
      tagged: tagged.data.map((c) => [c.conversationId, c.tags]),
      error,
    }),
  );
} finally {
  await server.close();
}
