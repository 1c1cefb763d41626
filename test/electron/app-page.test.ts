import { describe, expect, it } from 'vitest';
import { isAppPageUrl, parseDevServerUrl, resolveAppPage } from '../../electron/main/app-page';

const ROOT = '/opt/scs-sim/out/renderer';

describe('resolveAppPage', () => {
  it('loads the built page when no dev server is configured', () => {
    const page = resolveAppPage({ isPackaged: false, devServerUrl: undefined, rendererRoot: ROOT });
    expect(page).toEqual({ kind: 'bundled', rendererRoot: ROOT, url: 'app://renderer/index.html' });
  });

  it('loads the dev server when SCS_DEV_SERVER_URL is set and the app is not packaged', () => {
    const page = resolveAppPage({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173', rendererRoot: ROOT });
    expect(page).toEqual({ kind: 'devServer', url: 'http://127.0.0.1:5173/', origin: 'http://127.0.0.1:5173' });
  });

  it('ignores the dev server URL in a packaged app', () => {
    const page = resolveAppPage({ isPackaged: true, devServerUrl: 'http://127.0.0.1:5173', rendererRoot: ROOT });
    expect(page.kind).toBe('bundled');
  });
});

describe('parseDevServerUrl', () => {
  it('accepts http and https on loopback hosts only', () => {
    expect(parseDevServerUrl('http://localhost:5173')?.origin).toBe('http://localhost:5173');
    expect(parseDevServerUrl('https://[::1]:5173')?.origin).toBe('https://[::1]:5173');
    expect(parseDevServerUrl('http://example.com:5173')).toBeNull();
    expect(parseDevServerUrl('file:///etc/passwd')).toBeNull();
    expect(parseDevServerUrl('not a url')).toBeNull();
    expect(parseDevServerUrl('')).toBeNull();
  });
});

describe('isAppPageUrl', () => {
  const filePage = resolveAppPage({ isPackaged: true, devServerUrl: undefined, rendererRoot: ROOT });
  const devPage = resolveAppPage({
    isPackaged: false,
    devServerUrl: 'http://127.0.0.1:5173',
    rendererRoot: ROOT,
  });

  it('recognises the built page, with or without a hash or query', () => {
    expect(isAppPageUrl('app://renderer/index.html', filePage)).toBe(true);
    expect(isAppPageUrl('app://renderer/index.html#/patient?x=1', filePage)).toBe(true);
  });

  it('rejects other pages of the app scheme and other hosts under it', () => {
    expect(isAppPageUrl('app://renderer/other.html', filePage)).toBe(false);
    expect(isAppPageUrl('app://elsewhere/index.html', filePage)).toBe(false);
  });

  it('rejects every local file, even the built page itself loaded from file://', () => {
    expect(isAppPageUrl('file:///opt/scs-sim/out/renderer/index.html', filePage)).toBe(false);
    expect(isAppPageUrl('file:///opt/scs-sim/out/renderer/other.html', filePage)).toBe(false);
    expect(isAppPageUrl('file:///etc/passwd', filePage)).toBe(false);
  });

  it('rejects remote pages and garbage', () => {
    expect(isAppPageUrl('https://example.com/index.html', filePage)).toBe(false);
    expect(isAppPageUrl('about:blank', filePage)).toBe(false);
    expect(isAppPageUrl('', filePage)).toBe(false);
  });

  it('matches the dev server by origin', () => {
    expect(isAppPageUrl('http://127.0.0.1:5173/src/main.tsx', devPage)).toBe(true);
    expect(isAppPageUrl('http://127.0.0.1:5174/', devPage)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', devPage)).toBe(false);
  });
});
