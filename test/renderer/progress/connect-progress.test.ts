import { describe, expect, it } from 'vitest';
import { appProgressStore } from '../../../renderer/progress/app-progress';
import { connectProgress } from '../../../renderer/progress/connect-progress';
import { memoryProgressBackend } from '../../../renderer/progress/progress-store';
import { createAppStore } from '../../../renderer/store/app-store';
import type { CaseResult } from '../../../renderer/store/teaching-slice';
import type { VisitScore } from '../../../src-core';

const finished = (score: VisitScore | null): CaseResult => ({
  caseId: 'fbss-left-leg',
  caseTitle: 'Left leg pain',
  decision: null,
  score,
  trainee: null,
  benchmark: null,
});

describe('progress from the debrief', () => {
  it('records each scored case once, with its score, level and time, and skips a decision-only case', async () => {
    const store = createAppStore();
    const stop = connectProgress(
      store,
      { progressBackend: memoryProgressBackend() },
      () => new Date(Date.UTC(2026, 11, 5)),
    );
    store.getState().caseFinished(finished({ score: 71.26, level: 'competent' } as VisitScore));
    store.getState().setScreen('workstation'); // later changes to the store do not record it again
    store.getState().caseFinished(finished(null));
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const progress = await appProgressStore().load();
    expect(progress.attempts).toEqual([
      { caseId: 'fbss-left-leg', score: 71.3, level: 'competent', finishedAtIso: '2026-12-05T00:00:00.000Z' },
    ]);
  });
});
