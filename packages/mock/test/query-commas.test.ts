// Comma-separated query arrays are split after decoding: `%2C` separates items as `,` does (a proxy
// such as Prism re-encodes commas on the way), so no item ever holds a comma.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer, type MockServer } from '../src/index.ts';
import { U1 } from './helpers.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const ids = async (search: string) => {
  const response = await fetch(`${server.url}/conversations?${search}`, { headers: { apikey: DEMO_API_KEY, onBehalfOf: U1 } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { conversationId: string }[] }).data.map((c) => c.conversationId);
};

it('tags=a%2Cb lists the same as tags=a,b and as tags=a&tags=b', async () => {
  const literal = await ids('tags=important,work');
  expect(literal).toHaveLength(2);
  expect(await ids('tags=important%2Cwork')).toEqual(literal);
  expect(await ids('tags=important&tags=work')).toEqual(literal);
});
