/**
 * Saving a snapshot for slides: main asks where (the renderer never names a path) and writes the PNG the renderer
 * drew (its bytes already checked to be a PNG by the IPC schema) atomically.
 */
import { basename, join } from 'node:path';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import type { ExportFileResult, SaveSnapshotRequest } from '../ipc-contract';
import { writeFileAtomic } from './atomic-write';

/** Inputs of {@link createSnapshotSaver}. */
export type SnapshotSaverOptions = {
  dialogs: {
    showSaveDialog(
      window: BrowserWindow,
      options: SaveDialogOptions,
    ): Promise<{ canceled: boolean; filePath?: string }>;
  };
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
      const choice = await options.dialogs.showSaveDialog(window, {
        title: 'Save snapshot as PNG',
        defaultPath: join(options.defaultDirectory(), withPngExtension(request.suggestedName)),
        filters: [{ name: 'PNG image (*.png)', extensions: ['png'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { canceled: true };
      await writeFile(choice.filePath, request.png);
      return { canceled: false, fileName: basename(choice.filePath) };
    },
  };
}
