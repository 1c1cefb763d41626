/**
 * Saving a snapshot for slides: main asks where (the renderer never names a path) and writes the PNG the renderer
 * drew (its bytes already checked to be a PNG by the IPC schema) atomically.
 */
import { basename, join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { ExportFileResult, SaveSnapshotRequest } from '../ipc-contract';
import { writeFileAtomic } from './atomic-write';
import { askSavePath, type SaveDialogs } from './save-dialog';

/** Inputs of {@link createSnapshotSaver}. */
export type SnapshotSaverOptions = {
  dialogs: SaveDialogs;
  /** Folder the Save dialog starts in (the Pictures folder). */
  defaultDirectory: () => string;
  writeFile?: (path: string, contents: Uint8Array) => Promise<void>;
};

/** The one operation behind `scs:snapshot/save`. */
export type SnapshotSaver = {
  save(window: BrowserWindow, request: SaveSnapshotRequest): Promise<ExportFileResult>;
};

/** "view" → "view.png"; a name ending in `.png` (any case) keeps it. */
export function withPngExtension(fileName: string): string {
  return fileName.toLowerCase().endsWith('.png') ? fileName : `${fileName}.png`;
}

/**
 * Creates the saver.
 * @example createSnapshotSaver({ dialogs: dialog, defaultDirectory: () => app.getPath('pictures') })
 */
export function createSnapshotSaver(options: SnapshotSaverOptions): SnapshotSaver {
  const writeFile = options.writeFile ?? writeFileAtomic;
  return {
    async save(window, request) {
      const path = await askSavePath(options.dialogs, window, {
        title: 'Save snapshot as PNG',
        defaultPath: join(options.defaultDirectory(), withPngExtension(request.suggestedName)),
        typeName: 'PNG image',
        extension: 'png',
      });
      if (path === undefined) return { canceled: true };
      await writeFile(path, request.png);
      return { canceled: false, fileName: basename(path) };
    },
  };
}
