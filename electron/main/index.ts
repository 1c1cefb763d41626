/**
 * Electron main process entry: app lifecycle only. One instance (a second launch focuses the
 * existing window), one main window created when Electron is ready, quit when all windows close
 * (except on macOS, where apps stay in the dock and `activate` reopens the window).
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen, session } from 'electron';
import { resolveAppPage } from './app-page';
import { createFileAccess } from './file-access';
import { registerIpcHandlers } from './ipc-handlers';
import { installApplicationMenu } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, focusWindow } from './window';
import { WINDOW_STATE_FILE_NAME, loadWindowState, trackWindowState } from './window-state';

/** Window title and macOS app-menu name. */
export const PRODUCT_NAME = 'SCS Programming Simulator';

// Bundled layout: out/main/index.js next to out/preload/index.cjs and out/renderer/index.html.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_INDEX_PATH = join(import.meta.dirname, '../renderer/index.html');

/**
 * Starts the app. Called once when this module loads; exported for tests, which load the module
 * with `electron` mocked.
 */
export function startApp(): void {
  // A second copy would fight over the window-state file; hand over to the first one instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Sandbox every renderer, including any created by a library, not only the ones we configure.
  app.enableSandbox();

  const page = resolveAppPage({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['SCS_DEV_SERVER_URL'],
    rendererIndexPath: RENDERER_INDEX_PATH,
  });
  let mainWindow: BrowserWindow | null = null;

  function openMainWindow(): BrowserWindow {
    const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE_NAME);
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow({
      preloadPath: PRELOAD_PATH,
      page,
      state: loadWindowState(stateFile, workAreas),
      title: PRODUCT_NAME,
    });
    trackWindowState(window, stateFile);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  }

  app.on('second-instance', () => {
    if (mainWindow !== null && !mainWindow.isDestroyed()) focusWindow(mainWindow);
  });

  // Every page the app ever hosts gets the navigation, window-open and webview locks.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, page);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, page);
      installApplicationMenu({ platform: process.platform, appName: PRODUCT_NAME, includeDevTools: !app.isPackaged });
      registerIpcHandlers({
        ipcMain,
        getMainWindow: () => mainWindow,
        page,
        fileAccess: createFileAccess({ dialogs: dialog, defaultDirectory: () => app.getPath('documents') }),
        appVersion: app.getVersion(),
      });
      mainWindow = openMainWindow();
      // macOS: clicking the dock icon with no window open reopens it. Registered only now because a
      // window cannot be created before the app is ready.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('The app could not start:', error);
      app.exit(1);
    });
}

startApp();
