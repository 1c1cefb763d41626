import { describe, expect, it } from 'vitest';
import {
  invokeArgumentSchemas,
  isMenuCommand,
  IPC_CHANNELS,
  MAX_SESSION_FILE_BYTES,
  saveFileRequestSchema,
} from '../../electron/ipc-contract';

const TOKEN = '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f';

function request(overrides: Record<string, unknown> = {}) {
  return { contents: '{"version":1}', suggestedName: 'patient.scs.json', saveAs: false, ...overrides };
}

describe('saveFileRequestSchema', () => {
  it('accepts a well-formed request, with or without a file token', () => {
    expect(saveFileRequestSchema.parse(request())).toEqual(request());
    expect(saveFileRequestSchema.parse(request({ fileToken: TOKEN }))).toEqual(request({ fileToken: TOKEN }));
  });

  it('treats fileToken: undefined as no token', () => {
    expect(saveFileRequestSchema.parse(request({ fileToken: undefined }))).toStrictEqual(request());
  });

  it('rejects suggested names that contain a folder or climb out of one', () => {
    for (const suggestedName of ['../evil.json', 'a/b.json', 'a\\b.json', '..', '.', '', 'bad\u0000name.json']) {
      expect(saveFileRequestSchema.safeParse(request({ suggestedName })).success, suggestedName).toBe(false);
    }
  });

  it('rejects contents over 5 MB, counting UTF-8 bytes rather than characters', () => {
    expect(saveFileRequestSchema.safeParse(request({ contents: 'a'.repeat(MAX_SESSION_FILE_BYTES) })).success).toBe(
      true,
    );
    expect(saveFileRequestSchema.safeParse(request({ contents: 'a'.repeat(MAX_SESSION_FILE_BYTES + 1) })).success).toBe(
      false,
    );
    // 'é' is two bytes: fewer characters than the limit, more bytes.
    const twoByteText = 'é'.repeat(MAX_SESSION_FILE_BYTES / 2 + 1);
    expect(twoByteText.length).toBeLessThan(MAX_SESSION_FILE_BYTES);
    expect(saveFileRequestSchema.safeParse(request({ contents: twoByteText })).success).toBe(false);
  });

  it('rejects unknown keys, forged tokens and wrong types', () => {
    expect(saveFileRequestSchema.safeParse(request({ path: '/etc/passwd' })).success).toBe(false);
    expect(saveFileRequestSchema.safeParse(request({ fileToken: '/etc/passwd' })).success).toBe(false);
    expect(saveFileRequestSchema.safeParse(request({ saveAs: 'yes' })).success).toBe(false);
    expect(saveFileRequestSchema.safeParse(request({ contents: 42 })).success).toBe(false);
  });
});

describe('invokeArgumentSchemas', () => {
  it('has one schema per invoke channel and none for the menu channel', () => {
    expect(Object.keys(invokeArgumentSchemas).sort()).toEqual(
      [
        IPC_CHANNELS.getAppVersion,
        IPC_CHANNELS.getSystemLocale,
        IPC_CHANNELS.openSessionFile,
        IPC_CHANNELS.saveSessionFile,
        IPC_CHANNELS.openRecentFile,
        IPC_CHANNELS.answerCloseRequest,
        IPC_CHANNELS.printReportToPdf,
        IPC_CHANNELS.loadProgress,
        IPC_CHANNELS.saveProgress,
        IPC_CHANNELS.exportProgress,
        IPC_CHANNELS.importProgress,
        IPC_CHANNELS.saveSnapshot,
      ].sort(),
    );
  });

  it('accepts no arguments for open and version, exactly one request for save', () => {
    expect(invokeArgumentSchemas[IPC_CHANNELS.openSessionFile].safeParse([]).success).toBe(true);
    expect(invokeArgumentSchemas[IPC_CHANNELS.openSessionFile].safeParse(['/etc/passwd']).success).toBe(false);
    expect(invokeArgumentSchemas[IPC_CHANNELS.saveSessionFile].safeParse([request()]).success).toBe(true);
    expect(invokeArgumentSchemas[IPC_CHANNELS.saveSessionFile].safeParse([request(), 'extra']).success).toBe(false);
  });
});

describe('isMenuCommand', () => {
  it('accepts exactly the five menu commands', () => {
    for (const command of ['file.new', 'file.open', 'file.save', 'file.saveAs', 'help.about']) {
      expect(isMenuCommand(command)).toBe(true);
    }
    expect(isMenuCommand('file.delete')).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });
});
