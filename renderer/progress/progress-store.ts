/**
 * The learner's progress in the app: loaded once from the host's backend (IndexedDB or the desktop's userData
 * file), every finished case recorded through the core's `recordAttempt`, export and import as a progress file
 * (`parseProgress`: clear errors, bounded size; an import merges, so nothing already kept is lost). Listeners hear
 * every change (the Progress dialog).
 */
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  recordAttempt,
  serializeProgress,
  type LearnerProgress,
  type ProgressAttempt,
} from '../../src-core';
import type { ProgressBackend } from '../platform/platform';

/** A finished case as the debrief reports it. */
export type CaseResult = ProgressAttempt;

/** The progress operations the app uses. */
export interface ProgressStore {
  /** The stored progress (empty before the first result); a stored text that does not parse is an error naming why. */
  load(): Promise<LearnerProgress>;
  recordResult(result: CaseResult): Promise<LearnerProgress>;
  setLearner(name: string): Promise<LearnerProgress>;
  /** The progress as a file's text. */
  exportText(): Promise<string>;
  /** Merges a progress file into the stored one; a bad file is an error naming the problem, and nothing changes. */
  importText(text: string): Promise<LearnerProgress>;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: (progress: LearnerProgress) => void): () => void;
}

/** A backend that keeps the text in memory (tests, and a host without storage). */
export function memoryProgressBackend(initial: string | null = null): ProgressBackend & { text: string | null } {
  const backend = {
    text: initial,
    read: async () => backend.text,
    write: async (text: string) => {
      backend.text = text;
    },
  };
  return backend;
}

/** Creates the store over `backend`. Writes are queued, so two results recorded at once both land. */
export function createProgressStore(backend: ProgressBackend): ProgressStore {
  let current: LearnerProgress | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(progress: LearnerProgress) => void>();

  async function loaded(): Promise<LearnerProgress> {
    if (current) return current;
    const text = await backend.read();
    if (text === null) return (current = emptyProgress());
    const parsed = parseProgress(text);
    if (!parsed.ok) throw new Error(`The stored progress could not be read: ${parsed.error}`);
    return (current = parsed.progress);
  }

  function change(update: (progress: LearnerProgress) => LearnerProgress): Promise<LearnerProgress> {
    const next = queue.then(async () => {
      const updated = update(await loaded());
      await backend.write(serializeProgress(updated));
      current = updated;
      for (const listener of listeners) listener(updated);
      return updated;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    load: loaded,
    recordResult: (result) => change((p) => recordAttempt(p, result)),
    setLearner: (name) => {
      const learner = name.trim();
      if (learner === '' || learner.length > 80)
        return Promise.reject(new Error('A learner name has 1 to 80 characters.'));
      return change((p) => ({ ...p, learner }));
    },
    exportText: async () => serializeProgress(await loaded()),
    importText: (text) => {
      const parsed = parseProgress(text);
      if (!parsed.ok) return Promise.reject(new Error(`Not imported: ${parsed.error}`));
      return change((p) => mergeProgress(p, parsed.progress));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
