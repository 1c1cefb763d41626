// A minimal static file server for the built renderer, bound to 127.0.0.1 only. Used by `npm run web`
// and the screenshot script; no dependency, no directory listing, no path escapes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/** Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves with `{ url, close }`. */
export function startStaticServer(root, port) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, pathname));
      if (file !== base && !file.startsWith(base + sep))
        throw Object.assign(new Error('outside root'), { status: 403 });
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch (error) {
      const status = error?.status ?? (error?.code === 'ENOENT' ? 404 : 500);
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(String(status));
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({ url: `http://127.0.0.1:${actualPort}/`, close: () => server.close() });
    });
  });
}
