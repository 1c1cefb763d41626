/**
 * A small stand-in for the `electron` module (the binary cannot run here). Each test file mocks
 * `electron` with `createFakeElectron()` and reaches the fakes through {@link fakeElectron}.
 *
 * Only what main and preload use is modelled; behaviour is kept to "record the call" plus the bits
 * the code under test reads back (window state, focus, frames).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextWebContentsId = 1;
let nextRoutingId = 1;

/** A frame of a page, as `event.senderFrame` or `webContents.mainFrame`. */
export class FakeFrame {
  readonly routingId = nextRoutingId++;
  constructor(
    public url: string,
    public readonly parent: FakeFrame | null = null,
    public readonly processId = 7,
  ) {}
}

/** Result a window-open handler returns. */
export type WindowOpenResponse = { action: 'allow' | 'deny' };

/** The page inside a window: events, `send`, and the window-open handler it was given. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame: FakeFrame;
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  windowOpenHandler: ((details: { url: string }) => WindowOpenResponse) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => WindowOpenResponse) => {
    this.windowOpenHandler = handler;
  });

  constructor(url = 'app://renderer/index.html') {
    super();
    this.mainFrame = new FakeFrame(url);
  }
}

/** Options the code passed to `new BrowserWindow(...)`, as far as tests read them. */
export type FakeWindowOptions = {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  show?: boolean;
  webPreferences?: Record<string, unknown>;
};

/** A BrowserWindow that records what was done to it. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  minimized = false;
  maximized = false;
  destroyed = false;
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  readonly loadFile = vi.fn(async (_path: string) => undefined);
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  /** Like Electron: emits a preventable `close`, and is destroyed (emitting `closed`) unless prevented. */
  readonly close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  });

  constructor(public readonly options: FakeWindowOptions = {}) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
}

/** A session that keeps the handlers it was given so tests can call them. */
export class FakeSession {
  permissionRequestHandler:
    ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((webContents: unknown, permission: string) => boolean) | null = null;
  headersListener:
    | ((
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: unknown) => void,
      ) => void)
    | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: FakeSession['permissionRequestHandler']) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: FakeSession['permissionCheckHandler']) => {
    this.permissionCheckHandler = handler;
  });
  readonly webRequest = {
    onHeadersReceived: vi.fn((listener: FakeSession['headersListener']) => {
      this.headersListener = listener;
    }),
  };
}

/** The fake `app`: an event emitter plus the methods main calls. */
export class FakeApp extends EventEmitter {
  isPackaged = false;
  userDataPath = '/tmp/scs-sim-test-user-data';
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly getSystemLocale = vi.fn(() => 'de-DE');
  readonly addRecentDocument = vi.fn((_path: string) => undefined);
  readonly clearRecentDocuments = vi.fn();
  readonly getPath = vi.fn((name: string) => (name === 'userData' ? this.userDataPath : `/tmp/scs-sim-test-${name}`));
}

/** The fake `ipcRenderer`: real event delivery plus a recorded `invoke`. */
export class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
}

/** Builds a fresh fake `electron` module. */
export function createFakeElectron() {
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: new FakeSession() },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: new FakeIpcRenderer(),
  };
}

/** The shape of the fake module. */
export type FakeElectron = ReturnType<typeof createFakeElectron>;

/**
 * Puts a fake module back in its initial state. `vi.resetModules()` keeps mocked modules, so tests
 * that re-import main call this between runs. Pair with `vi.resetAllMocks()`, which restores every
 * `vi.fn` to its original implementation.
 */
export function resetFakeElectron(fake: FakeElectron): void {
  fake.BrowserWindow.instances = [];
  fake.BrowserWindow.focused = null;
  fake.app.removeAllListeners();
  fake.app.isPackaged = false;
  fake.ipcRenderer.removeAllListeners();
  fake.session.defaultSession = new FakeSession();
}

/** Views the (mocked) `electron` namespace as the fake it is. */
export function fakeElectron(module: unknown): FakeElectron {
  return module as FakeElectron;
}

/** Hands a fake to code typed against the real Electron API. */
export function asReal<T>(fake: unknown): T {
  return fake as T;
}
