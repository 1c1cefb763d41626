import type { MenuCommand, RecentFileRequest } from '../../electron/ipc-contract';

/** A file the user opened: its name, its text, and an opaque handle to save back to it (desktop only). */
export interface OpenedFile {
  readonly fileName: string;
  readonly contents: string;
  readonly fileToken?: string;
}

/** Where a save went. */
export interface SavedFile {
  readonly fileName: string;
  readonly fileToken?: string;
}

/** A recently used file: its name, and on the desktop a token main issued to read it again. */
export interface RecentFile {
  readonly fileName: string;
  readonly fileToken?: string;
}

/** What the host needs to protect unsaved work when the window or tab closes. */
export interface UnsavedWorkGuard {
  hasUnsavedWork(): boolean;
  /** Asks the user (Save / Don't save / Cancel); true when the work was saved or may be dropped. */
  confirmDiscard(): Promise<boolean>;
}

/** Where the learner's progress text is kept: IndexedDB in the browser, a userData file on the desktop. */
export interface ProgressBackend {
  /** The stored progress text, or null before the first result. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

/** A visit report to print: the core's self-contained HTML, a file name and the paper the locale uses. */
export interface PrintReportRequest {
  readonly html: string;
  readonly suggestedName: string;
  readonly pageSize: 'A4' | 'Letter';
}

/**
 * Everything the renderer needs from its host, behind one interface: the Electron preload API on the
 * desktop, browser pickers and downloads in web mode. Components never feature-detect themselves.
 */
export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** Asks the user for a session file; undefined when they cancel. */
  openSessionFile(): Promise<OpenedFile | undefined>;
  /** Saves text; `fileToken` saves back to an opened file, `saveAs` always asks. Undefined when cancelled. */
  saveSessionFile(request: {
    contents: string;
    suggestedName: string;
    saveAs: boolean;
    fileToken?: string;
  }): Promise<SavedFile | undefined>;
  /** Subscribes to the native menu; returns the unsubscribe. A no-op in the browser, which has no native menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  appVersion(): Promise<string>;
  /**
   * The locale numbers are shown and read in, where the host has one of its own: the system's regional format on
   * the desktop. Absent in the browser, whose language is already the fallback.
   */
  numberLocale?(): Promise<string>;
  /**
   * Reads a recent file again. The desktop reads it directly; a browser cannot reopen a file by itself and shows
   * the file picker again (undefined when the user cancels it).
   */
  openRecentFile(recent: RecentFile): Promise<OpenedFile | undefined>;
  /** Recent files for the app's own Open Recent menu, newest first; empty where the host has a native one. */
  recentFiles(): readonly RecentFile[];
  /** Notes a file opened or saved (the browser keeps the last ten names; the desktop's main process keeps its own). */
  rememberRecentFile(fileName: string): void;
  /** Subscribes to File → Open Recent in the native menu (desktop); returns the unsubscribe. */
  onOpenRecentRequest(listener: (request: RecentFileRequest) => void): () => void;
  /** Protects unsaved work when the window (desktop) or tab (browser) closes or reloads; returns the undo. */
  guardUnsavedWork(guard: UnsavedWorkGuard): () => void;
  /**
   * Prints a visit report: to a PDF through the Save dialog on the desktop (resolves with its file name, undefined
   * when cancelled), through the browser's print dialog from a hidden frame in the browser (resolves undefined).
   */
  printVisitReport(request: PrintReportRequest): Promise<string | undefined>;
  /** Where progress is kept on this host. */
  readonly progressBackend: ProgressBackend;
  /** Exports a progress file (Save dialog / download); undefined when cancelled. */
  exportProgressFile(contents: string, suggestedName: string): Promise<SavedFile | undefined>;
  /** Asks for a progress file to import; undefined when cancelled. */
  importProgressFile(): Promise<OpenedFile | undefined>;
  /** Saves a PNG snapshot (Save dialog / download); undefined when cancelled. */
  saveSnapshotPng(png: Uint8Array, suggestedName: string): Promise<SavedFile | undefined>;
}
