import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';
import {
  handleAppProtocol,
  registerAppScheme,
  resolveAppRequest,
  respondToAppRequest,
} from '../../electron/main/app-protocol';
import { asReal } from './helpers/fake-electron';
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();
const ROOT = '/opt/scs-sim/out/renderer';

/** A renderer folder with a page and a script, and a secret next to (outside) it. */
function makeRendererFolder(): string {
  const parent = makeTempDir();
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.json'), '{"secret":true}');
  return root;
}

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme with fetch, and nothing that bypasses the CSP', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(asReal<Protocol>(protocol));
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('maps app://renderer/ paths to files inside the renderer folder, with their type', () => {
    expect(resolveAppRequest('app://renderer/index.html', ROOT)).toEqual({
      ok: true,
      filePath: join(ROOT, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://renderer/assets/physiology.worker-abc.js?worker', ROOT)).toMatchObject({
      ok: true,
      filePath: join(ROOT, 'assets', 'physiology.worker-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://renderer/', ROOT)).toMatchObject({ ok: true, filePath: join(ROOT, 'index.html') });
  });

  it.each([
    'app://renderer/../secret.json',
    'app://renderer/%2e%2e/secret.json',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://renderer/assets/..%2f..%2f..%2fetc/passwd.json',
  ])('never maps %s to a path outside the renderer folder', (url) => {
    const target = resolveAppRequest(url, ROOT);
    if (target.ok) expect(target.filePath.startsWith(`${ROOT}/`)).toBe(true);
  });

  it.each([
    ['app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.json', 'encoded slashes that climb out'],
    ['app://renderer/..%5csecret.json', 'an encoded back-slash'],
    ['app://renderer/index.html%00.js', 'an encoded NUL'],
    ['app://renderer/%E0%A4%A', 'broken percent-encoding'],
    ['app://elsewhere/index.html', 'another host'],
    ['app://renderer/notes.txt', 'a type the build does not produce'],
  ])('refuses %s (%s)', (url) => {
    const target = resolveAppRequest(url, ROOT);
    expect(target.ok).toBe(false);
  });

  it('serves a file with its type, the CSP and nosniff', async () => {
    const root = makeRendererFolder();
    const response = await respondToAppRequest('app://renderer/assets/index.js', root);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    const root = makeRendererFolder();
    for (const url of ['app://renderer/%2e%2e/secret.json', 'app://renderer/assets/..%2f..%2fsecret.json']) {
      const response = await respondToAppRequest(url, root);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).toBe('');
    }
  });

  it('answers 404 for a missing file or a folder', async () => {
    const root = makeRendererFolder();
    expect((await respondToAppRequest('app://renderer/missing.js', root)).status).toBe(404);
    expect((await respondToAppRequest('app://renderer/assets.js', root)).status).toBe(404);
  });

  it('is installed as the handler of the app scheme', async () => {
    const root = makeRendererFolder();
    const protocol = { handle: vi.fn() };
    handleAppProtocol(asReal<Protocol>(protocol), root);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://renderer/index.html'));
    expect(await response.text()).toContain('<title>app</title>');
  });
});
