import { getUserConversation } from '../../generated/orval/api';

// orval's fetch client calls the global fetch with a path relative to the server: the base URL goes in
// front here, as a custom fetch (orval's mutator) would put it. The other contenders are handed their
// fetch, so replacing the global one touches only this contender.
export const make = (baseUrl: string, fetch: typeof globalThis.fetch) => {
  globalThis.fetch = ((path: string | URL | Request, init?: RequestInit) => fetch(`${baseUrl}${String(path)}`, init)) as typeof globalThis.fetch;
  return () => getUserConversation('cometchat-uid-2', { headers: { apikey: 'bench-key', onBehalfOf: 'cometchat-uid-1' } });
};
