// A minimal static file server for the built docs, bound to 127.0.0.1 on a free port. Used by the
// browser test and by `pnpm preview`. It serves files under `root` only (no path escapes), answers
// `dir/` with `dir/index.html`, and `close()` also drops kept-alive connections so it never lingers.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Extra in-memory pages by URL path (e.g. test fixtures), served before files. */
  pages?: Record<string, string>;
}

/** Resolves a URL path to a file under `root`, or undefined when it escapes `root`. */
export function resolveUnder(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return file === root || file.startsWith(rootWithSep) ? file : undefined;
}

export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const pages = options.pages ?? {};
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] }).end(request.method === 'HEAD' ? undefined : page);
      return;
    }
    let file = resolveUnder(root, path);
    try {
      if (file && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !statSync(file).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.txt'] }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
