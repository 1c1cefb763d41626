/**
 * Electron main process entry: app lifecycle only. One instance (a second launch focuses the
 * existing window), one main window created when Electron is ready, quit when all windows close
 * (except on macOS, where apps stay in the dock and `activate` reopens the window).
 */
import { basename, dirname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session } from 'electron';
import { IPC_CHANNELS } from '../ipc-contract';
import { resolveAppPage } from './app-page';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { removeStaleTempFiles } from './atomic-write';
import { NATIVE_CLOSE_QUESTION, guardWindowClose, type CloseGuard } from './close-guard';
import { createFileAccess } from './file-access';
import { registerIpcHandlers } from './ipc-handlers';
import { installApplicationMenu } from './menu';
import { printHtmlToPdf } from './print-html-to-pdf';
import { createProgressStorage } from './progress-storage';
import { createSnapshotSaver } from './snapshot-file';
import { createReportPrinter } from './report-pdf';
import { RECENT_FILES_FILE_NAME, createRecentFilesWriter, loadRecentFiles, withRecentFile } from './recent-files';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, focusWindow } from './window';
import { WINDOW_STATE_FILE_NAME, loadWindowState, trackWindowState } from './window-state';

/** Window title and macOS app-menu name. */
export const PRODUCT_NAME = 'SCS Programming Simulator';

// Bundled layout: out/main/index.js next to out/preload/index.cjs and out/renderer/.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_ROOT = join(import.meta.dirname, '../renderer');

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
  // Must happen before `ready`: the page's own origin, app://renderer (see app-protocol.ts).
  registerAppScheme(protocol);

  const page = resolveAppPage({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['SCS_DEV_SERVER_URL'],
    rendererRoot: RENDERER_ROOT,
  });
  let mainWindow: BrowserWindow | null = null;
  // Looked up by the window the answer came from, so an answer can only reach its own window's guard.
  const closeGuards = new WeakMap<BrowserWindow, CloseGuard>();
  let quitting = false;
  // Windows whose page has finished loading, i.e. has subscribed to main's messages.
  const loadedWindows = new WeakSet<BrowserWindow>();
  // macOS: a file double-clicked to launch the app arrives before the window or its page exists.
  let pendingOpenPath: string | null = null;

  const recentListPath = () => join(app.getPath('userData'), RECENT_FILES_FILE_NAME);
  let recentFiles: string[] = [];
  const writeRecentFiles = createRecentFilesWriter(recentListPath);

  function installMenu(): void {
    installApplicationMenu({
      platform: process.platform,
      appName: PRODUCT_NAME,
      includeDevTools: !app.isPackaged,
      recentFiles,
      openRecent: offerRecentFile,
      clearRecent: () => updateRecentFiles([]),
    });
  }

  function updateRecentFiles(list: string[]): void {
    recentFiles = list;
    if (list.length === 0) app.clearRecentDocuments();
    void writeRecentFiles(list);
    installMenu();
  }

  function rememberFile(filePath: string): void {
    app.addRecentDocument(filePath);
    // Saving the same file again leaves the list as it is: no write, no new menu.
    if (recentFiles[0] === filePath) return;
    updateRecentFiles(withRecentFile(recentFiles, filePath));
  }

  const fileAccess = createFileAccess({
    dialogs: dialog,
    defaultDirectory: () => app.getPath('documents'),
    onFileUsed: rememberFile,
  });
  const reportPrinter = createReportPrinter({
    dialogs: dialog,
    defaultDirectory: () => app.getPath('documents'),
    renderPdf: printHtmlToPdf,
  });
  const progressStorage = createProgressStorage({
    userDataDirectory: () => app.getPath('userData'),
    defaultDirectory: () => app.getPath('documents'),
    dialogs: dialog,
  });
  const snapshotSaver = createSnapshotSaver({ dialogs: dialog, defaultDirectory: () => app.getPath('pictures') });

  /** A recent file picked in the menu goes to the renderer, which asks about unsaved work before reading it. */
  function offerRecentFile(filePath: string): void {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    mainWindow.webContents.send(IPC_CHANNELS.openRecentRequest, {
      fileName: basename(filePath),
      fileToken: fileAccess.tokenFor(filePath),
    });
  }

  /** A file macOS asked to open goes to the renderer now if its page is listening, else once it has loaded. */
  function offerFileWhenLoaded(filePath: string): void {
    pendingOpenPath = filePath;
    offerPendingFile();
  }

  function offerPendingFile(): void {
    if (pendingOpenPath === null || mainWindow === null || mainWindow.isDestroyed()) return;
    if (!loadedWindows.has(mainWindow)) return;
    const filePath = pendingOpenPath;
    pendingOpenPath = null;
    offerRecentFile(filePath);
  }

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
    window.webContents.on('did-finish-load', () => {
      loadedWindows.add(window);
      offerPendingFile();
    });
    const closeGuard = guardWindowClose(window, {
      askRenderer: () => window.webContents.send(IPC_CHANNELS.closeRequest),
      askNatively: async () => {
        const { response } = await dialog.showMessageBox(window, {
          ...NATIVE_CLOSE_QUESTION,
          buttons: [...NATIVE_CLOSE_QUESTION.buttons],
        });
        return response === 1 ? 'close' : 'keep';
      },
      onCloseCancelled: () => {
        quitting = false;
      },
    });
    closeGuards.set(window, closeGuard);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      // macOS keeps running without windows, but a Quit that waited for this window finishes now.
      if (quitting) app.quit();
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

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // macOS: File → Open Recent (the native submenu), files dropped on the Dock icon and files
  // double-clicked in the Finder (which may launch the app: then the window does not exist yet).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    offerFileWhenLoaded(filePath);
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, page);
      if (page.kind === 'bundled') handleAppProtocol(protocol, page.rendererRoot);
      recentFiles = loadRecentFiles(recentListPath());
      installMenu();
      registerIpcHandlers({
        ipcMain,
        getMainWindow: () => mainWindow,
        page,
        fileAccess,
        reportPrinter,
        progressStorage,
        snapshotSaver,
        appVersion: app.getVersion(),
        systemLocale: app.getSystemLocale(),
        answerCloseRequest: (window, answer) => closeGuards.get(window)?.answer(answer),
      });
      mainWindow = openMainWindow();
      // Saves killed mid-write (power cut, kill -9) left temp files next to the files they saved.
      const now = Date.now();
      for (const folder of new Set(recentFiles.map((filePath) => dirname(filePath)))) {
        void removeStaleTempFiles(folder, now);
      }
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
