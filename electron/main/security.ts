/**
 * Session- and page-level locks from the Electron security checklist: no navigation away from the
 * app page, no new windows, no webviews, no permissions, a Content-Security-Policy header, and
 * `shell.openExternal` only for a short https allowlist.
 */
import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { isAppPageUrl, type AppPage } from './app-page';

/**
 * Hosts whose pages a link in the app may open in the user's browser (https only, exact host).
 * Kept short on purpose: the literature the teaching model cites (DOIs and PubMed records).
 * Add a host only together with the link that needs it.
 */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = [
  'doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
];

/**
 * True when `candidate` is an https URL on an allowlisted host, without credentials or a custom port.
 * @example isAllowedExternalUrl('https://doi.org/10.1000/182') // true
 * @example isAllowedExternalUrl('http://doi.org/10.1000/182') // false: not https
 */
export function isAllowedExternalUrl(
  candidate: string,
  allowlist: readonly string[] = EXTERNAL_LINK_ALLOWLIST,
): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    allowlist.includes(url.hostname)
  );
}

/**
 * Opens `candidate` in the user's browser if it is allowlisted; otherwise does nothing.
 * @returns whether the URL was handed to the browser.
 */
export function openExternalIfAllowed(candidate: string): boolean {
  if (!isAllowedExternalUrl(candidate)) return false;
  // The URL is re-serialized after the allowlist check so what we open is exactly what we checked.
  const checkedUrl = new URL(candidate).href;
  shell.openExternal(checkedUrl).catch((error: unknown) => {
    console.error('Could not open the link in the browser:', error);
  });
  return true;
}

/**
 * Locks one page: navigation and redirects stay on the app page, `window.open` and
 * `target=_blank` links never create a window (allowlisted https links go to the browser instead),
 * and `<webview>` can never attach. Applied to every WebContents through `web-contents-created`.
 */
export function hardenWebContents(contents: WebContents, page: AppPage): void {
  contents.on('will-navigate', (event) => {
    if (!isAppPageUrl(event.url, page)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url, page)) event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => {
    openExternalIfAllowed(details.url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * Locks the session: every permission request and check is refused (the app needs no camera,
 * notifications, clipboard-read, …), and responses carry the app's CSP.
 *
 * In development the dev server's responses are left without the header: Vite injects an inline
 * React-refresh preamble that the policy would rightly block (vite.config.ts omits the meta tag in
 * dev for the same reason). The built page carries the same policy in its meta tag.
 */
export function hardenSession(session: Session, page: AppPage): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (page.kind === 'devServer' && isAppPageUrl(details.url, page)) {
      callback({});
      return;
    }
    // Drop any policy the response brought (in any letter case) so ours is the only one.
    const otherHeaders = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({
      responseHeaders: {
        ...otherHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
