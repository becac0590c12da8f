// A tiny static file server for the real-browser runs (`npm start`, tests/browser): the extension's
// content script only matches http(s) pages, so fixture pages must come over HTTP, not file://.
// Listens on 127.0.0.1 on a free port chosen by the OS. No dependency: node:http only.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Extra response headers for some files, e.g. a Content-Security-Policy for one fixture page. */
export type HeadersFor = (pathname: string) => Readonly<Record<string, string>> | undefined;

export interface ServeOptions {
  /** Called with each served file's path (from the URL, e.g. `/csp-strict.html`); its headers are added to the response. */
  headers?: HeadersFor;
  /**
   * Called with `METHOD /path?query` for every request that reaches the server, from whatever part of
   * the browser it came (the privacy test counts them).
   */
  onRequest?: (request: string) => void;
}

export interface StaticServer {
  /** Base address with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * HTML goes out as plain `text/html` with no charset parameter on purpose: a charset in the header
 * overrides the page's own `<meta charset>`, and one fixture is ISO-8859-1. Text types that carry no
 * declaration of their own are UTF-8.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Readonly<Record<string, string>> = {}): void {
  res.writeHead(status, { ...extra, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse, headersFor?: HeadersFor): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', 'text/plain; charset=utf-8');
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(res, 400, 'Bad request\n', 'text/plain; charset=utf-8');
    return;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(root, `.${pathname}`);
  // Never serve anything outside the root, whatever `..` the request holds.
  if (file !== root && !file.startsWith(root + sep)) {
    send(res, 403, 'Forbidden\n', 'text/plain; charset=utf-8');
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const extra = headersFor?.(pathname) ?? {};
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...extra, 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.end();
    } else {
      send(res, 200, body, type, extra);
    }
  } catch {
    send(res, 404, 'Not found\n', 'text/plain; charset=utf-8');
  }
}

/** Serves `dir` on 127.0.0.1 at a free port until `close()`. */
export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    options.onRequest?.(`${req.method ?? '?'} ${req.url ?? ''}`);
    handle(root, req, res, options.headers).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error\n', 'text/plain; charset=utf-8');
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The fixture server has no TCP address.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        // Browsers keep connections alive; drop them so close() does not wait for their timeouts.
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
