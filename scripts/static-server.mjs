// A minimal static file server for the built renderer, bound to 127.0.0.1 only. Used by `npm run web`
// and the screenshot scripts; no dependency, no directory listing, no path escapes.
//
// It answers only GET and HEAD, only for a loopback Host (a web page elsewhere cannot reach it by
// pointing its own domain name at 127.0.0.1, "DNS rebinding"), and sends the app's CSP (read from the
// built page, so it is the one vite.config.ts wrote) plus `frame-ancestors 'none'` and `nosniff`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Used only when the built page has no CSP meta tag (a build without vite.config.ts's plugin). */
const FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'";

/** The policy of the built page's `<meta http-equiv="Content-Security-Policy">`, if it has one. */
async function builtPagePolicy(base) {
  const html = await readFile(join(base, 'index.html'), 'utf8').catch(() => '');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1] ?? FALLBACK_POLICY;
}

/** Security headers of every response. `frame-ancestors` only works as a header, never in a meta tag. */
function securityHeaders(policy) {
  return {
    'content-security-policy': `${policy}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

class HttpError extends Error {
  constructor(status, headers = {}) {
    super(String(status));
    this.status = status;
    this.headers = headers;
  }
}

/** True for `127.0.0.1:<port>`, `localhost:<port>` and `[::1]:<port>` (the port we listen on). */
function isLoopbackHost(hostHeader, port) {
  if (typeof hostHeader !== 'string') return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.toLowerCase());
  if (!match) return false;
  return LOOPBACK_HOSTNAMES.has(match[1]) && (match[2] === undefined ? port === 80 : Number(match[2]) === port);
}

/** The file a request path names, inside `base`; throws an HttpError for anything else. */
async function fileFor(base, rawUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl ?? '/', 'http://localhost').pathname);
  } catch {
    throw new HttpError(400);
  }
  if (pathname.includes('\0') || pathname.includes('\\')) throw new HttpError(400);
  let file = resolve(base, `.${pathname}`);
  const inside = relative(base, file);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) throw new HttpError(403);
  if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
  return file;
}

/** Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves with `{ url, port, close }`. */
export async function startStaticServer(root, port) {
  const base = resolve(root);
  const headers = securityHeaders(await builtPagePolicy(base));
  let listeningPort = port;
  const server = createServer(async (request, response) => {
    try {
      if (!isLoopbackHost(request.headers.host, listeningPort)) throw new HttpError(421);
      if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, { allow: 'GET, HEAD' });
      const file = await fileFor(base, request.url);
      const body = await readFile(file).catch((error) => {
        throw new HttpError(
          error?.code === 'ENOENT' || error?.code === 'EISDIR' || error?.code === 'ENOTDIR' ? 404 : 500,
        );
      });
      response.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      response.writeHead(status, {
        ...headers,
        ...(error?.headers ?? {}),
        'content-type': 'text/plain; charset=utf-8',
      });
      response.end(request.method === 'HEAD' ? undefined : String(status));
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      listeningPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({
        url: `http://127.0.0.1:${listeningPort}/`,
        port: listeningPort,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
