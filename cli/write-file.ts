// Writes an output file atomically: the text goes to a temporary file beside the target, is flushed, and is renamed
// over it, so a reader (or a crash) never sees half a report and an existing file is replaced whole or not at all.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` (UTF-8) to `path` through a temporary file in the same folder and a rename. Throws Node's error
 * (with its `code`, e.g. ENOENT for a missing folder) when the folder cannot be written; the temporary file is
 * removed then.
 * @example writeTextFileAtomically('report.html', '<!doctype html>…');
 */
export function writeTextFileAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}
