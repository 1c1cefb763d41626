import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_RECENT_FILES,
  createRecentFilesWriter,
  loadRecentFiles,
  saveRecentFiles,
  withRecentFile,
} from '../../electron/main/recent-files';
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();

describe('the recent-files list', () => {
  it('puts the file used last first, once, and keeps at most ten', () => {
    let list: string[] = [];
    for (let index = 0; index < 12; index += 1) list = withRecentFile(list, `/files/${index}.scs.json`);
    list = withRecentFile(list, '/files/5.scs.json');
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe('/files/5.scs.json');
    expect(list.filter((path) => path === '/files/5.scs.json')).toHaveLength(1);
    expect(list).not.toContain('/files/0.scs.json');
  });

  it('survives a restart', async () => {
    const listPath = join(makeTempDir(), 'recent-files.json');
    await saveRecentFiles(listPath, ['/files/a.scs.json', '/files/b.scs.json']);
    expect(loadRecentFiles(listPath)).toEqual(['/files/a.scs.json', '/files/b.scs.json']);
  });

  it('ends with the newest list when several writes are asked for at once', async () => {
    const listPath = join(makeTempDir(), 'recent-files.json');
    const write = createRecentFilesWriter(() => listPath);
    const lists = Array.from({ length: 20 }, (_, index) => [`/files/${index}.scs.json`]);
    const writes = lists.map((list) => write(list));
    await Promise.all(writes);
    expect(loadRecentFiles(listPath)).toEqual(['/files/19.scs.json']);
  });

  it('reports a failed write and keeps writing after it', async () => {
    const reportError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dir = makeTempDir();
    let listPath = join(dir, 'no-such-folder', 'recent-files.json');
    const write = createRecentFilesWriter(() => listPath);
    await write(['/files/lost.scs.json']);
    expect(reportError).toHaveBeenCalledTimes(1);
    reportError.mockRestore();
    listPath = join(dir, 'recent-files.json');
    await write(['/files/kept.scs.json']);
    expect(loadRecentFiles(listPath)).toEqual(['/files/kept.scs.json']);
  });

  it('reads a missing or damaged list as empty, and drops entries that are not absolute paths', () => {
    const dir = makeTempDir();
    expect(loadRecentFiles(join(dir, 'missing.json'))).toEqual([]);
    writeFileSync(join(dir, 'broken.json'), '{not json');
    expect(loadRecentFiles(join(dir, 'broken.json'))).toEqual([]);
    writeFileSync(join(dir, 'odd.json'), JSON.stringify(['/ok.scs.json', 'relative.json', 42, null]));
    expect(loadRecentFiles(join(dir, 'odd.json'))).toEqual(['/ok.scs.json']);
    expect(readFileSync(join(dir, 'odd.json'), 'utf8')).toContain('relative.json');
  });
});
