import createClient from 'openapi-fetch';
import type { paths } from '@cometchat-rest/models';

export const make = (baseUrl: string, fetch: (request: Request) => Promise<Response>) => {
  const client = createClient<paths>({ baseUrl, fetch, headers: { apikey: 'bench-key' } });
  return () => client.GET('/users/{uid}/conversation', { params: { path: { uid: 'cometchat-uid-2' }, header: { onBehalfOf: 'cometchat-uid-1' } } });
};
