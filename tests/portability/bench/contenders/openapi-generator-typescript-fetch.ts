import { Configuration, ConversationsApi } from '../../generated/openapi-generator-typescript-fetch/index';

export const make = (baseUrl: string, fetch: typeof globalThis.fetch) => {
  const api = new ConversationsApi(new Configuration({ basePath: baseUrl, apiKey: () => 'bench-key', fetchApi: fetch }));
  return () => api.getUserConversation({ uid: 'cometchat-uid-2', onBehalfOf: 'cometchat-uid-1' });
};
