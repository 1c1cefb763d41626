import type { RestoreResult } from '../../src-core';
import type { ReadSessionFileReply, ReadSessionFileRequest } from './protocol';
import { readSessionFileText } from './read-session-file';

/** Turns file text into a restored session (or a message naming what is wrong). */
export interface SessionFileReader {
  read(text: string): Promise<RestoreResult>;
}

/** The worker's side as the reader sees it; a real `Worker` in the app. */
export type SessionFileWorker = Pick<Worker, 'postMessage' | 'addEventListener'>;

/** A reader that sends each file to `worker` and matches replies to requests by id. */
export function createWorkerSessionFileReader(worker: SessionFileWorker): SessionFileReader {
  let nextRequestId = 1;
  const pending = new Map<number, (result: RestoreResult) => void>();
  worker.addEventListener('message', (event: MessageEvent<ReadSessionFileReply>) => {
    const resolve = pending.get(event.data.requestId);
    pending.delete(event.data.requestId);
    resolve?.(event.data.result);
  });
  worker.addEventListener('error', () => {
    for (const [requestId, resolve] of pending) {
      pending.delete(requestId);
      resolve({ ok: false, path: '', error: 'The file could not be read (the file reader stopped).' });
    }
  });
  return {
    read(text) {
      const requestId = nextRequestId++;
      return new Promise((resolve) => {
        pending.set(requestId, resolve);
        const request: ReadSessionFileRequest = { requestId, text };
        worker.postMessage(request);
      });
    },
  };
}

let defaultReader: SessionFileReader | undefined;

/**
 * The app's reader: a dedicated worker, made on first use. Where workers do not exist (the jsdom
 * component tests), the same checks and restore run in the calling thread.
 */
export function sessionFileReader(): SessionFileReader {
  if (defaultReader) return defaultReader;
  defaultReader =
    typeof Worker === 'undefined'
      ? { read: async (text) => readSessionFileText(text) }
      : createWorkerSessionFileReader(
          new Worker(new URL('./session-file.worker.ts', import.meta.url), { type: 'module', name: 'session-file' }),
        );
  return defaultReader;
}
