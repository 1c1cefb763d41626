/**
 * Main-side IPC: one `ipcMain.handle` per invoke channel of the contract. Every handler first checks
 * who is asking (the main frame of our window, showing our page) and then parses its arguments with
 * the contract's schema, so nothing reaches file access unchecked. No simulation runs here.
 */
import { z } from 'zod';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, invokeArgumentSchemas, type CloseAnswer, type InvokeChannel } from '../ipc-contract';
import { isAppPageUrl, type AppPage } from './app-page';
import type { FileAccess } from './file-access';
import type { ProgressStorage } from './progress-storage';
import type { ReportPrinter } from './report-pdf';
import type { SnapshotSaver } from './snapshot-file';

/** Inputs of {@link registerIpcHandlers}. */
export type IpcHandlerDependencies = {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** The current main window, or `null` while there is none (macOS after closing it). */
  getMainWindow: () => BrowserWindow | null;
  page: AppPage;
  fileAccess: FileAccess;
  reportPrinter: ReportPrinter;
  progressStorage: ProgressStorage;
  snapshotSaver: SnapshotSaver;
  appVersion: string;
  /** `app.getSystemLocale()`, read after `ready` (Electron documents it as valid only then). */
  systemLocale: string;
  /** Hands the renderer's answer to a close request to the window's close guard. */
  answerCloseRequest: (window: BrowserWindow, answer: CloseAnswer) => void;
};

/**
 * True when the message comes from the main frame (not an iframe) of `window`'s page and that
 * frame currently shows the app page. `senderFrame` is `null` once the frame navigated away or was
 * destroyed, which also fails the check.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  page: AppPage,
): window is BrowserWindow {
  const frame = event.senderFrame;
  if (window === null || window.isDestroyed() || frame === null) return false;
  const mainFrame = window.webContents.mainFrame;
  return (
    event.sender.id === window.webContents.id &&
    frame.parent === null &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId &&
    isAppPageUrl(frame.url, page)
  );
}

type ParsedArguments<C extends InvokeChannel> = z.output<(typeof invokeArgumentSchemas)[C]>;

/**
 * Registers the handlers for every invoke channel.
 * @returns a function that removes them again.
 */
export function registerIpcHandlers(deps: IpcHandlerDependencies): () => void {
  const channels: InvokeChannel[] = [];

  function handle<C extends InvokeChannel>(
    channel: C,
    run: (window: BrowserWindow, args: ParsedArguments<C>) => unknown,
  ): void {
    channels.push(channel);
    deps.ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const window = deps.getMainWindow();
      if (!isTrustedSender(event, window, deps.page)) {
        throw new Error(`Refused "${channel}": the request did not come from the app's main window.`);
      }
      const parsed = invokeArgumentSchemas[channel].safeParse(args);
      if (!parsed.success) {
        throw new Error(`Invalid arguments for "${channel}":\n${z.prettifyError(parsed.error)}`);
      }
      return run(window, parsed.data as ParsedArguments<C>);
    });
  }

  handle(IPC_CHANNELS.openSessionFile, (window) => deps.fileAccess.open(window));
  handle(IPC_CHANNELS.saveSessionFile, (window, [request]) => deps.fileAccess.save(window, request));
  handle(IPC_CHANNELS.getAppVersion, () => deps.appVersion);
  handle(IPC_CHANNELS.getSystemLocale, () => deps.systemLocale);
  handle(IPC_CHANNELS.openRecentFile, (_window, [fileToken]) => deps.fileAccess.openByToken(fileToken));
  handle(IPC_CHANNELS.answerCloseRequest, (window, [answer]) => deps.answerCloseRequest(window, answer));
  handle(IPC_CHANNELS.printReportToPdf, (window, [request]) => deps.reportPrinter.printToPdf(window, request));
  handle(IPC_CHANNELS.loadProgress, () => deps.progressStorage.load());
  handle(IPC_CHANNELS.saveProgress, (_window, [contents]) => deps.progressStorage.save(contents));
  handle(IPC_CHANNELS.exportProgress, (window, [request]) => deps.progressStorage.exportTo(window, request));
  handle(IPC_CHANNELS.importProgress, (window) => deps.progressStorage.importFrom(window));
  handle(IPC_CHANNELS.saveSnapshot, (window, [request]) => deps.snapshotSaver.save(window, request));

  return () => {
    for (const channel of channels) deps.ipcMain.removeHandler(channel);
  };
}
