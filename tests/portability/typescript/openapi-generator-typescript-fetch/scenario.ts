import { Configuration, ConversationsApi, ResponseError, type Conversation } from '../../generated/openapi-generator-typescript-fetch/index';

const s = JSON.parse(process.env.SCENARIO!) as { baseUrl: string; apiKey: string; onBehalfOf: string; perPage: number; tagged: string; tags: string[]; unknownUser: string };
const api = new ConversationsApi(new Configuration({ basePath: s.baseUrl, apiKey: () => s.apiKey }));
const one = (data: Conversation | Conversation[]): Conversation => (Array.isArray(data) ? data[0]! : data);

const pages: string[][] = [];
for (let page = 1; ; page++) {
  const list = await api.listConversations({ onBehalfOf: s.onBehalfOf, perPage: s.perPage, page });
  pages.push(list.data.map((c) => c.conversationId));
  if (list.meta.pagination.current_page >= list.meta.pagination.total_pages) break;
}
const updated = one((await api.updateUserConversation({ onBehalfOf: s.onBehalfOf, uid: s.tagged, updateConversationRequest: { tags: s.tags } })).data);

let notFound = { error: 'no error', status: 0, code: '' };
try {
  await api.getUserConversation({ onBehalfOf: s.onBehalfOf, uid: s.unknownUser });
} catch (error) {
  if (!(error instanceof ResponseError)) throw error;
  const body = (await error.response.json()) as { error?: { code?: string } };
  notFound = { error: error.name, status: error.response.status, code: body.error?.code ?? '' };
}
console.log(JSON.stringify({ pages, tags: updated.tags ?? [], notFound }));
