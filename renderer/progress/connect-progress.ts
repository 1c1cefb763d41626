import type { Platform } from '../platform/platform';
import type { AppStore } from '../store/app-store';
import { errorText } from '../commands/error-text';
import { initAppProgress, recordCaseResult } from './app-progress';

/**
 * Keeps the learner's progress: every scored case that reaches its debrief (the one place a finished case passes,
 * `caseFinished` in store/teaching-slice.ts) is recorded once, with its score, level and the time it finished. A
 * decision-only case has no score and is not recorded. A failed write is said in the status bar, never silent.
 * @returns a function that stops listening.
 */
export function connectProgress(
  store: AppStore,
  platform: Pick<Platform, 'progressBackend'>,
  now: () => Date = () => new Date(),
): () => void {
  initAppProgress(platform);
  let recorded: unknown = undefined;
  return store.subscribe((state) => {
    const { debrief } = state;
    if (debrief.status !== 'ready' || debrief.result === recorded) return;
    recorded = debrief.result;
    const score = debrief.result.score;
    if (!score) return;
    recordCaseResult({
      caseId: debrief.result.caseId,
      score: Math.round(score.score * 10) / 10,
      level: score.level,
      finishedAtIso: now().toISOString(),
    }).catch((error: unknown) =>
      store
        .getState()
        .showStatus({ kind: 'error', text: `Could not keep this result in your progress: ${errorText(error)}` }),
    );
  });
}
