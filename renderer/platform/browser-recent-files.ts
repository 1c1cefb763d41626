/** localStorage key of the web mode's recent-file names. */
export const RECENT_FILES_STORAGE_KEY = 'scs-sim.recentFiles';

/** Names kept, newest first. */
export const MAX_RECENT_FILE_NAMES = 10;

/**
 * The names of the last files opened or saved in this browser. Names only: a web page may not keep
 * a path, and the file picker handle is gone once the page reloads. A damaged entry reads as empty.
 */
export function loadRecentFileNames(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RECENT_FILES_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((name): name is string => typeof name === 'string').slice(0, MAX_RECENT_FILE_NAMES)
      : [];
  } catch {
    return [];
  }
}

/** Puts `fileName` first (once) and keeps ten; storage that refuses (private mode, quota) is ignored. */
export function rememberRecentFileName(storage: Pick<Storage, 'getItem' | 'setItem'>, fileName: string): void {
  const names = [fileName, ...loadRecentFileNames(storage).filter((name) => name !== fileName)].slice(
    0,
    MAX_RECENT_FILE_NAMES,
  );
  try {
    storage.setItem(RECENT_FILES_STORAGE_KEY, JSON.stringify(names));
  } catch {
    // Not worth an error: the list is a convenience.
  }
}
