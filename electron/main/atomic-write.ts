/**
 * Atomic file replacement: write a temporary file in the target's folder, flush it to disk, then
 * rename it over the target. A crash or error at any point leaves either the old file or the new
 * one, never half of each. The temp file sits in the same folder because rename is only atomic
 * within one file system.
 */
import { randomUUID } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The parts of `node:fs/promises` the async writer uses; tests pass a wrapper to inject failures. */
export type AtomicWriteFs = Pick<typeof fsPromises, 'open' | 'rename' | 'rm' | 'stat'>;

/** The parts of `node:fs` the sync writer uses. */
export type AtomicWriteFsSync = Pick<
  typeof fs,
  'openSync' | 'writeFileSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'statSync'
>;

// Used when the target does not exist yet; the process umask still applies.
const DEFAULT_FILE_MODE = 0o666;

/** A hidden, unique temp path next to `targetPath`. */
export function tempPathFor(targetPath: string): string {
  return join(dirname(targetPath), `.${basename(targetPath)}.${randomUUID()}.tmp`);
}

/**
 * Replaces `targetPath` with `contents` (UTF-8) atomically, keeping the old file's permissions.
 * On failure the temp file is removed, the target is untouched, and the error is rethrown.
 * @example await writeFileAtomic('/home/me/session.scs.json', '{"version":1}')
 */
export async function writeFileAtomic(
  targetPath: string,
  contents: string,
  fileSystem: AtomicWriteFs = fsPromises,
): Promise<void> {
  const mode = await fileSystem.stat(targetPath).then(
    (stats) => stats.mode & 0o777,
    () => DEFAULT_FILE_MODE,
  );
  const tempPath = tempPathFor(targetPath);
  try {
    // 'wx': fail rather than reuse a file someone else created under our temp name.
    const handle = await fileSystem.open(tempPath, 'wx', mode);
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(tempPath, targetPath);
  } catch (error) {
    await fileSystem.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Synchronous twin of {@link writeFileAtomic} for tiny files written while the app is closing,
 * when an unfinished promise could be cut off by process exit.
 */
export function writeFileAtomicSync(targetPath: string, contents: string, fileSystem: AtomicWriteFsSync = fs): void {
  let mode = DEFAULT_FILE_MODE;
  try {
    mode = fileSystem.statSync(targetPath).mode & 0o777;
  } catch {
    // No existing file: keep the default mode.
  }
  const tempPath = tempPathFor(targetPath);
  try {
    const fd = fileSystem.openSync(tempPath, 'wx', mode);
    try {
      fileSystem.writeFileSync(fd, contents, 'utf8');
      fileSystem.fsyncSync(fd);
    } finally {
      fileSystem.closeSync(fd);
    }
    fileSystem.renameSync(tempPath, targetPath);
  } catch (error) {
    fileSystem.rmSync(tempPath, { force: true });
    throw error;
  }
}
