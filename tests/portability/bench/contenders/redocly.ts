import { createClient, OPERATIONS } from '../../generated/redocly/client';

export const make = (baseUrl: string, fetch: typeof globalThis.fetch) => {
  const client = createClient(OPERATIONS, { serverUrl: baseUrl, fetch, auth: { apiKey: { apiKey: 'bench-key' } }, clientHeader: false }) as unknown as {
    getUserConversation(args: { path: { uid: string }; headers: { onBehalfOf: string } }): Promise<unknown>;
  };
  return () => client.getUserConversation({ path: { uid: 'cometchat-uid-2' }, headers: { onBehalfOf: 'cometchat-uid-1' } });
};
