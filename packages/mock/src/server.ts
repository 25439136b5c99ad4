// The node:http face: the Hono app behind @hono/node-server's request listener, on 127.0.0.1 only,
// with a fault layer in front of the app that works at the socket level (resets, truncated bodies),
// CometChat's envelope for requests node's HTTP parser refuses, and a close() that never hangs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { ANSWERED, createMockApp, type AnswerSink, type MockApp, type MockOptions } from './app.ts';
import { ApiError, badRequest } from './errors.ts';
import { htmlFaultResponse, partialBytes, sleep, statusFaultResponse } from './fault-answers.ts';
import type { Fault, FaultController } from './faults.ts';
import type { MockStore } from './store.ts';
import type { RateLimiter } from './rate-limit.ts';

export interface MockServerOptions extends MockOptions {
  /** The port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Called once per request, when its answer is done (or its connection cut): for request logs. */
  onRequest?: (request: RequestRecord) => void;
}

/** One request as the server answered it. */
export interface RequestRecord {
  /** When it arrived. */
  time: Date;
  method: string;
  /** The path, without the query string; any accepted API key in it is shown as `[redacted]`. */
  path: string;
  /** The status sent; undefined when the connection was cut before any header. */
  status: number | undefined;
  /** Arrival to the end of the answer, in milliseconds. */
  ms: number;
  /** The injected fault, if a rule fired. */
  fault: Fault | undefined;
}

export interface MockServer {
  /** The base URL to give a client, e.g. `http://127.0.0.1:41234/v3`. */
  readonly url: string;
  /** The same without `/v3`. */
  readonly origin: string;
  readonly port: number;
  readonly store: MockStore;
  /** Fault rules: `faults.set([...])`, `faults.add(rule)`, `faults.clear()`. */
  readonly faults: FaultController;
  readonly rateLimiter: RateLimiter | undefined;
  /** The Hono app, for in-process use (`mock.fetch(request)`). */
  readonly mock: MockApp;
  /** The node server (e.g. for `getConnections`). */
  readonly httpServer: Server;
  /** Closes every socket (keep-alive ones too) and stops listening. Safe to call twice. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function headerRecord(response: Response, bodyLength?: number): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'content-length' || name === 'transfer-encoding') return;
    headers[name] = value;
  });
  if (bodyLength !== undefined) headers['content-length'] = String(bodyLength);
  return headers;
}

function writeRaw(socket: Socket, status: number, reason: string, error: ApiError): void {
  const body = JSON.stringify(error.toJSON());
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Starts the mock on 127.0.0.1 and resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const mock = createMockApp(options);
  const stopping = new AbortController();

  /** Socket-level faults: the response goes out by hand, then the socket is cut. */
  async function applyFault(fault: Fault, request: Request, incoming: IncomingMessage, outgoing: ServerResponse): Promise<Response> {
    const socket = incoming.socket;
    if (fault.type === 'delay') {
      await sleep(fault.ms, stopping.signal);
      return mock.fetch(request);
    }
    if ('delayMs' in fault && fault.delayMs) await sleep(fault.delayMs, stopping.signal);
    switch (fault.type) {
      case 'status':
        return statusFaultResponse(fault, mock);
      case 'html':
        return htmlFaultResponse(fault);
      case 'reset': {
        if (fault.afterProcessing) await (await mock.fetch(request)).arrayBuffer();
        socket.resetAndDestroy();
        return RESPONSE_ALREADY_SENT;
      }
      case 'reset-after-headers':
      case 'truncate': {
        const response = await mock.fetch(request);
        const body = Buffer.from(await response.arrayBuffer());
        const sent = body.subarray(0, partialBytes(fault, body.length));
        const chunked = fault.type === 'truncate' && fault.encoding === 'chunked';
        outgoing.writeHead(response.status, headerRecord(response, chunked ? undefined : body.length));
        outgoing.flushHeaders();
        if (sent.length > 0) outgoing.write(sent);
        // Give the client time to read what was sent, then cut: RST for a reset, FIN otherwise.
        setTimeout(() => {
          if (fault.type === 'reset-after-headers') socket.resetAndDestroy();
          else socket.end(() => socket.destroy());
        }, 25);
        return RESPONSE_ALREADY_SENT;
      }
    }
  }

  const answer = async (request: Request, env: unknown, fault: Fault | undefined) => {
    const { incoming, outgoing } = env as { incoming: IncomingMessage; outgoing: ServerResponse };
    if (fault) return applyFault(fault, request, incoming, outgoing);
    // The app's answers are written here as they come (see `AnswerSink`); a preflight is a Response.
    const sink: AnswerSink = {
      answer(status, headers, json) {
        outgoing.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(json) });
        outgoing.end(json);
      },
    };
    const response = await mock.app.fetch(request, sink);
    return response === ANSWERED ? RESPONSE_ALREADY_SENT : response;
  };
  const onRequest = options.onRequest;
  const redacted = (path: string) => mock.apiKeys.reduce((text, key) => text.split(key).join('[redacted]'), path);
  const listener = getRequestListener(
    onRequest
      ? (request, env) => {
          const time = new Date();
          const started = performance.now();
          const fault = mock.faults.pick(request.method, request.url);
          const { outgoing } = env as { outgoing: ServerResponse };
          outgoing.once('close', () =>
            onRequest({ time, method: request.method, path: redacted(new URL(request.url).pathname), status: outgoing.headersSent ? outgoing.statusCode : undefined, ms: performance.now() - started, fault }),
          );
          return answer(request, env, fault);
        }
      : (request, env) => answer(request, env, mock.faults.pick(request.method, request.url)),
    {
      hostname: HOST,
      overrideGlobalObjects: false,
      // Requests the adapter cannot turn into a `Request` (e.g. an invalid Host header).
      errorHandler: () => {
        const error = badRequest({ request: ['could not be parsed'] }, 'The request could not be understood.');
        return new Response(JSON.stringify(error.toJSON()), { status: 400, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' } });
      },
    },
  );

  const httpServer = createServer({ keepAliveTimeout: 5_000 }, listener);
  // Requests node's HTTP parser refuses (malformed, headers too large) still get an envelope.
  httpServer.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      writeRaw(socket, 431, 'Request Header Fields Too Large', badRequest({ headers: ['must NOT be larger than 16 KiB in total'] }, 'The request headers are too large.'));
    } else {
      writeRaw(socket, 400, 'Bad Request', badRequest({ request: ['is not valid HTTP/1.1'] }, 'The request could not be understood.'));
    }
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, HOST, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const origin = `http://${HOST}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      stopping.abort();
      httpServer.close(() => resolve());
      httpServer.closeAllConnections();
    }));

  return {
    url: `${origin}/v3`,
    origin,
    port,
    store: mock.store,
    faults: mock.faults,
    rateLimiter: mock.rateLimiter,
    mock,
    httpServer,
    close,
  };
}
