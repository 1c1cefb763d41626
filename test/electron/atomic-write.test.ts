import * as fs from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
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
