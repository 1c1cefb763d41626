import { describe, expect, it, vi } from 'vitest';
import { MAX_SESSION_FILE_BYTES } from '../../electron/ipc-contract';
import { checkSessionFileText, MAX_SESSION_FILE_DEPTH } from '../../renderer/files/session-file-limits';
import { readSessionFileText } from '../../renderer/files/read-session-file';
import { createWorkerSessionFileReader, type SessionFileWorker } from '../../renderer/files/session-file-reader';
import type { ReadSessionFileRequest } from '../../renderer/files/protocol';
import {
  loadRecentFileNames,
  rememberRecentFileName,
  RECENT_FILES_STORAGE_KEY,
} from '../../renderer/platform/browser-recent-files';
import { createDesktopPlatform } from '../../renderer/platform/desktop-platform';
import type { DesktopApi } from '../../electron/ipc-contract';
import { createNewSession, serializeSession } from '../../src-core';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('session file limits, checked before parsing', () => {
  it('accept a real session file', () => {
    expect(checkSessionFileText(serializeSession(createNewSession()))).toEqual({ ok: true });
  });

  it('refuse a file nested deeper than the limit, naming the problem', () => {
    expect(checkSessionFileText(nested(MAX_SESSION_FILE_DEPTH)).ok).toBe(true);
    const check = checkSessionFileText(nested(MAX_SESSION_FILE_DEPTH + 1));
    expect(check).toEqual({ ok: false, error: expect.stringMatching(/nested too deeply/) });
  });

  it('do not count brackets inside strings, escaped quotes included', () => {
    expect(checkSessionFileText(JSON.stringify({ note: `\\"${'['.repeat(1000)}` })).ok).toBe(true);
  });

  it('refuse text over 5 MB of UTF-8, counting multi-byte characters', () => {
    expect(checkSessionFileText(' '.repeat(MAX_SESSION_FILE_BYTES + 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large.*limit is 5 MB/),
    });
    expect(checkSessionFileText('é'.repeat(MAX_SESSION_FILE_BYTES / 2 + 1)).ok).toBe(false);
  });

  it('are applied by the file reader, which restores good files through the core', () => {
    expect(readSessionFileText(nested(5000))).toMatchObject({ ok: false, error: expect.stringMatching(/deeply/) });
    expect(readSessionFileText(serializeSession(createNewSession())).ok).toBe(true);
  });
});

describe('the worker-backed reader', () => {
  it('sends the text to the worker and resolves with its reply to that request', async () => {
    const listeners: ((event: MessageEvent) => void)[] = [];
    const worker: SessionFileWorker = {
      addEventListener: ((type: string, listener: (event: MessageEvent) => void) => {
        if (type === 'message') listeners.push(listener);
      }) as SessionFileWorker['addEventListener'],
      postMessage: vi.fn((request: ReadSessionFileRequest) => {
        queueMicrotask(() => {
          const data = { requestId: request.requestId, result: readSessionFileText(request.text) };
          for (const listener of listeners) listener({ data } as MessageEvent);
        });
      }) as SessionFileWorker['postMessage'],
    };
    const reader = createWorkerSessionFileReader(worker);
    const [good, bad] = await Promise.all([reader.read(serializeSession(createNewSession())), reader.read('[]')]);
    expect(good.ok).toBe(true);
    expect(bad.ok).toBe(false);
    expect(worker.postMessage).toHaveBeenCalledTimes(2);
  });
});

describe('recent files in the browser', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  }

  it('keeps the last ten names, newest first, each once', () => {
    const storage = memoryStorage();
    for (let index = 0; index < 12; index += 1) rememberRecentFileName(storage, `visit-${index}.scs.json`);
    rememberRecentFileName(storage, 'visit-4.scs.json');
    const names = loadRecentFileNames(storage);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('visit-4.scs.json');
    expect(names.filter((name) => name === 'visit-4.scs.json')).toHaveLength(1);
  });

  it('reads a damaged entry as no recent files', () => {
    const storage = memoryStorage();
    storage.setItem(RECENT_FILES_STORAGE_KEY, '{oops');
    expect(loadRecentFileNames(storage)).toEqual([]);
  });
});

describe('the desktop close guard', () => {
  function fakeApi() {
    let onClose: (() => void) | undefined;
    const api = {
      onCloseRequest: vi.fn((listener: () => void) => ((onClose = listener), () => undefined)),
      answerCloseRequest: vi.fn(async () => undefined),
    };
    return { api, requestClose: () => onClose?.() };
  }

  it('answers close at once when nothing is unsaved', () => {
    const { api, requestClose } = fakeApi();
    createDesktopPlatform(api as unknown as DesktopApi).guardUnsavedWork({
      hasUnsavedWork: () => false,
      confirmDiscard: vi.fn(),
    });
    requestClose();
    expect(api.answerCloseRequest.mock.calls).toEqual([['close']]);
  });

  it('says it is asking, then answers with the user’s choice', async () => {
    const { api, requestClose } = fakeApi();
    let decide: (mayClose: boolean) => void = () => undefined;
    createDesktopPlatform(api as unknown as DesktopApi).guardUnsavedWork({
      hasUnsavedWork: () => true,
      confirmDiscard: () => new Promise((resolve) => (decide = resolve)),
    });
    requestClose();
    expect(api.answerCloseRequest.mock.calls).toEqual([['asking']]);
    decide(false);
    await vi.waitFor(() => expect(api.answerCloseRequest.mock.calls).toEqual([['asking'], ['cancel']]));
  });
});
