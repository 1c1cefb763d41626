import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveAppPage } from '../../electron/main/app-page';
import { createMainWindow, focusWindow } from '../../electron/main/window';
import { DEFAULT_WINDOW_STATE } from '../../electron/main/window-state';
import { asReal, fakeElectron, FakeBrowserWindow } from './helpers/fake-electron';

vi.mock('electron', async () => (await import('./helpers/fake-electron')).createFakeElectron());

const fake = fakeElectron(electron);
const ROOT = '/opt/scs-sim/out/renderer';
const PRELOAD = '/opt/scs-sim/out/preload/index.cjs';
const filePage = resolveAppPage({ isPackaged: true, devServerUrl: undefined, rendererRoot: ROOT });

function createWindow(state = DEFAULT_WINDOW_STATE, page = filePage) {
  createMainWindow({ preloadPath: PRELOAD, page, state, title: 'SCS Programming Simulator' });
  const window = fake.BrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window was created');
  return window;
}

beforeEach(() => {
  fake.BrowserWindow.instances = [];
});

describe('the main window', () => {
  it('is created isolated, sandboxed, without Node and with web security on', () => {
    const prefs = createWindow().options.webPreferences;
    expect(prefs).toMatchObject({
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
    });
  });

  it('uses the CommonJS preload bundle', () => {
    expect(createWindow().options.webPreferences?.['preload']).toBe(PRELOAD);
  });

  it('loads the built page from app://, never from a file, in production', () => {
    const window = createWindow();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://renderer/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('loads the dev server URL in development', () => {
    const devPage = resolveAppPage({
      isPackaged: false,
      devServerUrl: 'http://127.0.0.1:5173',
      rendererRoot: ROOT,
    });
    const window = createWindow(DEFAULT_WINDOW_STATE, devPage);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://127.0.0.1:5173/');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('opens hidden at the remembered position and shows when ready, maximized if it was', () => {
    const window = createWindow({ x: 40, y: 60, width: 1300, height: 850, isMaximized: true });
    expect(window.options).toMatchObject({ x: 40, y: 60, width: 1300, height: 850, show: false });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('lets the OS place it when no position is remembered', () => {
    const window = createWindow({ width: 1280, height: 800, isMaximized: false });
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).not.toHaveProperty('y');
  });
});

describe('focusWindow', () => {
  it('restores a minimized window, then shows and focuses it', () => {
    const window = new FakeBrowserWindow();
    window.minimized = true;
    focusWindow(asReal<BrowserWindow>(window));
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimized', () => {
    const window = new FakeBrowserWindow();
    focusWindow(asReal<BrowserWindow>(window));
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
