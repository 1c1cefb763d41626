/**
 * The Save dialog every export asks through (reports, snapshots): main picks the path with the user, never the
 * renderer. Returns the chosen path, or undefined when the user cancelled.
 */
import type { BrowserWindow, SaveDialogOptions } from 'electron';

/** The part of Electron's `dialog` an export needs (a fake in tests). */
export type SaveDialogs = {
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
};

/** What the dialog offers: its title, the folder and name it starts at, one file type. */
export type SaveChoice = { title: string; defaultPath: string; typeName: string; extension: string };

/**
 * Asks where to save; undefined when cancelled.
 * @example await askSavePath(dialog, window, { title: 'Save snapshot as PNG', defaultPath, typeName: 'PNG image', extension: 'png' })
 */
export async function askSavePath(
  dialogs: SaveDialogs,
  window: BrowserWindow,
  choice: SaveChoice,
): Promise<string | undefined> {
  const answer = await dialogs.showSaveDialog(window, {
    title: choice.title,
    defaultPath: choice.defaultPath,
    filters: [{ name: `${choice.typeName} (*.${choice.extension})`, extensions: [choice.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return answer.canceled || answer.filePath === undefined || answer.filePath === '' ? undefined : answer.filePath;
}
