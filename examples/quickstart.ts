// The quick start: the typed client against the mock CometChat (demo seed) on 127.0.0.1.
// Lists a user's conversations (every page), tags one, marks one read, handles an error, and
// prints a table. Run it with `pnpm start` (which builds everything first).
import { CometChatNotFoundError, createCometChatClient, type Conversation } from '@cometchat-rest/client';
import { DEMO_API_KEY, DEMO_UIDS, startMockServer } from '@cometchat-rest/mock';

const me = DEMO_UIDS[0]!;
const server = await startMockServer({ seed: 'demo' });
try {
  // Against CometChat itself: createCometChatClient({ appId, region, apiKey }).
  const cometchat = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY, onBehalfOf: me });
  console.log(`Mock CometChat on ${server.url}, acting as ${me}\n`);

  // 1. Every conversation of every page (two per page, to show the paging).
  const conversations: Conversation[] = [];
  let pages = 0;
  for await (const page of cometchat.listConversations({ perPage: 2 }).pages()) {
    pages++;
    conversations.push(...page.data);
  }
  console.log(`1. Listed ${conversations.length} conversations over ${pages} pages.`);

  // 2. Tag the first one-on-one conversation.
  const chat = conversations.find((c) => c.conversationType === 'user');
  if (chat?.conversationType === 'user') {
    const tagged = await cometchat.updateUserConversation({ uid: chat.conversationWith.uid, tags: ['important', 'follow-up'] });
    console.log(`2. Tagged the conversation with ${chat.conversationWith.name}: ${tagged.tags?.join(', ')}`);
  }

  // 3. Mark the first group conversation read.
  const group = conversations.find((c) => c.conversationType === 'group');
  if (group?.conversationType === 'group') {
    const { message } = await cometchat.markGroupConversationAsRead({ guid: group.conversationWith.guid });
    console.log(`3. Marked ${group.conversationWith.name} read: ${message}`);
  }

  // 4. A typed error: a user that does not exist.
  try {
    await cometchat.getUserConversation({ uid: 'nobody-here' });
  } catch (error) {
    if (!(error instanceof CometChatNotFoundError)) throw error;
    console.log(`4. Handled ${error.name} (${error.status} ${error.code}): ${error.message}`);
  }

  // 5. The conversations as they are now.
  const rows: Record<string, string | number>[] = [];
  for await (const c of cometchat.listConversations({ withTags: true })) {
    rows.push({
      with: c.conversationType === 'user' ? c.conversationWith.name : `#${c.conversationWith.name}`,
      type: c.conversationType,
      unread: Number(c.unreadMessageCount),
      tags: c.tags?.join(', ') ?? '',
      'last message': c.lastMessage?.data?.text ?? c.lastMessage?.type ?? '',
    });
  }
  console.log(`\n5. ${me}'s conversations:`);
  console.table(rows);
} finally {
  await server.close();
}
