/**
 * The `app://renderer/` scheme: serves the built renderer folder to the window, and nothing else.
 * Replaces `file://`, so the page gets a real origin (module scripts and workers work without the
 * `grantFileProtocolExtraPrivileges` fuse, which packaging turns off) and cannot read other local
 * files. Every response carries the Content-Security-Policy and `nosniff`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve, sep, isAbsolute } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-page';

/** Types of the files the renderer build contains; anything else is refused rather than guessed. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Headers on every response of the scheme. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

/**
 * Must run before the app is ready: makes `app:` a standard, secure scheme (an origin of its own,
 * like https) that may run fetch and module workers. No other privileges (no CSP bypass).
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** What a request maps to: a file inside the renderer folder and its type, or an HTTP status. */
export type AppRequestTarget =
  { ok: true; filePath: string; mimeType: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an `app://renderer/…` URL to a file inside `rendererRoot`. Refuses other hosts, encoded
 * traversal (`..`, `%2e%2e`, back-slashes, NUL) and file types the build does not produce.
 * @example resolveAppRequest('app://renderer/assets/index.js', '/app/out/renderer') // { ok: true, filePath: '/app/out/renderer/assets/index.js', … }
 */
export function resolveAppRequest(requestUrl: string, rendererRoot: string): AppRequestTarget {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const root = resolve(rendererRoot);
  const relativePath = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const filePath = resolve(root, relativePath);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { ok: false, status: 403 };
  }
  const mimeType = MIME_TYPES[extname(filePath).toLowerCase()];
  if (mimeType === undefined) return { ok: false, status: 404 };
  return { ok: true, filePath, mimeType };
}

/** Answers one request of the scheme (exported for tests; {@link handleAppProtocol} installs it). */
export async function respondToAppRequest(requestUrl: string, rendererRoot: string): Promise<Response> {
  const target = resolveAppRequest(requestUrl, rendererRoot);
  if (!target.ok) return new Response(null, { status: target.status, headers: APP_RESPONSE_HEADERS });
  try {
    if (!(await stat(target.filePath)).isFile()) throw new Error('not a file');
    const body = await readFile(target.filePath);
    return new Response(body, { status: 200, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': target.mimeType } });
  } catch {
    return new Response(null, { status: 404, headers: APP_RESPONSE_HEADERS });
  }
}

/** Installs the handler; call once the app is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.url, rendererRoot));
}
