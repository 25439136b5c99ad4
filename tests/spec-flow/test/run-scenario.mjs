// Runs one scenario against a scratch copy's built client and mock, in a process of its own (a fresh
// module graph: the mock's spec module would otherwise stay cached from an earlier build), and
// prints what happened as JSON.
//
//   node run-scenario.mjs <scratch root> <scenario>
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [root, scenario] = process.argv.slice(2);
const client = await import(pathToFileURL(join(root, 'packages/client/dist/index.mjs')).href);
const mock = await import(pathToFileURL(join(root, 'packages/mock/dist/index.mjs')).href);

/** A client on `baseUrl` whose fetch records each request as `METHOD /path?query`. */
function recorded(baseUrl, fetchImpl = fetch, options = {}) {
  const requests = [];
  const cometchat = client.createCometChatClient({
    baseUrl,
    apiKey: mock.DEMO_API_KEY,
    ...options,
    fetch: (request, init) => {
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      return fetchImpl(request, init);
    },
  });
  return { cometchat, requests };
}

const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ error: { name: error.name, status: error.status, code: error.code, message: error.message } }));

async function withMock(run) {
  const server = await mock.startMockServer({ port: 0, rateLimit: false });
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}

const scenarios = {
  'new-operation': () =>
    withMock(async (url) => {
      const { cometchat, requests } = recorded(url, fetch, { maxRetries: 0 });
      const result = await settle(cometchat.markUserConversationAsSeen({ uid: mock.DEMO_UIDS[1], onBehalfOf: mock.DEMO_UIDS[0] }));
      return { requests, result };
    }),
  'moved-operation': () =>
    withMock(async (url) => {
      const { cometchat, requests } = recorded(url);
      const result = await settle(cometchat.markGroupConversationAsDelivered({ guid: mock.DEMO_GUIDS[0], onBehalfOf: mock.DEMO_UIDS[0] }));
      const old = await fetch(`${url}/groups/${mock.DEMO_GUIDS[0]}/conversation/delivered`, { method: 'POST', headers: { apikey: mock.DEMO_API_KEY, onBehalfOf: mock.DEMO_UIDS[0] } });
      return { requests, result, oldPathStatus: old.status };
    }),
  'pagination': async () => {
    const stub = async (request) => {
      const query = new URL(request.url).searchParams;
      const number = Number(query.get('perPage') ?? '1');
      const body = { data: [{ conversationId: `c${number}` }], meta: { pagination: { total: 2, count: 1, per_page: 1, current_page: number, total_pages: 2 } } };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    const { cometchat, requests } = recorded('https://app.example.test/v3', stub);
    const ids = [];
    for await (const conversation of cometchat.listConversations()) ids.push(conversation.conversationId);
    return { requests, ids };
  },
};

process.stdout.write(JSON.stringify(await scenarios[scenario]()));
