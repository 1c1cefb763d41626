import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  IPC_CHANNELS,
  invokeArgumentSchemas,
  MAX_PROGRESS_TEXT_CHARS,
  MAX_REPORT_HTML_CHARS,
} from '../../electron/ipc-contract';
import { resolveAppPage } from '../../electron/main/app-page';
import type { FileAccess } from '../../electron/main/file-access';
import type { ProgressStorage } from '../../electron/main/progress-storage';
import type { ReportPrinter } from '../../electron/main/report-pdf';
import type { SnapshotSaver } from '../../electron/main/snapshot-file';
import { registerIpcHandlers } from '../../electron/main/ipc-handlers';
import { asReal, FakeBrowserWindow, FakeFrame, FakeWebContents } from './helpers/fake-electron';

const ROOT = '/opt/scs-sim/out/renderer';
const APP_URL = 'app://renderer/index.html';
const page = resolveAppPage({ isPackaged: true, devServerUrl: undefined, rendererRoot: ROOT });
const TOKEN = '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f';
const SAVE_REQUEST = { contents: '{}', suggestedName: 'patient.scs.json', saveAs: false, fileToken: TOKEN };

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** Registers the handlers against a fake ipcMain and returns a way to invoke them. */
function setUp() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const window = new FakeBrowserWindow();
  window.webContents.mainFrame.url = APP_URL;
  const fileAccess = {
    open: vi.fn<FileAccess['open']>(async () => ({ canceled: true })),
    save: vi.fn<FileAccess['save']>(async () => ({ canceled: false, fileName: 'patient.scs.json', fileToken: TOKEN })),
    openByToken: vi.fn<FileAccess['openByToken']>(async (fileToken) => ({
      canceled: false,
      fileName: 'recent.scs.json',
      fileToken,
      contents: '{}',
    })),
    tokenFor: vi.fn<FileAccess['tokenFor']>(() => TOKEN),
  };
  const reportPrinter = {
    printToPdf: vi.fn<ReportPrinter['printToPdf']>(async () => ({ canceled: false, fileName: 'visit-report.pdf' })),
  };
  const progressStorage = {
    load: vi.fn<ProgressStorage['load']>(async () => null),
    save: vi.fn<ProgressStorage['save']>(async () => undefined),
    exportTo: vi.fn<ProgressStorage['exportTo']>(async () => ({ canceled: true })),
    importFrom: vi.fn<ProgressStorage['importFrom']>(async () => ({ canceled: true })),
  };
  const snapshotSaver = {
    save: vi.fn<SnapshotSaver['save']>(async () => ({ canceled: false, fileName: 'view.png' })),
  };
  const answerCloseRequest = vi.fn();
  const dispose = registerIpcHandlers({
    ipcMain,
    getMainWindow: () => asReal<BrowserWindow>(window),
    page,
    fileAccess,
    reportPrinter,
    progressStorage,
    snapshotSaver,
    appVersion: '0.1.0',
    systemLocale: 'de-DE',
    answerCloseRequest,
  });

  /** Invokes `channel` as if sent from `sender`/`frame` (by default: our window's main frame). */
  function invoke(channel: string, args: unknown[], from: { sender?: FakeWebContents; frame?: FakeFrame | null } = {}) {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    const event = {
      sender: from.sender ?? window.webContents,
      senderFrame: from.frame === undefined ? window.webContents.mainFrame : from.frame,
    };
    return handler(asReal<IpcMainInvokeEvent>(event), ...args);
  }

  return {
    handlers,
    ipcMain,
    window,
    fileAccess,
    reportPrinter,
    progressStorage,
    snapshotSaver,
    answerCloseRequest,
    invoke,
    dispose,
  };
}

describe('IPC handlers', () => {
  it('are registered for exactly the invoke channels of the contract and can be removed', () => {
    const { handlers, dispose } = setUp();
    expect([...handlers.keys()].sort()).toEqual(Object.keys(invokeArgumentSchemas).sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('answer our main frame', async () => {
    const { invoke, fileAccess, window } = setUp();
    await expect(invoke(IPC_CHANNELS.getAppVersion, [])).resolves.toBe('0.1.0');
    await expect(invoke(IPC_CHANNELS.getSystemLocale, [])).resolves.toBe('de-DE');
    await expect(invoke(IPC_CHANNELS.openSessionFile, [])).resolves.toEqual({ canceled: true });
    await expect(invoke(IPC_CHANNELS.saveSessionFile, [SAVE_REQUEST])).resolves.toMatchObject({ canceled: false });
    expect(fileAccess.save).toHaveBeenCalledExactlyOnceWith(window, SAVE_REQUEST);
  });

  it('read a recent file by its token and pass the close answer to the window’s guard', async () => {
    const { invoke, fileAccess, answerCloseRequest, window } = setUp();
    await expect(invoke(IPC_CHANNELS.openRecentFile, [TOKEN])).resolves.toMatchObject({ fileToken: TOKEN });
    expect(fileAccess.openByToken).toHaveBeenCalledExactlyOnceWith(TOKEN);
    await invoke(IPC_CHANNELS.answerCloseRequest, ['close']);
    expect(answerCloseRequest).toHaveBeenCalledExactlyOnceWith(window, 'close');
  });

  it('print a report and store, export and import progress for our main frame', async () => {
    const { invoke, reportPrinter, progressStorage, window } = setUp();
    const print = { html: '<!doctype html><p>report</p>', suggestedName: 'visit-report.pdf', pageSize: 'Letter' };
    await expect(invoke(IPC_CHANNELS.printReportToPdf, [print])).resolves.toEqual({
      canceled: false,
      fileName: 'visit-report.pdf',
    });
    expect(reportPrinter.printToPdf).toHaveBeenCalledExactlyOnceWith(window, print);
    await expect(invoke(IPC_CHANNELS.loadProgress, [])).resolves.toBeNull();
    await invoke(IPC_CHANNELS.saveProgress, ['{"format":"scs-sim-progress"}']);
    expect(progressStorage.save).toHaveBeenCalledExactlyOnceWith('{"format":"scs-sim-progress"}');
    await invoke(IPC_CHANNELS.exportProgress, [{ contents: '{}', suggestedName: 'progress.json' }]);
    expect(progressStorage.exportTo).toHaveBeenCalledExactlyOnceWith(window, {
      contents: '{}',
      suggestedName: 'progress.json',
    });
    await invoke(IPC_CHANNELS.importProgress, []);
    expect(progressStorage.importFrom).toHaveBeenCalledExactlyOnceWith(window);
  });

  it('refuse a report on another paper, with a path for a name or too large, and oversize progress', async () => {
    const { invoke, reportPrinter, progressStorage } = setUp();
    const print = { html: '<p>r</p>', suggestedName: 'visit-report.pdf', pageSize: 'A4' };
    await expect(invoke(IPC_CHANNELS.printReportToPdf, [{ ...print, pageSize: 'A3' }])).rejects.toThrow(/pageSize/);
    await expect(invoke(IPC_CHANNELS.printReportToPdf, [{ ...print, suggestedName: '../x.pdf' }])).rejects.toThrow(
      /suggestedName/,
    );
    await expect(
      invoke(IPC_CHANNELS.printReportToPdf, [{ ...print, html: 'x'.repeat(MAX_REPORT_HTML_CHARS + 1) }]),
    ).rejects.toThrow(/html/);
    await expect(invoke(IPC_CHANNELS.printReportToPdf, [{ ...print, url: 'file:///etc/passwd' }])).rejects.toThrow(
      /Invalid arguments/,
    );
    await expect(invoke(IPC_CHANNELS.saveProgress, ['x'.repeat(MAX_PROGRESS_TEXT_CHARS + 1)])).rejects.toThrow(
      /at most/,
    );
    await expect(invoke(IPC_CHANNELS.saveProgress, [42])).rejects.toThrow(/Invalid arguments/);
    expect(reportPrinter.printToPdf).not.toHaveBeenCalled();
    expect(progressStorage.save).not.toHaveBeenCalled();
  });

  it('save a PNG snapshot, and refuse bytes that are not a PNG or a name with a path', async () => {
    const { invoke, snapshotSaver, window } = setUp();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    await expect(invoke(IPC_CHANNELS.saveSnapshot, [{ png, suggestedName: 'view.png' }])).resolves.toEqual({
      canceled: false,
      fileName: 'view.png',
    });
    expect(snapshotSaver.save).toHaveBeenCalledExactlyOnceWith(window, { png, suggestedName: 'view.png' });
    const notPng = new TextEncoder().encode('<svg onload="x()">');
    await expect(invoke(IPC_CHANNELS.saveSnapshot, [{ png: notPng, suggestedName: 'v.png' }])).rejects.toThrow(
      /must be a PNG image/,
    );
    await expect(invoke(IPC_CHANNELS.saveSnapshot, [{ png: 'iVBOR', suggestedName: 'v.png' }])).rejects.toThrow(/PNG/);
    await expect(invoke(IPC_CHANNELS.saveSnapshot, [{ png, suggestedName: '../../v.png' }])).rejects.toThrow(
      /suggestedName/,
    );
    expect(snapshotSaver.save).toHaveBeenCalledTimes(1);
  });

  it('refuse a close answer or a recent-file token that is not one', async () => {
    const { invoke, fileAccess, answerCloseRequest } = setUp();
    await expect(invoke(IPC_CHANNELS.answerCloseRequest, ['quit-now'])).rejects.toThrow(/Invalid arguments/);
    await expect(invoke(IPC_CHANNELS.openRecentFile, ['/etc/passwd'])).rejects.toThrow(/Invalid arguments/);
    expect(answerCloseRequest).not.toHaveBeenCalled();
    expect(fileAccess.openByToken).not.toHaveBeenCalled();
  });

  describe('reject a sender that is not our main frame', () => {
    it('from the built page loaded from file:// instead of app://', async () => {
      const { invoke, window, answerCloseRequest } = setUp();
      window.webContents.mainFrame.url = 'file:///opt/scs-sim/out/renderer/index.html';
      await expect(invoke(IPC_CHANNELS.answerCloseRequest, ['close'])).rejects.toThrow(/main window/);
      expect(answerCloseRequest).not.toHaveBeenCalled();
    });

    // No arguments: the sender is checked before the arguments are parsed.
    it.each(Object.keys(invokeArgumentSchemas))('%s from an iframe', async (channel) => {
      const { invoke, window, fileAccess, answerCloseRequest, reportPrinter, progressStorage } = setUp();
      const iframe = new FakeFrame(APP_URL, window.webContents.mainFrame);
      await expect(invoke(channel, [], { frame: iframe })).rejects.toThrow(/did not come from the app's main window/);
      expect(reportPrinter.printToPdf).not.toHaveBeenCalled();
      expect(progressStorage.save).not.toHaveBeenCalled();
      expect(progressStorage.load).not.toHaveBeenCalled();
      expect(fileAccess.open).not.toHaveBeenCalled();
      expect(fileAccess.save).not.toHaveBeenCalled();
      expect(fileAccess.openByToken).not.toHaveBeenCalled();
      expect(answerCloseRequest).not.toHaveBeenCalled();
    });

    it('from another window', async () => {
      const { invoke } = setUp();
      const other = new FakeWebContents(APP_URL);
      await expect(invoke(IPC_CHANNELS.openSessionFile, [], { sender: other, frame: other.mainFrame })).rejects.toThrow(
        /main window/,
      );
    });

    it('from our window after it navigated to another page', async () => {
      const { invoke, window } = setUp();
      window.webContents.mainFrame.url = 'https://evil.example/';
      await expect(invoke(IPC_CHANNELS.openSessionFile, [])).rejects.toThrow(/main window/);
    });

    it('from a frame that no longer exists', async () => {
      const { invoke } = setUp();
      await expect(invoke(IPC_CHANNELS.getAppVersion, [], { frame: null })).rejects.toThrow(/main window/);
    });

    it('when the main window is gone', async () => {
      const { invoke, window } = setUp();
      window.destroyed = true;
      await expect(invoke(IPC_CHANNELS.getAppVersion, [])).rejects.toThrow(/main window/);
    });
  });

  describe('reject malformed arguments with a message naming the problem', () => {
    it('a save request with a path in the suggested name', async () => {
      const { invoke, fileAccess } = setUp();
      const error = await invoke(IPC_CHANNELS.saveSessionFile, [
        { ...SAVE_REQUEST, suggestedName: '../../.bashrc' },
      ]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain(`Invalid arguments for "${IPC_CHANNELS.saveSessionFile}"`);
      expect((error as Error).message).toContain('suggestedName');
      expect(fileAccess.save).not.toHaveBeenCalled();
    });

    it('a save request with an extra path field', async () => {
      const { invoke } = setUp();
      await expect(invoke(IPC_CHANNELS.saveSessionFile, [{ ...SAVE_REQUEST, path: '/etc/passwd' }])).rejects.toThrow(
        /Invalid arguments.*\n.*path/s,
      );
    });

    it('a missing save request', async () => {
      const { invoke } = setUp();
      await expect(invoke(IPC_CHANNELS.saveSessionFile, [])).rejects.toThrow(/Invalid arguments/);
    });

    it('arguments where none are expected', async () => {
      const { invoke, fileAccess } = setUp();
      await expect(invoke(IPC_CHANNELS.openSessionFile, ['/etc/passwd'])).rejects.toThrow(/Invalid arguments/);
      expect(fileAccess.open).not.toHaveBeenCalled();
    });
  });
});
