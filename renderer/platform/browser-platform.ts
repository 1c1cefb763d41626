import { loadRecentFileNames, rememberRecentFileName } from './browser-recent-files';
import { indexedDbProgressBackend } from '../progress/indexeddb-backend';
import { printHtmlInFrame } from './print-frame';
import type { Platform } from './platform';

/** Largest file the browser fallback reads, matching the desktop limit in electron/ipc-contract.ts. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Opens the browser's file picker and resolves with the chosen file, or undefined if the user cancels. */
function pickFile(accept: string, label = 'Session file to open'): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.setAttribute('aria-label', label);
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Hands text to the browser as a download; the browser decides where it goes. */
function download(contents: string | Uint8Array<ArrayBuffer>, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled; revoking synchronously can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Web mode (`npm run web`, and the e2e tests): file input to open, download to save. */
export function createBrowserPlatform(version: string): Platform {
  async function openSessionFile() {
    const file = await pickFile('.json,application/json');
    if (!file) return undefined;
    if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 5 MB and cannot be a session file.`);
    return { fileName: file.name, contents: await file.text() };
  }
  return {
    kind: 'browser',
    openSessionFile,
    // A page cannot reopen a file by name; the picker is the only honest way (the UI says so).
    openRecentFile: () => openSessionFile(),
    recentFiles: () => loadRecentFileNames(localStorage).map((fileName) => ({ fileName })),
    rememberRecentFile: (fileName) => rememberRecentFileName(localStorage, fileName),
    onOpenRecentRequest: () => () => undefined,
    guardUnsavedWork(guard) {
      // The browser shows its own "Leave site?" question; a page may not word it or add a Save button.
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        if (!guard.hasUnsavedWork()) return;
        event.preventDefault();
        event.returnValue = ''; // older Chromium needs it set
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => window.removeEventListener('beforeunload', onBeforeUnload);
    },
    async saveSessionFile({ contents, suggestedName }) {
      download(contents, suggestedName);
      return { fileName: suggestedName };
    },
    onMenuCommand: () => () => undefined,
    appVersion: async () => version,
    async printVisitReport({ html }) {
      await printHtmlInFrame(html);
      return undefined;
    },
    progressBackend: indexedDbProgressBackend(),
    async exportProgressFile(contents, suggestedName) {
      download(contents, suggestedName);
      return { fileName: suggestedName };
    },
    async saveSnapshotPng(png, suggestedName) {
      download(png.slice(), suggestedName, 'image/png'); // a copy on an ArrayBuffer (a Blob takes no shared memory)
      return { fileName: suggestedName };
    },
    async importProgressFile() {
      const file = await pickFile('.json,application/json', 'Progress file to import');
      if (!file) return undefined;
      if (file.size > MAX_FILE_BYTES)
        throw new Error(`${file.name} is larger than 5 MB and cannot be a progress file.`);
      return { fileName: file.name, contents: await file.text() };
    },
  };
}
