/**
 * The learner's progress on the desktop: one JSON file in userData, written atomically and only when the core's
 * `parseProgress` accepts it; export and import of progress files through the native dialogs. A stored file that no
 * longer parses is moved aside (kept, never overwritten) and the learner starts afresh.
 */
import { rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { parseProgress } from '../../src-core';
import type { ExportFileResult, ExportProgressRequest, ImportFileResult } from '../ipc-contract';
import { writeFileAtomic } from './atomic-write';
import { askSavePath } from './save-dialog';
import { readSessionFile } from './file-access';

/** Name of the progress file in userData. */
export const PROGRESS_FILE_NAME = 'progress.json';

/** File-type filter of the export and import dialogs. */
export const PROGRESS_FILE_FILTERS = [{ name: 'SCS progress (*.json)', extensions: ['json'] }];

/** Inputs of {@link createProgressStorage}. */
export type ProgressStorageOptions = {
  /** The userData folder (read after `ready`). */
  userDataDirectory: () => string;
  defaultDirectory: () => string;
  dialogs: {
    showOpenDialog(
      window: BrowserWindow,
      options: OpenDialogOptions,
    ): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(
      window: BrowserWindow,
      options: SaveDialogOptions,
    ): Promise<{ canceled: boolean; filePath?: string }>;
  };
  writeFile?: (path: string, contents: string) => Promise<void>;
  /** Bounded UTF-8 read (`readSessionFile`: regular files only, 5 MiB at most). */
  readFile?: (path: string) => Promise<string>;
  /** Moves a file aside; `fs.rename` unless a test fakes it. */
  moveFile?: (from: string, to: string) => Promise<void>;
  /** The time an unreadable file is stamped with when moved aside. */
  now?: () => Date;
};

/** The operations behind the progress channels. */
export type ProgressStorage = {
  load(): Promise<string | null>;
  save(contents: string): Promise<void>;
  exportTo(window: BrowserWindow, request: ExportProgressRequest): Promise<ExportFileResult>;
  importFrom(window: BrowserWindow): Promise<ImportFileResult>;
};

function refuseInvalid(contents: string, what: string): void {
  const parsed = parseProgress(contents);
  if (!parsed.ok) throw new Error(`Refused to ${what}: not a valid progress file (${parsed.error})`);
}

/**
 * Creates the storage.
 * @example createProgressStorage({ userDataDirectory: () => app.getPath('userData'), defaultDirectory, dialogs: dialog })
 */
export function createProgressStorage(options: ProgressStorageOptions): ProgressStorage {
  const writeFile = options.writeFile ?? writeFileAtomic;
  const readFile = options.readFile ?? readSessionFile;
  const moveFile = options.moveFile ?? rename;
  const now = options.now ?? (() => new Date());
  const storedPath = () => join(options.userDataDirectory(), PROGRESS_FILE_NAME);
  return {
    async load() {
      const path = storedPath();
      let text: string;
      try {
        text = await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      if (parseProgress(text).ok) return text;
      await moveFile(path, `${path}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`);
      return null;
    },
    async save(contents) {
      refuseInvalid(contents, 'store progress');
      await writeFile(storedPath(), contents);
    },
    async exportTo(window, request) {
      refuseInvalid(request.contents, 'export progress');
      const name = request.suggestedName.toLowerCase().endsWith('.json')
        ? request.suggestedName
        : `${request.suggestedName}.json`;
      const path = await askSavePath(options.dialogs, window, {
        title: 'Export progress',
        defaultPath: join(options.defaultDirectory(), name),
        typeName: 'SCS progress',
        extension: 'json',
      });
      if (path === undefined) return { canceled: true };
      await writeFile(path, request.contents);
      return { canceled: false, fileName: basename(path) };
    },
    async importFrom(window) {
      const choice = await options.dialogs.showOpenDialog(window, {
        title: 'Import progress',
        filters: PROGRESS_FILE_FILTERS,
        properties: ['openFile'],
      });
      const [filePath] = choice.filePaths;
      if (choice.canceled || filePath === undefined) return { canceled: true };
      return { canceled: false, fileName: basename(filePath), contents: await readFile(filePath) };
    },
  };
}
