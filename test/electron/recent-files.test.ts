import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, loadRecentFiles, saveRecentFiles, withRecentFile } from '../../electron/main/recent-files';
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

  it('survives a restart', () => {
    const listPath = join(makeTempDir(), 'recent-files.json');
    saveRecentFiles(listPath, ['/files/a.scs.json', '/files/b.scs.json']);
    expect(loadRecentFiles(listPath)).toEqual(['/files/a.scs.json', '/files/b.scs.json']);
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
