import { client } from '../../generated/hey-api/client.gen';
import { getUserConversation, listConversations, updateUserConversation } from '../../generated/hey-api/sdk.gen';
import type { Conversation, GetUserConversationError } from '../../generated/hey-api/types.gen';

const s = JSON.parse(process.env.SCENARIO!) as { baseUrl: string; apiKey: string; onBehalfOf: string; perPage: number; tagged: string; tags: string[]; unknownUser: string };
client.setConfig({ baseUrl: s.baseUrl, auth: () => s.apiKey });
const one = (data: Conversation | [Conversation]): Conversation => (Array.isArray(data) ? data[0] : data);

const pages: string[][] = [];
for (let page = 1; ; page++) {
  const { data: list } = await listConversations({ headers: { onBehalfOf: s.onBehalfOf }, query: { perPage: s.perPage, page }, throwOnError: true });
  pages.push(list.data.map((c) => c.conversationId));
  if (list.meta.pagination.current_page >= list.meta.pagination.total_pages) break;
}
const { data: updated } = await updateUserConversation({ headers: { onBehalfOf: s.onBehalfOf }, path: { uid: s.tagged }, body: { tags: s.tags }, throwOnError: true });

// hey-api returns an error response as `error` (typed per operation) instead of throwing it.
const missing = await getUserConversation({ headers: { onBehalfOf: s.onBehalfOf }, path: { uid: s.unknownUser } });
const error: GetUserConversationError | undefined = missing.error;
const notFound = error ? { error: 'GetUserConversationError', status: missing.response.status, code: error.error.code } : { error: 'no error', status: missing.response.status, code: '' };
console.log(JSON.stringify({ pages, tags: one(updated.data).tags ?? [], notFound }));
