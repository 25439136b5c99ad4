import { createCometChatClient } from '@cometchat-rest/client';

export const make = (baseUrl: string, fetch: (request: Request) => Promise<Response>) => {
  const client = createCometChatClient({ baseUrl, apiKey: 'bench-key', fetch });
  return () => client.getUserConversation({ uid: 'cometchat-uid-2', onBehalfOf: 'cometchat-uid-1' });
};
