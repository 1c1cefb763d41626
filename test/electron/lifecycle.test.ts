import { beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IPC_CHANNELS, invokeArgumentSchemas } from '../../electron/ipc-contract';
import type { MenuItemConstructorOptions } from 'electron';
import { STALE_TEMP_FILE_AGE_MS } from '../../electron/main/atomic-write';
import { CLOSE_ANSWER_TIMEOUT_MS } from '../../electron/main/close-guard';
import { RECENT_FILES_FILE_NAME } from '../../electron/main/recent-files';
import { asReal, fakeElectron, FakeWebContents, resetFakeElectron, type FakeElectron } from './helpers/fake-electron';
import { useTempDirs } from './helpers/temp-dir';

vi.mock('electron', async () => (await import('./helpers/fake-electron')).createFakeElectron());

const makeTempDir = useTempDirs();

/**
 * Loads electron/main/index.ts afresh (it starts the app on import) against a fresh fake electron.
 * `prepare` runs before the import, to set up e.g. the single-instance lock.
 */
async function startMain(prepare: (fake: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  vi.resetModules();
  vi.resetAllMocks();
  const fake = fakeElectron(await import('electron'));
  resetFakeElectron(fake);
  fake.app.userDataPath = makeTempDir();
  prepare(fake);
  await import('../../electron/main/index');
  // Let app.whenReady().then(...) run.
  await new Promise((resolve) => setImmediate(resolve));
  return fake;
}

/** Runs `run` (and whatever it awaits) as if on `platform`. */
async function withPlatform<T>(platform: NodeJS.Platform, run: () => T | Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform });
  try {
    return await run();
  } finally {
    if (original) Object.defineProperty(process, 'platform', original);
  }
}

beforeEach(() => {
  delete process.env['SCS_DEV_SERVER_URL'];
});

describe('app lifecycle', () => {
  it('quits at once when another instance already runs', async () => {
    const fake = await startMain((f) => f.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('creates one locked-down window when Electron is ready', async () => {
    const fake = await startMain();
    expect(fake.app.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    const prefs = fake.BrowserWindow.instances[0]?.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs?.['preload'])).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://renderer/index.html');
  });

  it('locks the session, installs the menu and registers the IPC handlers when ready', async () => {
    const fake = await startMain();
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      Object.keys(invokeArgumentSchemas).sort(),
    );
  });

  it('loads the dev server when SCS_DEV_SERVER_URL is set and the app is not packaged', async () => {
    process.env['SCS_DEV_SERVER_URL'] = 'http://127.0.0.1:5173';
    const fake = await startMain();
    expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('http://127.0.0.1:5173/');
  });

  it('focuses the existing window when a second instance starts, restoring it if minimized', async () => {
    const fake = await startMain();
    const window = fake.BrowserWindow.instances[0];
    if (window === undefined) throw new Error('no window');
    window.minimized = true;

    fake.app.emit('second-instance', {}, [], '/');

    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });

  it('quits when all windows are closed, except on macOS', async () => {
    const fake = await startMain();
    await withPlatform('darwin', () => fake.app.emit('window-all-closed'));
    expect(fake.app.quit).not.toHaveBeenCalled();
    await withPlatform('linux', () => fake.app.emit('window-all-closed'));
    expect(fake.app.quit).toHaveBeenCalledOnce();
  });

  it('reopens the window on macOS activate when none is open', async () => {
    const fake = await startMain();
    const first = fake.BrowserWindow.instances[0];
    if (first === undefined) throw new Error('no window');
    first.destroyed = true;
    first.emit('closed');

    fake.app.emit('activate');

    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(fake.BrowserWindow.instances).toHaveLength(2);
  });

  it('serves the built page through the app:// scheme, registered before ready', async () => {
    const fake = await startMain();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(fake.protocol.handle.mock.calls.map(([scheme]) => scheme)).toEqual(['app']);
  });

  it('clears stale temp files of killed saves, at start, in the folders of recent files', async () => {
    const folder = makeTempDir();
    const stale = join(folder, '.patient.scs.json.scs-save-0b0e6f5c-8a8e-4c1e-9a59-0d6e0e6c1f11.tmp');
    writeFileSync(stale, 'partial');
    const longAgo = (Date.now() - STALE_TEMP_FILE_AGE_MS - 60_000) / 1000;
    utimesSync(stale, longAgo, longAgo);
    await startMain((f) => {
      writeFileSync(
        join(f.app.userDataPath, RECENT_FILES_FILE_NAME),
        JSON.stringify([join(folder, 'patient.scs.json')]),
      );
    });
    await vi.waitFor(() => expect(existsSync(stale)).toBe(false));
  });

  it('locks every web contents the app creates', async () => {
    const fake = await startMain();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});

/** Calls main's handler for `channel` as our window's main frame would. */
async function invokeAsWindow(fake: FakeElectron, channel: string, ...args: unknown[]): Promise<unknown> {
  const window = fake.BrowserWindow.instances[0];
  const registration = fake.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (window === undefined || registration === undefined) throw new Error(`no window or no handler for ${channel}`);
  const handler = registration[1] as (event: unknown, ...rest: unknown[]) => Promise<unknown>;
  return handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, ...args);
}

describe('closing the main window', () => {
  it('asks the renderer and closes only after it answers "close"', async () => {
    const fake = await startMain();
    const window = fake.BrowserWindow.instances[0];
    if (window === undefined) throw new Error('no window');
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.closeRequest);

    await invokeAsWindow(fake, IPC_CHANNELS.answerCloseRequest, 'asking');
    expect(window.destroyed).toBe(false);
    await invokeAsWindow(fake, IPC_CHANNELS.answerCloseRequest, 'close');
    expect(window.destroyed).toBe(true);
  });

  it('keeps the window when the renderer answers "cancel", and a pending quit is called off', async () => {
    const fake = await startMain();
    const window = fake.BrowserWindow.instances[0];
    if (window === undefined) throw new Error('no window');
    fake.app.emit('before-quit');
    window.close();
    await invokeAsWindow(fake, IPC_CHANNELS.answerCloseRequest, 'cancel');
    expect(window.destroyed).toBe(false);
    // The next close (not a quit) closes the window; the quit called off earlier does not resume.
    window.close();
    await invokeAsWindow(fake, IPC_CHANNELS.answerCloseRequest, 'close');
    expect(window.destroyed).toBe(true);
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  it('asks natively, without losing work silently, when the renderer does not answer in time', async () => {
    const fake = await startMain();
    const window = fake.BrowserWindow.instances[0];
    if (window === undefined) throw new Error('no window');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 }); // "Keep the window open"
      window.close();
      vi.advanceTimersByTime(CLOSE_ANSWER_TIMEOUT_MS);
      await new Promise((resolve) => setImmediate(resolve));
      expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce();
      expect(JSON.stringify(fake.dialog.showMessageBox.mock.calls[0])).toContain('unsaved changes');
      expect(window.destroyed).toBe(false);

      fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 }); // "Close without saving"
      window.close();
      vi.advanceTimersByTime(CLOSE_ANSWER_TIMEOUT_MS);
      await new Promise((resolve) => setImmediate(resolve));
      expect(window.destroyed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('recent files', () => {
  it('are remembered when a file is opened, and offered to the renderer from File → Open Recent', async () => {
    const folder = makeTempDir();
    const file = join(folder, 'patient.scs.json');
    writeFileSync(file, '{"version":1}');
    // The app's own submenu is built on Windows and Linux (macOS has its native Open Recent role).
    const fake = await withPlatform('linux', async () => {
      const started = await startMain();
      started.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
      await invokeAsWindow(started, IPC_CHANNELS.openSessionFile);
      return started;
    });
    expect(fake.app.addRecentDocument).toHaveBeenCalledExactlyOnceWith(file);
    // Written in the background; waited for so the folder is not removed under the write.
    const listPath = join(fake.app.userDataPath, RECENT_FILES_FILE_NAME);
    await vi.waitFor(() => expect(existsSync(listPath) && readFileSync(listPath, 'utf8')).toContain(file));

    const menu = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    const fileMenu = menu.find((item) => item.label === '&File')?.submenu as MenuItemConstructorOptions[];
    const recent = fileMenu.find((item) => item.label === 'Open &Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent[0]?.label).toBe('&1 patient.scs.json');
    recent[0]?.click?.(asReal({}), undefined, asReal({}));

    const window = fake.BrowserWindow.instances[0];
    const offer = window?.webContents.send.mock.calls.find(([channel]) => channel === IPC_CHANNELS.openRecentRequest);
    expect(offer?.[1]).toEqual({ fileName: 'patient.scs.json', fileToken: expect.any(String) });
    const reopened = await invokeAsWindow(
      fake,
      IPC_CHANNELS.openRecentFile,
      (offer?.[1] as { fileToken: string }).fileToken,
    );
    expect(reopened).toMatchObject({ canceled: false, contents: '{"version":1}' });
  });

  it('leave the list and the menu alone when the file used is already the newest', async () => {
    const file = join(makeTempDir(), 'patient.scs.json');
    writeFileSync(file, '{"version":1}');
    const fake = await startMain();
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    await invokeAsWindow(fake, IPC_CHANNELS.openSessionFile);
    const listPath = join(fake.app.userDataPath, RECENT_FILES_FILE_NAME);
    await vi.waitFor(() => expect(existsSync(listPath)).toBe(true));
    const menusBuilt = fake.Menu.buildFromTemplate.mock.calls.length;

    await invokeAsWindow(fake, IPC_CHANNELS.openSessionFile);

    expect(fake.app.addRecentDocument).toHaveBeenCalledTimes(2);
    expect(fake.Menu.buildFromTemplate).toHaveBeenCalledTimes(menusBuilt);
  });

  it('are offered to the renderer when macOS opens one from its own Open Recent menu', async () => {
    const fake = await startMain();
    fake.BrowserWindow.instances[0]?.webContents.emit('did-finish-load');
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, '/Users/me/patient.scs.json');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(fake.BrowserWindow.instances[0]?.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.openRecentRequest, {
      fileName: 'patient.scs.json',
      fileToken: expect.any(String),
    });
  });

  it('hold a file macOS opens before the window exists, and offer it once, when the page has loaded', async () => {
    let becomeReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => (becomeReady = resolve));
    const fake = await startMain((f) => f.app.whenReady.mockReturnValueOnce(ready));
    fake.app.emit('open-file', { preventDefault: vi.fn() }, '/Users/me/patient.scs.json');
    expect(fake.BrowserWindow.instances).toHaveLength(0);

    becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    const window = fake.BrowserWindow.instances[0];
    if (window === undefined) throw new Error('no window');
    const offers = () =>
      window.webContents.send.mock.calls.filter(([channel]) => channel === IPC_CHANNELS.openRecentRequest);
    expect(offers()).toHaveLength(0);

    window.webContents.emit('did-finish-load');
    expect(offers()).toEqual([
      [IPC_CHANNELS.openRecentRequest, { fileName: 'patient.scs.json', fileToken: expect.any(String) }],
    ]);
    // A reload does not offer the same file again.
    window.webContents.emit('did-finish-load');
    expect(offers()).toHaveLength(1);
  });

  it('hold a file macOS opens while the page is still loading', async () => {
    const fake = await startMain();
    const window = fake.BrowserWindow.instances[0];
    if (window === undefined) throw new Error('no window');
    fake.app.emit('open-file', { preventDefault: vi.fn() }, '/Users/me/patient.scs.json');
    expect(window.webContents.send).not.toHaveBeenCalledWith(IPC_CHANNELS.openRecentRequest, expect.anything());

    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.openRecentRequest, {
      fileName: 'patient.scs.json',
      fileToken: expect.any(String),
    });
  });
});
