/**
 * Atomic file replacement: write a temporary file in the target's folder, flush it to disk, rename
 * it over the target, then flush the folder so the rename itself survives a power cut. A crash or
 * error at any point leaves either the old file or the new one, never half of each. The temp file
 * sits in the same folder because rename is only atomic within one file system.
 *
 * A symlinked target is written through: the link stays, the file it points to gets the new text.
 * A process killed mid-save cannot remove its temp file; {@link removeStaleTempFiles} does that on
 * the next start, recognising our temp files by their name alone.
 */
import { randomUUID } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The parts of `node:fs/promises` the async writer uses; tests pass a wrapper to inject failures. */
export type AtomicWriteFs = Pick<typeof fsPromises, 'open' | 'rename' | 'rm' | 'stat' | 'realpath' | 'readlink'>;

/** The parts of `node:fs` the sync writer uses. */
export type AtomicWriteFsSync = Pick<
  typeof fs,
  | 'openSync'
  | 'writeFileSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'statSync'
  | 'realpathSync'
  | 'readlinkSync'
>;

// Used when the target does not exist yet; the process umask still applies.
const DEFAULT_FILE_MODE = 0o666;

/** Marker in every temp file name this app creates; nothing else in a user's folder is ever removed. */
const TEMP_MARKER = 'scs-save';

/** `.<target name>.scs-save-<uuid>.tmp`, and nothing else. */
const TEMP_NAME_PATTERN = new RegExp(
  `^\\..+\\.${TEMP_MARKER}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp$`,
);

/**
 * A temp file older than this is a leftover of a killed save; younger ones may belong to a save
 * still running in another copy of the app (or another user's session on a shared folder).
 */
export const STALE_TEMP_FILE_AGE_MS = 10 * 60 * 1000;

/** A hidden, unique temp path next to `targetPath`, named so {@link isOurTempFileName} knows it. */
export function tempPathFor(targetPath: string): string {
  return join(dirname(targetPath), `.${basename(targetPath)}.${TEMP_MARKER}-${randomUUID()}.tmp`);
}

/**
 * True for names {@link tempPathFor} makes, e.g. `.session.scs.json.scs-save-<uuid>.tmp`.
 * @example isOurTempFileName('.a.json.scs-save-0b0e6f5c-8a8e-4c1e-9a59-0d6e0e6c1f11.tmp') // true
 */
export function isOurTempFileName(name: string): boolean {
  return TEMP_NAME_PATTERN.test(name);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * The file a write to `targetPath` should replace: the end of its symlink chain, so saving onto a
 * link updates the real file instead of replacing the link with a copy. A link to a file that does
 * not exist yet resolves to that (future) file.
 */
export async function resolveWriteTarget(
  targetPath: string,
  fileSystem: Pick<AtomicWriteFs, 'realpath' | 'readlink'> = fsPromises,
): Promise<string> {
  try {
    return await fileSystem.realpath(targetPath);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  try {
    // A dangling link: write the file it names (one level; a chain of dangling links is not worth more).
    return resolve(dirname(targetPath), await fileSystem.readlink(targetPath));
  } catch {
    return targetPath;
  }
}

function resolveWriteTargetSync(targetPath: string, fileSystem: AtomicWriteFsSync): string {
  try {
    return fileSystem.realpathSync(targetPath);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  try {
    return resolve(dirname(targetPath), fileSystem.readlinkSync(targetPath));
  } catch {
    return targetPath;
  }
}

/**
 * Flushes a folder's entries (the rename) to disk. Windows cannot open a folder for this; there
 * NTFS journals the rename, so the error is ignored, as it is on file systems that refuse to fsync
 * a directory (EINVAL).
 */
async function syncDirectory(folder: string, fileSystem: Pick<AtomicWriteFs, 'open'>): Promise<void> {
  let handle: fsPromises.FileHandle;
  try {
    handle = await fileSystem.open(folder, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync().catch((error: unknown) => {
      if (!isIgnorableDirectorySyncError(error)) throw error;
    });
  } finally {
    await handle.close();
  }
}

function isIgnorableDirectorySyncError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EINVAL' || code === 'EPERM' || code === 'EISDIR' || code === 'ENOTSUP';
}

function syncDirectorySync(folder: string, fileSystem: AtomicWriteFsSync): void {
  let fd: number;
  try {
    fd = fileSystem.openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fileSystem.fsyncSync(fd);
  } catch (error) {
    if (!isIgnorableDirectorySyncError(error)) throw error;
  } finally {
    fileSystem.closeSync(fd);
  }
}

/**
 * Replaces `targetPath` (or the file its symlink names) with `contents` (text as UTF-8, or bytes) atomically, keeping
 * the old file's permissions. On failure the temp file is removed, the target is untouched, and the
 * error is rethrown.
 * @example await writeFileAtomic('/home/me/session.scs.json', '{"version":1}')
 */
export async function writeFileAtomic(
  targetPath: string,
  contents: string | Uint8Array,
  fileSystem: AtomicWriteFs = fsPromises,
): Promise<void> {
  const realTarget = await resolveWriteTarget(targetPath, fileSystem);
  const mode = await fileSystem.stat(realTarget).then(
    (stats) => stats.mode & 0o777,
    () => DEFAULT_FILE_MODE,
  );
  const tempPath = tempPathFor(realTarget);
  try {
    // 'wx': fail rather than reuse a file someone else created under our temp name.
    const handle = await fileSystem.open(tempPath, 'wx', mode);
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(tempPath, realTarget);
  } catch (error) {
    await fileSystem.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(realTarget), fileSystem);
}

/**
 * Synchronous twin of {@link writeFileAtomic} for tiny files written while the app is closing,
 * when an unfinished promise could be cut off by process exit.
 */
export function writeFileAtomicSync(targetPath: string, contents: string, fileSystem: AtomicWriteFsSync = fs): void {
  const realTarget = resolveWriteTargetSync(targetPath, fileSystem);
  let mode = DEFAULT_FILE_MODE;
  try {
    mode = fileSystem.statSync(realTarget).mode & 0o777;
  } catch {
    // No existing file: keep the default mode.
  }
  const tempPath = tempPathFor(realTarget);
  try {
    const fd = fileSystem.openSync(tempPath, 'wx', mode);
    try {
      fileSystem.writeFileSync(fd, contents, 'utf8');
      fileSystem.fsyncSync(fd);
    } finally {
      fileSystem.closeSync(fd);
    }
    fileSystem.renameSync(tempPath, realTarget);
  } catch (error) {
    fileSystem.rmSync(tempPath, { force: true });
    throw error;
  }
  syncDirectorySync(dirname(realTarget), fileSystem);
}

/**
 * Removes temp files a killed save left in `folder`: only names {@link tempPathFor} makes, only
 * regular files (never a link or folder), only those last modified more than `staleAfterMs` before
 * `nowMs`. Missing folders and files that vanish meanwhile are fine.
 * @returns the names removed.
 * @example await removeStaleTempFiles('/home/me/sessions', Date.now())
 */
export async function removeStaleTempFiles(
  folder: string,
  nowMs: number,
  staleAfterMs: number = STALE_TEMP_FILE_AGE_MS,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fsPromises.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isOurTempFileName)) {
    const path = join(folder, name);
    try {
      const stats = await fsPromises.lstat(path);
      if (!stats.isFile() || nowMs - stats.mtimeMs <= staleAfterMs) continue;
      await fsPromises.rm(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove (permissions): leave it.
    }
  }
  return removed;
}
