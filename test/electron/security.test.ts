import * as electron from 'electron';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';
import { resolveAppPage } from '../../electron/main/app-page';
import {
  EXTERNAL_LINK_ALLOWLIST,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  openExternalIfAllowed,
} from '../../electron/main/security';
import { asReal, fakeElectron, FakeSession, FakeWebContents } from './helpers/fake-electron';

vi.mock('electron', async () => (await import('./helpers/fake-electron')).createFakeElectron());

const fake = fakeElectron(electron);
const APP_URL = 'app://renderer/index.html';
const filePage = resolveAppPage({
  isPackaged: true,
  devServerUrl: undefined,
  rendererRoot: '/opt/scs-sim/out/renderer',
});
const devPage = resolveAppPage({
  isPackaged: false,
  devServerUrl: 'http://127.0.0.1:5173',
  rendererRoot: '/x',
});

/** A navigation event as Electron passes it to will-navigate / will-redirect listeners. */
function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function hardenedContents() {
  const contents = new FakeWebContents(APP_URL);
  hardenWebContents(asReal<WebContents>(contents), filePage);
  return contents;
}

beforeEach(() => {
  fake.shell.openExternal.mockClear();
});

describe('navigation', () => {
  it('is prevented when it leads to another origin', () => {
    const contents = hardenedContents();
    const event = navigationEvent('https://evil.example/phish');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('is prevented when it leads to another local file', () => {
    const contents = hardenedContents();
    const event = navigationEvent('file:///etc/passwd');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('is allowed within the app page (reload, hash routes)', () => {
    const contents = hardenedContents();
    const event = navigationEvent(`${APP_URL}#/programming`);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('is prevented when a redirect leads away from the app page', () => {
    const contents = hardenedContents();
    const event = navigationEvent('https://evil.example/');
    contents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('never lets a <webview> attach', () => {
    const contents = hardenedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('window.open', () => {
  it('is denied for any URL', () => {
    const contents = hardenedContents();
    for (const url of ['https://evil.example/', APP_URL, 'https://doi.org/10.1000/182', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('sends allowlisted https links to the browser instead of opening a window', () => {
    const contents = hardenedContents();
    contents.windowOpenHandler?.({ url: 'https://doi.org/10.1000/182' });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://doi.org/10.1000/182');
  });

  it('does not send other links to the browser', () => {
    const contents = hardenedContents();
    contents.windowOpenHandler?.({ url: 'https://evil.example/' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('openExternal allowlist', () => {
  it('is a short list of exact hosts', () => {
    expect(EXTERNAL_LINK_ALLOWLIST.length).toBeGreaterThan(0);
    expect(EXTERNAL_LINK_ALLOWLIST.length).toBeLessThanOrEqual(5);
  });

  it('accepts https URLs on allowlisted hosts only', () => {
    expect(isAllowedExternalUrl('https://doi.org/10.1000/182')).toBe(true);
    expect(isAllowedExternalUrl('https://pubmed.ncbi.nlm.nih.gov/12345/')).toBe(true);
  });

  it('rejects other schemes, hosts, look-alike hosts, credentials and ports', () => {
    for (const url of [
      'http://doi.org/10.1000/182',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://doi.org/share',
      'https://evil.example/',
      'https://doi.org.evil.example/',
      'https://evil-doi.org/',
      'https://user:pass@doi.org/',
      'https://doi.org:8443/',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('calls shell.openExternal only for allowed URLs', () => {
    expect(openExternalIfAllowed('https://evil.example/')).toBe(false);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(openExternalIfAllowed('https://doi.org/10.1000/182')).toBe(true);
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://doi.org/10.1000/182');
  });
});

describe('session', () => {
  function hardenedSession(page = filePage) {
    const session = new FakeSession();
    hardenSession(asReal<Session>(session), page);
    return session;
  }

  it('denies every permission request', () => {
    const session = hardenedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check with no', () => {
    const session = hardenedSession();
    expect(session.permissionCheckHandler?.({}, 'media')).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write')).toBe(false);
  });

  it('adds the app’s Content-Security-Policy to responses, replacing any other policy', () => {
    const session = hardenedSession();
    const callback = vi.fn();
    session.headersListener?.(
      {
        url: 'https://example.com/',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('leaves the dev server’s own responses alone so Vite’s inline refresh preamble can run', () => {
    const session = hardenedSession(devPage);
    const callback = vi.fn();
    session.headersListener?.({ url: 'http://127.0.0.1:5173/', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
  });
});
