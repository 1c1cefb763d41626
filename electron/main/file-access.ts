/**
 * Opening and saving session files for the renderer. The renderer never names a path: main shows
 * the native dialog, remembers the chosen path behind an opaque random token, and later writes only
 * to paths the user picked in a dialog during this run.
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_SESSION_FILE_BYTES,
  SESSION_FILE_EXTENSION,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../ipc-contract';
import { restoreSession } from '../../src-core';
import { writeFileAtomic } from './atomic-write';

/** The dialog functions file access needs; `dialog` from electron in the app, fakes in tests. */
export type FileDialogs = {
  showOpenDialog(
    window: BrowserWindow,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
};

/** Inputs of {@link createFileAccess}. */
export type FileAccessOptions = {
  dialogs: FileDialogs;
  /** Folder the Save dialog starts in when the file has never been saved (the Documents folder). */
  defaultDirectory: () => string;
  /** Writes a file atomically; {@link writeFileAtomic} unless a test injects a failure. */
  writeFile?: (path: string, contents: string) => Promise<void>;
  /** Told the path of every file opened or saved, for the recent-documents list. */
  onFileUsed?: (filePath: string) => void;
};

/** Open/save operations behind the IPC handlers. */
export type FileAccess = {
  open(window: BrowserWindow): Promise<OpenFileResult>;
  /** Reads a file main already issued a token for (File → Open Recent); no dialog. */
  openByToken(fileToken: string): Promise<OpenFileResult>;
  save(window: BrowserWindow, request: SaveFileRequest): Promise<SaveFileResult>;
  /** The token for a path main chose itself (a recent file), issuing one if needed. */
  tokenFor(filePath: string): string;
};

/**
 * File-type filter of both dialogs. One filter, not two, so a plain `.json` file is visible without
 * the user switching filters (`json` alone would also match `*.scs.json`; both are listed for clarity).
 */
export const SESSION_FILE_FILTERS = [{ name: 'SCS session (*.scs.json, *.json)', extensions: ['scs.json', 'json'] }];

function tooLarge(fileName: string): Error {
  return new Error(`"${fileName}" is larger than ${MAX_SESSION_FILE_BYTES / (1024 * 1024)} MB.`);
}

/**
 * Reads a session file as UTF-8, refusing anything but a regular file, files over the size limit
 * and invalid UTF-8. Reads at most one byte past the limit, so a file that grows after the size
 * check (or lies about its size) cannot make main read without bound.
 */
export async function readSessionFile(filePath: string): Promise<string> {
  const fileName = basename(filePath);
  // Opened first and checked through the handle, so the file checked is the file read (a path
  // checked and then opened could be swapped in between). O_NONBLOCK keeps opening a FIFO from
  // hanging until a writer appears; it changes nothing for a regular file.
  const handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  // One byte more than allowed: filling it means the file is too large.
  const buffer = Buffer.alloc(MAX_SESSION_FILE_BYTES + 1);
  let length = 0;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`"${fileName}" is not a regular file.`);
    if (stats.size > MAX_SESSION_FILE_BYTES) throw tooLarge(fileName);
    for (;;) {
      if (length === buffer.length) throw tooLarge(fileName);
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
  } finally {
    await handle.close();
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
  } catch {
    throw new Error(`"${fileName}" is not a UTF-8 text file.`);
  }
}

/** Adds the session extension to a suggested name that has no JSON extension. */
export function withSessionExtension(fileName: string): string {
  return fileName.toLowerCase().endsWith('.json') ? fileName : `${fileName}${SESSION_FILE_EXTENSION}`;
}

/**
 * Creates the file-access service. Tokens live only in memory: they are valid for this run.
 * @example const files = createFileAccess({ dialogs: dialog, defaultDirectory: () => app.getPath('documents') })
 */
export function createFileAccess(options: FileAccessOptions): FileAccess {
  const writeFile = options.writeFile ?? writeFileAtomic;
  const pathsByToken = new Map<string, string>();

  function tokenFor(filePath: string): string {
    for (const [token, knownPath] of pathsByToken) if (knownPath === filePath) return token;
    const token = randomUUID();
    pathsByToken.set(token, filePath);
    return token;
  }

  async function readKnownFile(filePath: string): Promise<OpenFileResult> {
    const contents = await readSessionFile(filePath);
    options.onFileUsed?.(filePath);
    return { canceled: false, fileName: basename(filePath), fileToken: tokenFor(filePath), contents };
  }

  async function chooseSavePath(window: BrowserWindow, request: SaveFileRequest, knownPath: string | undefined) {
    const folder = knownPath === undefined ? options.defaultDirectory() : dirname(knownPath);
    const result = await options.dialogs.showSaveDialog(window, {
      title: 'Save session',
      defaultPath: join(folder, withSessionExtension(request.suggestedName)),
      filters: SESSION_FILE_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
  }

  return {
    async open(window) {
      const result = await options.dialogs.showOpenDialog(window, {
        title: 'Open session',
        filters: SESSION_FILE_FILTERS,
        properties: ['openFile'],
      });
      const [filePath] = result.filePaths;
      if (result.canceled || filePath === undefined) return { canceled: true };
      return readKnownFile(filePath);
    },

    async openByToken(fileToken) {
      const filePath = pathsByToken.get(fileToken);
      if (filePath === undefined) throw new Error('That file is no longer known to the app; open it with File → Open.');
      return readKnownFile(filePath);
    },

    tokenFor,

    async save(window, request) {
      // A token lets the renderer write to one file without a dialog, so what it writes must be a
      // session file we could open again, not any text: refused before any dialog or write.
      const restored = restoreSession(request.contents);
      if (!restored.ok) throw new Error(`Refused to save: the contents are not a valid session (${restored.error})`);
      // An unknown token (e.g. one kept from an earlier run) is treated like no token: ask where to save.
      const knownPath = request.fileToken === undefined ? undefined : pathsByToken.get(request.fileToken);
      const filePath =
        request.saveAs || knownPath === undefined ? await chooseSavePath(window, request, knownPath) : knownPath;
      if (filePath === null) return { canceled: true };
      await writeFile(filePath, request.contents);
      // The saved file joins the recent list, so start-up clears its folder of leftovers of a killed
      // save; the save itself does not wait for a folder scan.
      options.onFileUsed?.(filePath);
      return { canceled: false, fileName: basename(filePath), fileToken: tokenFor(filePath) };
    },
  };
}
