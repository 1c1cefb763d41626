import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createSnapshotSaver, withPngExtension } from '../../electron/main/snapshot-file';
import { asReal, FakeBrowserWindow } from './helpers/fake-electron';
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function setUp(savePath: string | null) {
  const dir = makeTempDir();
  const showSaveDialog = vi.fn(async () =>
    savePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: join(dir, savePath) },
  );
  const saver = createSnapshotSaver({ dialogs: { showSaveDialog }, defaultDirectory: () => '/home/me/Pictures' });
  return { dir, saver, showSaveDialog, window: asReal<BrowserWindow>(new FakeBrowserWindow()) };
}

describe('saving a snapshot', () => {
  it('asks where, offering the Pictures folder and a .png name, and writes the bytes', async () => {
    const { dir, saver, showSaveDialog, window } = setUp('slide.png');
    await expect(saver.save(window, { png: PNG, suggestedName: 'scs-3d-view' })).resolves.toEqual({
      canceled: false,
      fileName: 'slide.png',
    });
    expect(showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: '/home/me/Pictures/scs-3d-view.png' }),
    );
    expect(new Uint8Array(readFileSync(join(dir, 'slide.png')))).toEqual(PNG);
  });

  it('writes nothing when the save is cancelled', async () => {
    const { saver, window } = setUp(null);
    await expect(saver.save(window, { png: PNG, suggestedName: 'v.png' })).resolves.toEqual({ canceled: true });
  });

  it('names the file .png', () => {
    expect(withPngExtension('view')).toBe('view.png');
    expect(withPngExtension('view.PNG')).toBe('view.PNG');
  });
});
