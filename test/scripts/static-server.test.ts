import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

const POLICY = "default-src 'none'; script-src 'self'";
let root: string;
let server: StaticServer;

/** One request with a raw path and Host header (fetch cannot send either), bounded by a timeout. */
function send(
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${server.port}`, connection: 'close' },
        timeout: 2000,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${path} within 2 s`)));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'scs-sim-web-'));
  root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><head>\n<meta http-equiv="Content-Security-Policy" content="${POLICY}" /></head>`,
  );
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'not for the web');
  server = await startStaticServer(root, 0);
});

afterAll(async () => {
  await server.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('the web-mode static server', { timeout: 10_000 }, () => {
  it('listens on loopback only and serves the built page with its type', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const script = await send('/assets/app.js');
    expect(script.body).toBe('console.log(1)');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('sends the built page’s CSP with frame-ancestors none, nosniff, on every answer', async () => {
    for (const path of ['/', '/assets/app.js', '/missing.js']) {
      const { headers } = await send(path);
      expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers a NUL byte or broken percent-encoding with 400, not 500', async () => {
    expect((await send('/%00')).status).toBe(400);
    expect((await send('/index.html%00.js')).status).toBe(400);
    expect((await send('/%E0%A4%A')).status).toBe(400);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const answer = await send(path);
      expect([400, 403, 404]).toContain(answer.status);
      expect(answer.body).not.toContain('not for the web');
    }
  });

  it('answers 404 for a missing file', async () => {
    expect((await send('/nothing-here.js')).status).toBe(404);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405 and says what is allowed', async (method) => {
    const answer = await send('/index.html', { method });
    expect(answer.status).toBe(405);
    expect(answer.headers['allow']).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await send('/assets/app.js', { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
  });

  it('refuses a Host that is not this loopback server (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1:1',
      `127.0.0.1.evil.example:${server.port}`,
    ]) {
      expect((await send('/', { host })).status, host).toBe(421);
    }
    expect((await send('/', { host: `localhost:${server.port}` })).status).toBe(200);
  });
});
