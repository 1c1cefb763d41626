/**
 * The app's one progress store, made from the host's backend at start-up (`initAppProgress`), and
 * `recordCaseResult`, which the debrief calls when a case is finished. Until the store exists a result is refused
 * with a clear error rather than dropped.
 */
import type { Platform } from '../platform/platform';
import { createProgressStore, type CaseResult, type ProgressStore } from './progress-store';

let appProgress: ProgressStore | null = null;

/** Creates the app's progress store on the host's backend (once; later calls return the same store). */
export function initAppProgress(platform: Pick<Platform, 'progressBackend'>): ProgressStore {
  appProgress ??= createProgressStore(platform.progressBackend);
  return appProgress;
}

/** The app's progress store; throws before `initAppProgress`. */
export function appProgressStore(): ProgressStore {
  if (!appProgress) throw new Error('Progress is not ready yet.');
  return appProgress;
}

/**
 * Records a finished case (score, level, when) in the learner's progress.
 * @example await recordCaseResult({ caseId: score.caseId, score: score.score, level: score.level, finishedAtIso: new Date().toISOString() });
 */
export function recordCaseResult(result: CaseResult): Promise<void> {
  return appProgressStore()
    .recordResult(result)
    .then(() => undefined);
}
