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
  };
}
