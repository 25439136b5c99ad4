// Against a real node:http server on 127.0.0.1: timeouts and aborts end calls promptly with
// distinct errors and leave no timer or socket behind; resets, slow headers, truncated bodies and
// proxy HTML pages give typed errors (retried where safe); path parameters arrive exactly.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CometChatAbortError, CometChatConnectionError, CometChatServerError, CometChatTimeoutError, createCometChatClient } from '../src/index.ts';
import { API_KEY, conversation, rejection, startServer } from './helpers.ts';

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const send = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

async function serve(handle: (req: IncomingMessage, res: ServerResponse, index: number) => void) {
  let index = 0;
  const seen: IncomingMessage[] = [];
  server = await startServer((req, res) => {
    seen.push(req);
    handle(req, res, index++);
  });
  const client = createCometChatClient({ baseUrl: server.url, apiKey: API_KEY, onBehalfOf: 'me', timeoutMs: 2000 });
  return { client, seen, server };
}

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('timeouts and aborts', () => {
  it('an attempt that gets no answer times out, with a timeout error, and the socket is closed', async () => {
    const { client, seen } = await serve(() => {}); // never answers
    const before = timers();
    const started = Date.now();
    const error = await rejection(client.getUserConversation({ uid: 'u' }, { timeoutMs: 300, maxRetries: 0 }));
    expect(error).toBeInstanceOf(CometChatTimeoutError);
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(error.message).toContain('300 ms');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(seen).toHaveLength(1);
    await settle();
    // The connection that carried the request is torn down. (Node 20's undici may open a fresh,
    // idle connection to the pool afterwards; that one carries nothing.)
    expect(seen[0]!.socket.destroyed, 'the timed-out connection is closed').toBe(true);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('a timed-out attempt is retried for a retry-safe operation', async () => {
    const { client, seen } = await serve((_req, res, index) => {
      if (index > 0) send(res, 200, { data: [conversation()] });
    });
    await expect(client.getUserConversation({ uid: 'u' }, { timeoutMs: 300, maxRetries: 1 })).resolves.toEqual(conversation());
    expect(seen).toHaveLength(2);
  });

  it('slow headers within the timeout are fine', async () => {
    const { client } = await serve((_req, res) => setTimeout(() => send(res, 200, { data: [conversation()] }), 300));
    await expect(client.getUserConversation({ uid: 'u' }, { timeoutMs: 1500 })).resolves.toEqual(conversation());
  });

  it('a body that trickles past the timeout times out', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"data":[');
      const interval = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(interval));
    });
    const error = await rejection(client.getUserConversation({ uid: 'u' }, { timeoutMs: 400, maxRetries: 0 }));
    expect(error).toBeInstanceOf(CometChatTimeoutError);
  });

  it("the caller's signal aborts at once with an abort error, not a timeout", async () => {
    const { client, seen } = await serve(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user went away')), 150);
    const started = Date.now();
    const error = await rejection(client.getUserConversation({ uid: 'u' }, { signal: controller.signal, timeoutMs: 5000 }));
    expect(error).toBeInstanceOf(CometChatAbortError);
    expect(error).not.toBeInstanceOf(CometChatTimeoutError);
    expect((error.cause as Error).message).toBe('user went away');
    expect(Date.now() - started).toBeLessThan(1000);
    await settle();
    expect(seen[0]!.socket.destroyed, 'the aborted connection is closed').toBe(true);
  });

  it('an already aborted signal sends nothing', async () => {
    const { client, seen } = await serve((_req, res) => send(res, 200, { data: [conversation()] }));
    await expect(client.getUserConversation({ uid: 'u' }, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CometChatAbortError);
    expect(seen).toHaveLength(0);
  });

  it('leaves no timer behind after successes and failures', async () => {
    const { client } = await serve((req, res) => (req.url!.includes('missing') ? send(res, 404, { error: { code: 'ERR_UID_NOT_FOUND', message: 'x' } }) : send(res, 200, { data: [conversation()] })));
    const before = timers();
    for (let i = 0; i < 20; i++) {
      await client.getUserConversation({ uid: 'u' });
      await client.getUserConversation({ uid: 'missing' }).catch(() => {});
    }
    expect(timers()).toBeLessThanOrEqual(before);
  });
});

describe('broken connections and bodies', () => {
  it('a reset before the headers is a connection error, retried when safe', async () => {
    const { client, seen } = await serve((req, res, index) => (index === 0 ? req.socket.destroy() : send(res, 200, { data: [conversation()] })));
    await expect(client.getUserConversation({ uid: 'u' }, { maxRetries: 1 })).resolves.toEqual(conversation());
    expect(seen).toHaveLength(2);
  });

  it('a reset before the headers is not retried for an unsafe operation', async () => {
    const { client, seen } = await serve((req) => req.socket.destroy());
    await expect(client.resetUserConversation({ uid: 'u' })).rejects.toBeInstanceOf(CometChatConnectionError);
    expect(seen).toHaveLength(1);
  });

  it('a body cut short after the headers is a connection error', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"data":[{"conversationId":"abc"');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejection(client.getUserConversation({ uid: 'u' }, { maxRetries: 0 }));
    expect(error).toBeInstanceOf(CometChatConnectionError);
    expect(error).not.toBeInstanceOf(CometChatTimeoutError);
  });

  it("a proxy's HTML error page is a server error that says what came back", async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
    });
    const error = await rejection(client.getUserConversation({ uid: 'u' }, { maxRetries: 0 }));
    expect(error).toBeInstanceOf(CometChatServerError);
    expect(error.message).toContain('text/html');
    expect(error.message).toContain('502 Bad Gateway');
  });
});

describe('path parameters', () => {
  it('are percent-encoded, so an odd uid reaches exactly that user', async () => {
    const { client, seen } = await serve((_req, res) => send(res, 200, { data: [conversation()] }));
    const uid = 'a/b?c#d é%20';
    await client.getUserConversation({ uid });
    const url = seen[0]!.url!;
    expect(url).toBe('/v3/users/a%2Fb%3Fc%23d%20%C3%A9%2520/conversation');
    expect(decodeURIComponent(url.split('/')[3]!)).toBe(uid);
    expect(seen[0]!.headers.apikey).toBe(API_KEY);
    expect(seen[0]!.headers.onbehalfof).toBe('me');
  });
});
