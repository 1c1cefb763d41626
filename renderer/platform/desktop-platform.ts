import type { DesktopApi } from '../../electron/ipc-contract';
import type { Platform } from './platform';

/** The Electron host: every call goes through the preload's narrow `window.scsDesktop` API. */
export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    async openSessionFile() {
      const result = await api.openSessionFile();
      if (result.canceled) return undefined;
      return { fileName: result.fileName, contents: result.contents, fileToken: result.fileToken };
    },
    async saveSessionFile(request) {
      const result = await api.saveSessionFile(request);
      if (result.canceled) return undefined;
      return { fileName: result.fileName, fileToken: result.fileToken };
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    appVersion: () => api.getAppVersion(),
    numberLocale: () => api.getSystemLocale(),
    async openRecentFile(recent) {
      if (recent.fileToken === undefined) return undefined;
      const result = await api.openRecentFile(recent.fileToken);
      if (result.canceled) return undefined;
      return { fileName: result.fileName, contents: result.contents, fileToken: result.fileToken };
    },
    // The native File → Open Recent menu lists them; main keeps the list.
    recentFiles: () => [],
    rememberRecentFile: () => undefined,
    onOpenRecentRequest: (listener) => api.onOpenRecentRequest(listener),
    async printVisitReport(request) {
      const result = await api.printReportToPdf({ ...request });
      return result.canceled ? undefined : result.fileName;
    },
    progressBackend: {
      read: () => api.loadProgress(),
      write: (text) => api.saveProgress(text),
    },
    async exportProgressFile(contents, suggestedName) {
      const result = await api.exportProgress({ contents, suggestedName });
      return result.canceled ? undefined : { fileName: result.fileName };
    },
    async saveSnapshotPng(png, suggestedName) {
      const result = await api.saveSnapshot({ png, suggestedName });
      return result.canceled ? undefined : { fileName: result.fileName };
    },
    async importProgressFile() {
      const result = await api.importProgress();
      return result.canceled ? undefined : { fileName: result.fileName, contents: result.contents };
    },
    guardUnsavedWork(guard) {
      // Main holds the window's close back until this answers (electron/main/close-guard.ts).
      return api.onCloseRequest(() => {
        if (!guard.hasUnsavedWork()) {
          void api.answerCloseRequest('close');
          return;
        }
        void api.answerCloseRequest('asking');
        void guard.confirmDiscard().then(
          (mayClose) => api.answerCloseRequest(mayClose ? 'close' : 'cancel'),
          () => api.answerCloseRequest('cancel'),
        );
      });
    },
  };
}
