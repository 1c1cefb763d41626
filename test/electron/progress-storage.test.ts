import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_PROGRESS_TEXT_CHARS as CONTRACT_MAX } from '../../electron/ipc-contract';
import { createProgressStorage, PROGRESS_FILE_NAME } from '../../electron/main/progress-storage';
import { emptyProgress, MAX_PROGRESS_TEXT_CHARS, recordAttempt, serializeProgress } from '../../src-core';
import { asReal, FakeBrowserWindow } from './helpers/fake-electron';
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();
const window = asReal<BrowserWindow>(new FakeBrowserWindow());
const PROGRESS = serializeProgress(
  recordAttempt(emptyProgress('Ana'), {
    caseId: 'fbss-left-leg',
    score: 81,
    level: 'competent',
    finishedAtIso: '2026-12-04T10:00:00.000Z',
  }),
);

function setUp(answers: { open?: string; save?: string } = {}) {
  const userData = makeTempDir();
  const documents = makeTempDir();
  const dialogs = {
    showOpenDialog: vi.fn(async () =>
      answers.open === undefined
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [join(documents, answers.open)] },
    ),
    showSaveDialog: vi.fn(async () =>
      answers.save === undefined
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: join(documents, answers.save) },
    ),
  };
  const storage = createProgressStorage({
    userDataDirectory: () => userData,
    defaultDirectory: () => documents,
    dialogs,
    now: () => new Date('2026-12-04T11:00:00.000Z'),
  });
  return { userData, documents, dialogs, storage };
}

describe('progress storage in userData', () => {
  it('has no progress before the first save, then reads back what it stored', async () => {
    const { storage, userData } = setUp();
    await expect(storage.load()).resolves.toBeNull();
    await storage.save(PROGRESS);
    expect(readFileSync(join(userData, PROGRESS_FILE_NAME), 'utf8')).toBe(PROGRESS);
    await expect(storage.load()).resolves.toBe(PROGRESS);
    expect(readdirSync(userData)).toEqual([PROGRESS_FILE_NAME]);
  });

  it('refuses to store text that is not a progress file, leaving the stored file as it was', async () => {
    const { storage, userData } = setUp();
    await storage.save(PROGRESS);
    await expect(storage.save('{"format":"scs-sim-session"}')).rejects.toThrow(/not a valid progress file/);
    expect(readFileSync(join(userData, PROGRESS_FILE_NAME), 'utf8')).toBe(PROGRESS);
  });

  it('moves an unreadable stored file aside instead of losing or trusting it', async () => {
    const { storage, userData } = setUp();
    writeFileSync(join(userData, PROGRESS_FILE_NAME), '{ broken');
    await expect(storage.load()).resolves.toBeNull();
    expect(readdirSync(userData)).toEqual([`${PROGRESS_FILE_NAME}.unreadable-2026-12-04T11-00-00-000Z`]);
  });

  it('exports through the Save dialog and imports through the Open dialog', async () => {
    const { storage, documents, dialogs } = setUp({ save: 'mine.json', open: 'mine.json' });
    await expect(storage.exportTo(window, { contents: PROGRESS, suggestedName: 'progress-ana' })).resolves.toEqual({
      canceled: false,
      fileName: 'mine.json',
    });
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: join(documents, 'progress-ana.json') }),
    );
    await expect(storage.importFrom(window)).resolves.toEqual({
      canceled: false,
      fileName: 'mine.json',
      contents: PROGRESS,
    });
    await expect(storage.exportTo(window, { contents: 'nope', suggestedName: 'x.json' })).rejects.toThrow(
      /not a valid progress file/,
    );
  });

  it('answers cancelled dialogs with canceled', async () => {
    const { storage } = setUp();
    await expect(storage.exportTo(window, { contents: PROGRESS, suggestedName: 'p.json' })).resolves.toEqual({
      canceled: true,
    });
    await expect(storage.importFrom(window)).resolves.toEqual({ canceled: true });
  });

  it('limits progress text in the IPC contract as the core does', () => {
    expect(CONTRACT_MAX).toBe(MAX_PROGRESS_TEXT_CHARS);
  });
});
