/**
 * The app's own list of recently used session files (newest first, at most ten), kept in the
 * user-data folder. macOS and Windows also get `app.addRecentDocument` (Dock / jump list, and the
 * macOS File → Open Recent role); this list feeds the File → Open Recent submenu elsewhere, and
 * tells start-up which folders to clear of stale temp files.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** File name of the list inside the user-data folder. */
export const RECENT_FILES_FILE_NAME = 'recent-files.json';

/** Longest list kept. */
export const MAX_RECENT_FILES = 10;

/** Reads the list; a missing or damaged file is an empty list, and entries that are not absolute paths are dropped. */
export function loadRecentFiles(listPath: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(listPath, 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((entry): entry is string => typeof entry === 'string' && isAbsolute(entry))
      .slice(0, MAX_RECENT_FILES);
  } catch {
    return [];
  }
}

/**
 * `filePath` first, without its older entry, cut to {@link MAX_RECENT_FILES}.
 * @example withRecentFile(['/a', '/b'], '/b') // ['/b', '/a']
 */
export function withRecentFile(list: readonly string[], filePath: string): string[] {
  return [filePath, ...list.filter((entry) => entry !== filePath)].slice(0, MAX_RECENT_FILES);
}

/** Writes the list atomically, off the main thread's critical path (an open or save does not wait for two fsyncs). */
export function saveRecentFiles(listPath: string, list: readonly string[]): Promise<void> {
  return writeFileAtomic(listPath, `${JSON.stringify(list, null, 2)}\n`);
}

/**
 * A writer that queues each list behind the previous write, so writes land in the order they were
 * asked for and the file always ends with the newest list. A failed write is reported and does not
 * stop later ones.
 * @example const write = createRecentFilesWriter(() => listPath); void write(['/a.scs.json'])
 */
export function createRecentFilesWriter(listPath: () => string): (list: readonly string[]) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (list) => {
    const snapshot = [...list];
    queue = queue
      .then(() => saveRecentFiles(listPath(), snapshot))
      .catch((error: unknown) => {
        console.error('Could not save the recent-files list:', error);
      });
    return queue;
  };
}
