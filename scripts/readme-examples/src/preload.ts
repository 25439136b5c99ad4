// Loaded (`node --import`) before each README example runs: starts a fresh mock on 127.0.0.1 and
// points CometChat's hosts (`https://{appId}.api-{region}.cometchat.io`) at it, so an example written
// for the real service runs against the mock as written. Anything else off this machine is refused.
// The mock does not keep the process alive: an example that leaves nothing open exits by itself.
import { DEMO_API_KEY, startMockServer } from '@cometchat-rest/mock';

const COMETCHAT_HOST = /^[^.]+\.api-[a-z0-9-]+\.cometchat\.io$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const server = await startMockServer({ port: 0 });
server.httpServer.unref();
server.httpServer.on('connection', (socket) => socket.unref());
process.env.COMETCHAT_API_KEY ??= DEMO_API_KEY;

const realFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (COMETCHAT_HOST.test(url.hostname)) {
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    return realFetch(`${server.origin}${url.pathname}${url.search}`, { method: request.method, headers: request.headers, body, signal: request.signal });
  }
  if (!LOOPBACK.has(url.hostname)) throw new TypeError(`README examples run offline: ${url.origin} is neither CometChat (pointed at the mock) nor this machine`);
  return realFetch(request);
};
