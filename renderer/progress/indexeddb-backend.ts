/**
 * Progress in the browser: one record in IndexedDB (database `scs-sim`, store `progress`, key `learner`). The text
 * is the core's progress file, checked by the store when read; this file only moves text in and out.
 */
import type { ProgressBackend } from '../platform/platform';

const DATABASE = 'scs-sim';
const STORE = 'progress';
const KEY = 'learner';

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(new Error(`The browser's storage could not be opened: ${request.error?.message ?? 'unknown error'}.`));
    request.onblocked = () =>
      reject(new Error('The browser storage is in use by another tab of an older version; close it and retry.'));
  });
}

function run<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return openDatabase(factory).then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = act(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        transaction.onerror = () => {
          db.close();
          reject(
            new Error(`The browser's storage refused the progress: ${transaction.error?.message ?? 'unknown error'}.`),
          );
        };
      }),
  );
}

/** The IndexedDB backend (`indexedDB` of the page unless a test passes another factory). */
export function indexedDbProgressBackend(factory: () => IDBFactory = () => indexedDB): ProgressBackend {
  return {
    read: async () => {
      const value = await run<unknown>(factory(), 'readonly', (store) => store.get(KEY));
      return typeof value === 'string' ? value : null;
    },
    write: async (text) => {
      await run(factory(), 'readwrite', (store) => store.put(text, KEY));
    },
  };
}
