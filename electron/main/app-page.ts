/**
 * Where the app's own page lives, and whether a URL is that page. Pure: no Electron imports, so the
 * navigation guard and the IPC sender check share one definition of "our page" and are easy to test.
 */
import { pathToFileURL } from 'node:url';

/** The page the main window loads: the built file in production, the Vite dev server in development. */
export type AppPage =
  { kind: 'file'; filePath: string; url: string } | { kind: 'devServer'; url: string; origin: string };

/** Inputs of {@link resolveAppPage}. */
export type AppPageInputs = {
  /** `app.isPackaged`: a packaged app never loads a dev server, whatever the environment says. */
  isPackaged: boolean;
  /** `process.env.SCS_DEV_SERVER_URL`, if set. */
  devServerUrl: string | undefined;
  /** Absolute path of `out/renderer/index.html`. */
  rendererIndexPath: string;
};

// Only a dev server on this machine is trusted: an environment variable must not be able to point
// the privileged window (which has the preload API) at a remote site.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Decides which page the main window loads.
 * @example resolveAppPage({ isPackaged: true, devServerUrl: 'http://127.0.0.1:5173', rendererIndexPath: '/app/out/renderer/index.html' }).kind // 'file'
 */
export function resolveAppPage(inputs: AppPageInputs): AppPage {
  const devServer = inputs.isPackaged ? null : parseDevServerUrl(inputs.devServerUrl);
  if (devServer !== null) return { kind: 'devServer', url: devServer.href, origin: devServer.origin };
  return { kind: 'file', filePath: inputs.rendererIndexPath, url: pathToFileURL(inputs.rendererIndexPath).href };
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
 * True when `candidate` is the app's own page. For the built file the path must match exactly
 * (query and hash ignored), so no other local file counts; for the dev server the origin must match.
 * @example isAppPageUrl('file:///app/out/renderer/index.html#/settings', page) // true for that file page
 */
export function isAppPageUrl(candidate: string, page: AppPage): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (page.kind === 'devServer') return url.origin === page.origin;
  const expected = new URL(page.url);
  return url.protocol === 'file:' && url.host === expected.host && url.pathname === expected.pathname;
}
