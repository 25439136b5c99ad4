import { createClient, createConfig } from '../../generated/hey-api/client/index';
import { getUserConversation } from '../../generated/hey-api/sdk.gen';

export const make = (baseUrl: string, fetch: typeof globalThis.fetch) => {
  const client = createClient(createConfig({ baseUrl, fetch, auth: () => 'bench-key' }));
  return () => getUserConversation({ client, path: { uid: 'cometchat-uid-2' }, headers: { onBehalfOf: 'cometchat-uid-1' } });
};
