/**
 * Creates the one main window, locked down (Electron security checklist): isolated, sandboxed,
 * no Node in the page, web security on. The options are written out literally, not built up, so a
 * reviewer (and electronegativity) can see every security flag at the creation site.
 */
import { BrowserWindow } from 'electron';
import type { AppPage } from './app-page';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

/** Inputs of {@link createMainWindow}. */
export type MainWindowOptions = {
  /** Absolute path of the CommonJS preload bundle (`out/preload/index.cjs`). */
  preloadPath: string;
  /** The page to load. */
  page: AppPage;
  /** Remembered geometry, already fitted to the displays. */
  state: WindowState;
  /** Window title until the page sets its own. */
  title: string;
};

/**
 * Creates the main window, shows it once the first frame is ready (no white flash) and starts
 * loading the app page.
 * @example createMainWindow({ preloadPath, page, state: DEFAULT_WINDOW_STATE, title: 'SCS Programming Simulator' })
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click on a link would otherwise try to open a window; the window-open handler denies
      // it anyway, this removes the path altogether (the 3D view uses pointer events, not auxclick).
      disableBlinkFeatures: 'Auxclick',
    },
  });

  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });

  // The built page comes through the app:// scheme (app-protocol.ts), never file://.
  window.loadURL(options.page.url).catch((error: unknown) => {
    console.error('Could not load the app page:', error);
  });

  return window;
}

/** Brings an existing window to the front, restoring it first if it was minimized. */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
