// Item 1 of issue 9: the client never follows a redirect. A 3xx from the API, to another origin or
// to itself, is a typed error naming the status and the target's origin; nothing (and so no API key)
// ever reaches another origin. Two real node:http servers on 127.0.0.1: different ports are different origins.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CometChatAPIError, CometChatError, createCometChatClient } from '../src/index.ts';
import { API_KEY, conversation, rejection, startServer } from './helpers.ts';

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const server = await startServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handle(req, res);
    });
  });
  servers.push(server);
  return { ...server, origin: new URL(server.url).origin, seen };
}

const sendJson = (res: ServerResponse, body: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('a %i to another origin is refused: nothing reaches it, and the error names status and origin', async (status) => {
    const other = await serve((_req, res) => sendJson(res, { data: [conversation()] }));
    const api = await serve((_req, res) => {
      res.writeHead(status, { location: `${other.url}/users/u/conversation` });
      res.end();
    });
    const client = createCometChatClient({ baseUrl: api.url, apiKey: API_KEY, onBehalfOf: 'me' });
    const error = await rejection(client.updateUserConversation({ uid: 'u', tags: ['secret-tag'] }));
    expect(error).toBeInstanceOf(CometChatError);
    expect(error).toBeInstanceOf(CometChatAPIError);
    expect(error.status).toBe(status);
    expect(error.message).toContain(String(status));
    expect(error.message).toContain(other.origin);
    expect(error.message).not.toContain(API_KEY);
    expect(other.seen, 'no request reached the other origin').toHaveLength(0);
    expect(api.seen, 'a redirect is not retried').toHaveLength(1);
  });

  it('a redirect loop on the same origin ends at once with a typed error, not after 20 hops as "fetch failed"', async () => {
    const api = await serve((req, res) => {
      res.writeHead(302, { location: req.url! });
      res.end();
    });
    const client = createCometChatClient({ baseUrl: api.url, apiKey: API_KEY, onBehalfOf: 'me' });
    const error = await rejection(client.getUserConversation({ uid: 'u' }));
    expect(error).toBeInstanceOf(CometChatAPIError);
    expect(error.status).toBe(302);
    expect(error.message).toContain(api.origin);
    expect(api.seen).toHaveLength(1);
  });

  it('raw (the typed openapi-fetch client) does not follow a redirect either: the 3xx comes back, nothing reaches the other origin', async () => {
    const other = await serve((_req, res) => sendJson(res, { data: [conversation()] }));
    const api = await serve((_req, res) => {
      res.writeHead(307, { location: `${other.url}/users/u/conversation` });
      res.end();
    });
    const client = createCometChatClient({ baseUrl: api.url, apiKey: API_KEY });
    const { response } = await client.raw.GET('/users/{uid}/conversation', { params: { path: { uid: 'u' }, header: { onBehalfOf: 'me' } } });
    expect(response.status).toBe(307);
    expect(other.seen).toHaveLength(0);
  });

  it('a custom fetch is handed a Request that does not follow redirects', async () => {
    const modes: string[] = [];
    const client = createCometChatClient({
      baseUrl: 'https://app.api-us.cometchat.io/v3',
      apiKey: API_KEY,
      fetch: async (request: Request) => {
        modes.push(request.redirect);
        return new Response(JSON.stringify({ data: [conversation()] }), { headers: { 'content-type': 'application/json' } });
      },
    });
    await client.getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(modes).toEqual(['manual']);
  });

  it('an opaque redirect (what browsers return for redirect: manual) is refused too', async () => {
    const opaque = Object.defineProperties(new Response(null, { status: 200 }), { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false } });
    const client = createCometChatClient({ baseUrl: 'https://app.api-us.cometchat.io/v3', apiKey: API_KEY, fetch: async () => opaque });
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
    expect(error).toBeInstanceOf(CometChatError);
    expect(error.message).toMatch(/redirect/);
  });
});
