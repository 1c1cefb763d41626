/**
 * The app's own list of recently used session files (newest first, at most ten), kept in the
 * user-data folder. macOS and Windows also get `app.addRecentDocument` (Dock / jump list, and the
 * macOS File → Open Recent role); this list feeds the File → Open Recent submenu elsewhere, and
 * tells start-up which folders to clear of stale temp files.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { writeFileAtomicSync } from './atomic-write';

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

/** Writes the list (small, so synchronously and atomically). */
export function saveRecentFiles(listPath: string, list: readonly string[]): void {
  writeFileAtomicSync(listPath, `${JSON.stringify(list, null, 2)}\n`);
}
