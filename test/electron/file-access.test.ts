import { execFileSync } from 'node:child_process';
import * as fsPromises from 'node:fs/promises';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { MAX_SESSION_FILE_BYTES } from '../../electron/ipc-contract';
import { EMPTY_VISIT_RECORD, createNewSession, serializeSession } from '../../src-core';
import { writeFileAtomic } from '../../electron/main/atomic-write';
import { createFileAccess, type FileDialogs } from '../../electron/main/file-access';
import { asReal, FakeBrowserWindow } from './helpers/fake-electron';
import { useTempDirs } from './helpers/temp-dir';

// Path-based stat is recorded so a test can prove the file is checked through its open handle.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof fsPromises>();
  return { ...original, stat: vi.fn(original.stat) };
});

const makeTempDir = useTempDirs();

beforeEach(() => {
  vi.mocked(fsPromises.stat).mockClear();
});

/** Dialogs that answer with the given paths, recording the options they were shown with. */
function makeDialogs(answers: { open?: string | null; save?: string | null } = {}) {
  return {
    showOpenDialog: vi.fn<FileDialogs['showOpenDialog']>(async () =>
      answers.open === undefined || answers.open === null
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [answers.open] },
    ),
    showSaveDialog: vi.fn<FileDialogs['showSaveDialog']>(async () =>
      answers.save === undefined || answers.save === null
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: answers.save },
    ),
  };
}

function makeFiles(
  dialogs: FileDialogs,
  documents = '/home/user/Documents',
  writeFile?: (path: string, contents: string) => Promise<void>,
) {
  return createFileAccess({ dialogs, defaultDirectory: () => documents, ...(writeFile ? { writeFile } : {}) });
}

/** A valid session file, as the renderer saves one. */
const NEW_SESSION_TEXT = serializeSession(createNewSession(), EMPTY_VISIT_RECORD);

const window = asReal<BrowserWindow>(new FakeBrowserWindow());
const request = (
  overrides: Partial<{ contents: string; suggestedName: string; saveAs: boolean; fileToken: string }> = {},
) => ({
  contents: NEW_SESSION_TEXT,
  suggestedName: 'patient.scs.json',
  saveAs: false,
  ...overrides,
});

describe('opening a session file', () => {
  it('reads the chosen file and returns its name, contents and a token (never its path)', async () => {
    const file = join(makeTempDir(), 'patient.scs.json');
    writeFileSync(file, '{"version":1}');
    const dialogs = makeDialogs({ open: file });
    const result = await makeFiles(dialogs).open(window);
    expect(result).toEqual({
      canceled: false,
      fileName: 'patient.scs.json',
      fileToken: expect.any(String),
      contents: '{"version":1}',
    });
    expect(JSON.stringify(result)).not.toContain(file);
    const options = dialogs.showOpenDialog.mock.calls[0]?.[1];
    expect(options?.filters).toEqual([{ name: expect.any(String), extensions: ['scs.json', 'json'] }]);
    expect(options?.properties).toEqual(['openFile']);
  });

  it('reports a cancelled dialog', async () => {
    expect(await makeFiles(makeDialogs()).open(window)).toEqual({ canceled: true });
  });

  it('refuses a file over 5 MB', async () => {
    const file = join(makeTempDir(), 'huge.json');
    writeFileSync(file, Buffer.alloc(MAX_SESSION_FILE_BYTES + 1, 0x20));
    await expect(makeFiles(makeDialogs({ open: file })).open(window)).rejects.toThrow('larger than 5 MB');
  });

  it('refuses something that is not a regular file', async () => {
    const dir = makeTempDir();
    await expect(makeFiles(makeDialogs({ open: dir })).open(window)).rejects.toThrow('not a regular file');
  });

  it('checks the file it opened, through the open handle, not the path before opening (no swap in between)', async () => {
    const file = join(makeTempDir(), 'patient.scs.json');
    writeFileSync(file, '{"version":1}');
    await makeFiles(makeDialogs({ open: file })).open(window);
    expect(fsPromises.stat).not.toHaveBeenCalled();
  });

  it('refuses a named pipe without waiting for a writer', { timeout: 5000 }, async () => {
    const fifo = join(makeTempDir(), 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    await expect(makeFiles(makeDialogs({ open: fifo })).open(window)).rejects.toThrow('not a regular file');
  });

  it('reads a recent file by the token main issued for it, and reports every file used', async () => {
    const file = join(makeTempDir(), 'recent.scs.json');
    writeFileSync(file, '{"version":1}');
    const onFileUsed = vi.fn();
    const files = createFileAccess({ dialogs: makeDialogs(), defaultDirectory: () => '/docs', onFileUsed });
    const token = files.tokenFor(file);
    await expect(files.openByToken(token)).resolves.toEqual({
      canceled: false,
      fileName: 'recent.scs.json',
      fileToken: token,
      contents: '{"version":1}',
    });
    expect(onFileUsed).toHaveBeenCalledExactlyOnceWith(file);
    await expect(files.openByToken('3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f')).rejects.toThrow('no longer known');
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const file = join(makeTempDir(), 'binary.json');
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await expect(makeFiles(makeDialogs({ open: file })).open(window)).rejects.toThrow('not a UTF-8 text file');
  });
});

describe('saving a session file', () => {
  it('with a token from Open, writes back to that file without a dialog', async () => {
    const file = join(makeTempDir(), 'patient.scs.json');
    writeFileSync(file, '{"version":1}');
    const dialogs = makeDialogs({ open: file });
    const files = makeFiles(dialogs);
    const opened = await files.open(window);
    if (opened.canceled) throw new Error('expected a file');

    const saved = await files.save(window, request({ fileToken: opened.fileToken }));

    expect(saved).toEqual({ canceled: false, fileName: 'patient.scs.json', fileToken: opened.fileToken });
    expect(readFileSync(file, 'utf8')).toBe(NEW_SESSION_TEXT);
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });

  it('without a token, asks where to save, starting in Documents with the suggested name', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'chosen.scs.json');
    const dialogs = makeDialogs({ save: target });
    const saved = await makeFiles(dialogs, dir).save(window, request({ suggestedName: 'new patient' }));
    expect(saved).toEqual({ canceled: false, fileName: 'chosen.scs.json', fileToken: expect.any(String) });
    expect(readFileSync(target, 'utf8')).toBe(NEW_SESSION_TEXT);
    expect(dialogs.showSaveDialog.mock.calls[0]?.[1].defaultPath).toBe(join(dir, 'new patient.scs.json'));
  });

  it('with Save As, asks again even when the token is known, starting in the file’s folder', async () => {
    const dir = makeTempDir();
    const original = join(dir, 'patient.scs.json');
    const copy = join(dir, 'copy.scs.json');
    writeFileSync(original, '{"version":1}');
    const dialogs = makeDialogs({ open: original, save: copy });
    const files = makeFiles(dialogs, '/elsewhere');
    const opened = await files.open(window);
    if (opened.canceled) throw new Error('expected a file');

    const saved = await files.save(
      window,
      request({ fileToken: opened.fileToken, saveAs: true, suggestedName: 'copy.scs.json' }),
    );

    expect(saved).toMatchObject({ canceled: false, fileName: 'copy.scs.json' });
    expect(readFileSync(original, 'utf8')).toBe('{"version":1}');
    expect(readFileSync(copy, 'utf8')).toBe(NEW_SESSION_TEXT);
    expect(dialogs.showSaveDialog.mock.calls[0]?.[1].defaultPath).toBe(join(dir, 'copy.scs.json'));
  });

  it('treats an unknown token like no token and asks where to save', async () => {
    const dialogs = makeDialogs();
    const saved = await makeFiles(dialogs).save(window, request({ fileToken: '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f' }));
    expect(saved).toEqual({ canceled: true });
    expect(dialogs.showSaveDialog).toHaveBeenCalledOnce();
  });

  it('writes nothing when the Save dialog is cancelled', async () => {
    const dir = makeTempDir();
    const saved = await makeFiles(makeDialogs(), dir).save(window, request());
    expect(saved).toEqual({ canceled: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to write text that is not a valid session, even to a file opened with a token', async () => {
    const file = join(makeTempDir(), 'patient.scs.json');
    writeFileSync(file, NEW_SESSION_TEXT);
    const dialogs = makeDialogs({ open: file });
    const files = makeFiles(dialogs);
    const opened = await files.open(window);
    if (opened.canceled) throw new Error('expected a file');
    for (const contents of ['#!/bin/sh\nrm -rf ~', '{"format":"scs-sim-session","version":2}']) {
      await expect(files.save(window, request({ fileToken: opened.fileToken, contents }))).rejects.toThrow(
        'not a valid session',
      );
    }
    expect(readFileSync(file, 'utf8')).toBe(NEW_SESSION_TEXT);
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });

  it('leaves the previous file intact when the write fails', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'patient.scs.json');
    writeFileSync(file, '{"version":1}');
    const brokenRename = { ...fsPromises, rename: async () => Promise.reject(new Error('EIO: simulated failure')) };
    const files = makeFiles(makeDialogs({ open: file }), dir, (path, contents) =>
      writeFileAtomic(path, contents, brokenRename),
    );
    const opened = await files.open(window);
    if (opened.canceled) throw new Error('expected a file');

    await expect(files.save(window, request({ fileToken: opened.fileToken }))).rejects.toThrow('simulated failure');
    expect(readFileSync(file, 'utf8')).toBe('{"version":1}');
    expect(readdirSync(dir)).toEqual(['patient.scs.json']);
  });
});
