// Test helpers: a recording fetch stub per client (no global mocks) and canned CometChat bodies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createCometChatClient, type ClientOptions, type CometChatClient, type CometChatError } from '../src/index.ts';

export const API_KEY = 'test-api-key-0123456789abcdef';

export type Recorded = { method: string; url: URL; headers: Headers; body: string };
export type Handler = (request: Request, index: number) => Response | Promise<Response>;

/** A fetch that records every request and answers with `handler`. */
export function stubFetch(handler: Handler) {
  const requests: Recorded[] = [];
  const fetch = async (request: Request) => {
    // Recorded as fetch is called (before any await), so a test sees when a request starts.
    const recorded: Recorded = { method: request.method, url: new URL(request.url), headers: request.headers, body: '' };
    const index = requests.push(recorded) - 1;
    recorded.body = await request.clone().text();
    return handler(request, index);
  };
  return { fetch, requests };
}

/** A client on a stub fetch. */
export function clientWith(handler: Handler, options: Partial<ClientOptions> = {}) {
  const stub = stubFetch(handler);
  // `boolean`: whether a default onBehalfOf is set depends on `options`.
  const client: CometChatClient<boolean> = createCometChatClient({ baseUrl: 'https://app.api-us.cometchat.io/v3', apiKey: API_KEY, fetch: stub.fetch, ...options } as ClientOptions);
  return { client, requests: stub.requests };
}

export const conversation = (id = 'cometchat-uid-1_user_cometchat-uid-2') => ({
  conversationId: id,
  conversationType: 'user' as const,
  unreadMessageCount: '0',
  createdAt: 1630071782,
  updatedAt: 1630481413,
  conversationWith: { uid: 'cometchat-uid-2', name: 'George Alan' },
});

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const errorBody = (code: string, message = `${code} happened`, details?: Record<string, string[]>) => ({
  error: { message, devMessage: `dev: ${message}`, source: 'chat-api', code, ...(details ? { details } : {}) },
});

/** A real node:http server on 127.0.0.1 (free port) that tracks its sockets and always closes. */
export async function startServer(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const server: Server = createServer(handle);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3`,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The error a call fails with (and a test failure if it succeeds). */
export function rejection(call: PromiseLike<unknown>): Promise<CometChatError> {
  return Promise.resolve(call).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as CometChatError,
  );
}
