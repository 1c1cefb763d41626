import type { MenuCommand } from '../../electron/ipc-contract';

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
}
