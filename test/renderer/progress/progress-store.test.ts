import { describe, expect, it } from 'vitest';
import { createProgressStore, memoryProgressBackend } from '../../../renderer/progress/progress-store';
import { parseProgress } from '../../../src-core';

const result = (caseId: string, score: number, day: number) => ({
  caseId,
  score,
  level: score >= 90 ? ('proficient' as const) : ('novice' as const),
  finishedAtIso: `2026-12-0${day}T10:00:00.000Z`,
});

describe('the progress store', () => {
  it('writes every recorded result to its backend, including two recorded at once', async () => {
    const backend = memoryProgressBackend();
    const store = createProgressStore(backend);
    await Promise.all([store.recordResult(result('crps-foot', 50, 1)), store.recordResult(result('crps-foot', 92, 2))]);
    const stored = parseProgress(backend.text!);
    expect(stored.ok && stored.progress.attempts.map((a) => a.score)).toEqual([50, 92]);
    // A new store on the same backend (a reload) reads it back.
    expect((await createProgressStore(backend).load()).attempts).toHaveLength(2);
  });

  it('merges an import, refuses a bad one without changing anything, and tells its listeners', async () => {
    const backend = memoryProgressBackend();
    const store = createProgressStore(backend);
    const heard: number[] = [];
    store.subscribe((p) => heard.push(p.attempts.length));
    await store.recordResult(result('open-contact', 70, 1));
    const other = createProgressStore(memoryProgressBackend());
    await other.recordResult(result('paddle-laminectomy', 95, 3));
    await store.importText(await other.exportText());
    await expect(store.importText('{"format":"nope"}')).rejects.toThrow(/^Not imported: not a progress file/);
    expect((await store.load()).attempts.map((a) => a.caseId)).toEqual(['open-contact', 'paddle-laminectomy']);
    expect(heard).toEqual([1, 2]);
  });

  it('says why when the stored progress cannot be read', async () => {
    await expect(createProgressStore(memoryProgressBackend('{ broken')).load()).rejects.toThrow(
      'The stored progress could not be read: not a progress file: it is not JSON.',
    );
    await expect(createProgressStore(memoryProgressBackend()).setLearner('  ')).rejects.toThrow(/1 to 80/);
  });
});
