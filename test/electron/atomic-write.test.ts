import * as fs from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  STALE_TEMP_FILE_AGE_MS,
  removeStaleTempFiles,
  tempPathFor,
  writeFileAtomic,
  writeFileAtomicSync,
  type AtomicWriteFs,
  type AtomicWriteFsSync,
} from '../../electron/main/atomic-write';
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();

/** A real file system whose rename always fails, as on a full disk or a locked target. */
const failingRenameFs: AtomicWriteFs = {
  ...fsPromises,
  rename: async () => {
    throw new Error('EIO: simulated rename failure');
  },
};

/** A real file system whose writes stop halfway through, leaving a partial temp file. */
const failingMidWriteFs: AtomicWriteFs = {
  ...fsPromises,
  open: (async (...args: Parameters<typeof fsPromises.open>) => {
    const handle = await fsPromises.open(...args);
    return new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'writeFile') {
          return async (data: string) => {
            await target.writeFile(data.slice(0, Math.floor(data.length / 2)), 'utf8');
            throw new Error('ENOSPC: simulated disk full');
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }) as AtomicWriteFs['open'],
};

describe('writeFileAtomic', () => {
  it('creates a new file with the given contents', async () => {
    const target = join(makeTempDir(), 'session.scs.json');
    await writeFileAtomic(target, '{"version":1}');
    expect(readFileSync(target, 'utf8')).toBe('{"version":1}');
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'session.scs.json');
    writeFileSync(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['session.scs.json']);
  });

  it('leaves the old file intact and no temp file behind when the rename fails', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'session.scs.json');
    writeFileSync(target, 'old contents');
    await expect(writeFileAtomic(target, 'new contents', failingRenameFs)).rejects.toThrow('simulated rename failure');
    expect(readFileSync(target, 'utf8')).toBe('old contents');
    expect(readdirSync(dir)).toEqual(['session.scs.json']);
  });

  it('leaves the old file intact and no temp file behind when a write stops halfway', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'session.scs.json');
    writeFileSync(target, 'old contents');
    await expect(writeFileAtomic(target, 'x'.repeat(10_000), failingMidWriteFs)).rejects.toThrow('simulated disk full');
    expect(readFileSync(target, 'utf8')).toBe('old contents');
    expect(readdirSync(dir)).toEqual(['session.scs.json']);
  });
});

describe('writeFileAtomic and links and folders', () => {
  it('writes through a symlink: the link stays and the file it points to gets the new contents', async () => {
    const dir = makeTempDir();
    const realFile = join(dir, 'real.scs.json');
    const link = join(dir, 'link.scs.json');
    writeFileSync(realFile, 'old');
    symlinkSync(realFile, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(realFile, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.scs.json', 'real.scs.json']);
  });

  it('flushes the folder after the rename, so the new name itself is on disk', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'session.scs.json');
    const events: string[] = [];
    const recordingFs: AtomicWriteFs = {
      ...fsPromises,
      rename: async (from, to) => {
        events.push('rename');
        await fsPromises.rename(from, to);
      },
      open: (async (...args: Parameters<typeof fsPromises.open>) => {
        const handle = await fsPromises.open(...args);
        const opened = String(args[0]);
        const sync = handle.sync.bind(handle);
        handle.sync = async () => {
          events.push(opened === dir ? 'sync folder' : 'sync file');
          await sync();
        };
        return handle;
      }) as AtomicWriteFs['open'],
    };
    await writeFileAtomic(target, 'new', recordingFs);
    expect(events).toEqual(['sync file', 'rename', 'sync folder']);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only our own temp files, and only those older than the stale age', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'session.scs.json');
    const nowMs = Date.now();
    const oldTemp = tempPathFor(target);
    const freshTemp = tempPathFor(target);
    writeFileSync(oldTemp, 'partial');
    writeFileSync(freshTemp, 'a save in progress');
    const staleSeconds = (nowMs - STALE_TEMP_FILE_AGE_MS - 60_000) / 1000;
    utimesSync(oldTemp, staleSeconds, staleSeconds);
    for (const name of ['.other.tmp', 'session.scs.json', '.session.scs.json.scs-save-1234.tmp']) {
      writeFileSync(join(dir, name), 'not ours');
      utimesSync(join(dir, name), staleSeconds, staleSeconds);
    }
    const removed = await removeStaleTempFiles(dir, nowMs);
    expect(removed).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(
      ['.other.tmp', '.session.scs.json.scs-save-1234.tmp', freshTemp.slice(dir.length + 1), 'session.scs.json'].sort(),
    );
  });

  it('does nothing for a folder that does not exist', async () => {
    await expect(removeStaleTempFiles(join(makeTempDir(), 'gone'), Date.now())).resolves.toEqual([]);
  });
});

describe('writeFileAtomicSync', () => {
  it('replaces an existing file', () => {
    const dir = makeTempDir();
    const target = join(dir, 'window-state.json');
    writeFileSync(target, 'old');
    writeFileAtomicSync(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('leaves the old file intact and no temp file behind when the rename fails', () => {
    const dir = makeTempDir();
    const target = join(dir, 'window-state.json');
    writeFileSync(target, 'old');
    const failingFs: AtomicWriteFsSync = {
      ...fs,
      renameSync: () => {
        throw new Error('EIO: simulated rename failure');
      },
    };
    expect(() => writeFileAtomicSync(target, 'new', failingFs)).toThrow('simulated rename failure');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });
});
