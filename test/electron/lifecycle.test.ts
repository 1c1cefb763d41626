import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../electron/ipc-contract';
import { fakeElectron, FakeWebContents, resetFakeElectron, type FakeElectron } from './helpers/fake-electron';
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

function withPlatform(platform: NodeJS.Platform, run: () => void): void {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform });
  try {
    run();
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
    expect(fake.BrowserWindow.instances[0]?.loadFile.mock.calls[0]?.[0]).toMatch(/[\\/]renderer[\\/]index\.html$/);
  });

  it('locks the session, installs the menu and registers the IPC handlers when ready', async () => {
    const fake = await startMain();
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [IPC_CHANNELS.getAppVersion, IPC_CHANNELS.openSessionFile, IPC_CHANNELS.saveSessionFile].sort(),
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
    withPlatform('darwin', () => fake.app.emit('window-all-closed'));
    expect(fake.app.quit).not.toHaveBeenCalled();
    withPlatform('linux', () => fake.app.emit('window-all-closed'));
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

  it('locks every web contents the app creates', async () => {
    const fake = await startMain();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});
