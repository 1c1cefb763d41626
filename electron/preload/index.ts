/**
 * Preload: exposes `window.scsDesktop`, a narrow API with one function per operation. The page
 * never sees `ipcRenderer`, a channel name or an IPC event object.
 *
 * This runs sandboxed, so it is bundled into one CommonJS file (out/preload/index.cjs) that
 * requires nothing but `electron`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  DESKTOP_API_KEY,
  IPC_CHANNELS,
  isMenuCommand,
  isRecentFileRequest,
  type CloseAnswer,
  type DesktopApi,
  type ExportFileResult,
  type ExportProgressRequest,
  type ImportFileResult,
  type PrintReportRequest,
  type MenuCommand,
  type OpenFileResult,
  type RecentFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
  type SaveSnapshotRequest,
} from '../ipc-contract';

/** The object exposed as `window.scsDesktop`. Exported for tests. */
export const desktopApi: DesktopApi = {
  openSessionFile: () => ipcRenderer.invoke(IPC_CHANNELS.openSessionFile) as Promise<OpenFileResult>,

  saveSessionFile: (request: SaveFileRequest) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveSessionFile, request) as Promise<SaveFileResult>,

  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // The wrapper keeps the IPC event (and with it `sender`, an ipcRenderer) away from the page.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },

  getAppVersion: () => ipcRenderer.invoke(IPC_CHANNELS.getAppVersion) as Promise<string>,
  getSystemLocale: () => ipcRenderer.invoke(IPC_CHANNELS.getSystemLocale) as Promise<string>,

  openRecentFile: (fileToken: string) =>
    ipcRenderer.invoke(IPC_CHANNELS.openRecentFile, fileToken) as Promise<OpenFileResult>,

  onOpenRecentRequest: (listener: (request: RecentFileRequest) => void) => {
    const forward = (_event: IpcRendererEvent, request: unknown): void => {
      if (isRecentFileRequest(request)) listener({ fileName: request.fileName, fileToken: request.fileToken });
    };
    ipcRenderer.on(IPC_CHANNELS.openRecentRequest, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.openRecentRequest, forward);
    };
  },

  onCloseRequest: (listener: () => void) => {
    const forward = (): void => listener();
    ipcRenderer.on(IPC_CHANNELS.closeRequest, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.closeRequest, forward);
    };
  },

  answerCloseRequest: async (answer: CloseAnswer) => {
    await ipcRenderer.invoke(IPC_CHANNELS.answerCloseRequest, answer);
  },

  printReportToPdf: (request: PrintReportRequest) =>
    ipcRenderer.invoke(IPC_CHANNELS.printReportToPdf, request) as Promise<ExportFileResult>,
  loadProgress: () => ipcRenderer.invoke(IPC_CHANNELS.loadProgress) as Promise<string | null>,
  saveProgress: async (contents: string) => {
    await ipcRenderer.invoke(IPC_CHANNELS.saveProgress, contents);
  },
  exportProgress: (request: ExportProgressRequest) =>
    ipcRenderer.invoke(IPC_CHANNELS.exportProgress, request) as Promise<ExportFileResult>,
  importProgress: () => ipcRenderer.invoke(IPC_CHANNELS.importProgress) as Promise<ImportFileResult>,
  saveSnapshot: (request: SaveSnapshotRequest) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveSnapshot, request) as Promise<ExportFileResult>,
};

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, desktopApi);
