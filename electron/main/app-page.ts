/**
 * Where the app's own page lives, and whether a URL is that page. Pure: no Electron imports, so the
 * navigation guard and the IPC sender check share one definition of "our page" and are easy to test.
 *
 * The built page is served under the app's own `app://renderer/` scheme (electron/main/app-protocol.ts),
 * never from `file://`: a file page could read other local files, and our page needs no such power.
 */

/** Scheme of the app's own origin. */
export const APP_SCHEME = 'app';
/** Host under {@link APP_SCHEME} that serves the built renderer folder. */
export const APP_HOST = 'renderer';
/** URL of the built page. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The page the main window loads: the built renderer in production, the Vite dev server in development. */
export type AppPage =
  { kind: 'bundled'; rendererRoot: string; url: string } | { kind: 'devServer'; url: string; origin: string };

/** Inputs of {@link resolveAppPage}. */
export type AppPageInputs = {
  /** `app.isPackaged`: a packaged app never loads a dev server, whatever the environment says. */
  isPackaged: boolean;
  /** `process.env.SCS_DEV_SERVER_URL`, if set. */
  devServerUrl: string | undefined;
  /** Absolute path of the built renderer folder (`out/renderer`), the only folder `app://` serves. */
  rendererRoot: string;
};

// Only a dev server on this machine is trusted: an environment variable must not be able to point
// the privileged window (which has the preload API) at a remote site.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Decides which page the main window loads.
 * @example resolveAppPage({ isPackaged: true, devServerUrl: 'http://127.0.0.1:5173', rendererRoot: '/app/out/renderer' }).url // 'app://renderer/index.html'
 */
export function resolveAppPage(inputs: AppPageInputs): AppPage {
  const devServer = inputs.isPackaged ? null : parseDevServerUrl(inputs.devServerUrl);
  if (devServer !== null) return { kind: 'devServer', url: devServer.href, origin: devServer.origin };
  return { kind: 'bundled', rendererRoot: inputs.rendererRoot, url: APP_PAGE_URL };
}

/** Parses a dev server URL; `null` unless it is http(s) on a loopback host. */
export function parseDevServerUrl(value: string | undefined): URL | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
  return isHttp && LOOPBACK_HOSTS.has(url.hostname) ? url : null;
}

/**
 * True when `candidate` is the app's own page. For the built page the scheme, host and path must
 * match exactly (query and hash ignored), so no other page counts; for the dev server the origin must match.
 * @example isAppPageUrl('app://renderer/index.html#/settings', page) // true for the bundled page
 * @example isAppPageUrl('file:///app/out/renderer/index.html', page) // false: never a file page
 */
export function isAppPageUrl(candidate: string, page: AppPage): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (page.kind === 'devServer') return url.origin === page.origin;
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.pathname === '/index.html';
}
