/**
 * Progress as data: record an attempt, merge two files (an import), and summarise per case — attempts, best score,
 * highest proficiency reached, first time proficient. Pure: the caller passes the time of each attempt.
 */
import type { ProficiencyLevel } from '../score-visit';
import { MAX_PROGRESS_ATTEMPTS, PROGRESS_FORMAT, type LearnerProgress, type ProgressAttempt } from './progress-schema';

/** The default learner name of a new progress file. */
export const DEFAULT_LEARNER = 'Learner';

const LEVEL_RANK: Readonly<Record<ProficiencyLevel, number>> = { novice: 0, competent: 1, proficient: 2 };

/** One case's progress. */
export interface CaseProgress {
  readonly caseId: string;
  readonly attempts: number;
  readonly bestScore: number;
  /** The highest level any attempt reached. */
  readonly bestLevel: ProficiencyLevel;
  readonly lastFinishedAtIso: string;
  /** When the learner first reached proficient, or null. */
  readonly firstProficientAtIso: string | null;
}

/**
 * A new, empty progress file.
 * @example emptyProgress().attempts.length; // 0
 */
export function emptyProgress(learner: string = DEFAULT_LEARNER): LearnerProgress {
  return { format: PROGRESS_FORMAT, version: 1, learner, attempts: [] };
}

const attemptKey = (a: ProgressAttempt) => `${a.caseId}\u0000${a.finishedAtIso}\u0000${a.score}\u0000${a.level}`;
const byTime = (a: ProgressAttempt, b: ProgressAttempt) =>
  a.finishedAtIso < b.finishedAtIso
    ? -1
    : a.finishedAtIso > b.finishedAtIso
      ? 1
      : a.caseId < b.caseId
        ? -1
        : a.caseId > b.caseId
          ? 1
          : 0;

/** Keeps at most MAX_PROGRESS_ATTEMPTS: the oldest go first, but never a case's best attempt. */
function bounded(attempts: readonly ProgressAttempt[], max: number): ProgressAttempt[] {
  if (attempts.length <= max) return [...attempts];
  const best = new Map<string, ProgressAttempt>();
  for (const a of attempts) {
    const b = best.get(a.caseId);
    if (!b || a.score > b.score || (a.score === b.score && LEVEL_RANK[a.level] > LEVEL_RANK[b.level]))
      best.set(a.caseId, a);
  }
  const keep = new Set(best.values());
  let excess = attempts.length - max;
  return attempts.filter((a) => {
    if (excess > 0 && !keep.has(a)) {
      excess--;
      return false;
    }
    return true;
  });
}

/**
 * The progress with one more attempt, in time order, duplicates dropped, bounded.
 * @example recordAttempt(emptyProgress(), { caseId: 'fbss-left-leg', score: 72.5, level: 'competent', finishedAtIso: '2026-12-04T10:00:00.000Z' });
 */
export function recordAttempt(
  progress: LearnerProgress,
  attempt: ProgressAttempt,
  max: number = MAX_PROGRESS_ATTEMPTS,
): LearnerProgress {
  return mergeProgress(progress, { ...progress, attempts: [attempt] }, max);
}

/**
 * Both files' attempts (an import never loses one already kept), in time order, duplicates dropped, bounded; the
 * learner name of `current`, unless it is still the default and `incoming` has one.
 * @example mergeProgress(mine, imported).attempts.length; // ≤ mine + imported
 */
export function mergeProgress(
  current: LearnerProgress,
  incoming: LearnerProgress,
  max: number = MAX_PROGRESS_ATTEMPTS,
): LearnerProgress {
  const seen = new Map<string, ProgressAttempt>();
  for (const a of [...current.attempts, ...incoming.attempts]) if (!seen.has(attemptKey(a))) seen.set(attemptKey(a), a);
  const learner =
    current.learner === DEFAULT_LEARNER && incoming.learner !== DEFAULT_LEARNER ? incoming.learner : current.learner;
  return { ...current, learner, attempts: bounded([...seen.values()].sort(byTime), max) };
}

/**
 * Per case, in case-id order: attempts, best score, highest level, last and first-proficient times.
 * @example caseProgressOf(progress)[0]?.bestScore;
 */
export function caseProgressOf(progress: LearnerProgress): CaseProgress[] {
  const byCase = new Map<string, ProgressAttempt[]>();
  for (const a of progress.attempts) byCase.set(a.caseId, [...(byCase.get(a.caseId) ?? []), a]);
  return [...byCase.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([caseId, attempts]) => {
      const sorted = [...attempts].sort(byTime);
      const bestLevel = sorted.reduce<ProficiencyLevel>(
        (l, a) => (LEVEL_RANK[a.level] > LEVEL_RANK[l] ? a.level : l),
        'novice',
      );
      return {
        caseId,
        attempts: sorted.length,
        bestScore: Math.max(...sorted.map((a) => a.score)),
        bestLevel,
        lastFinishedAtIso: sorted[sorted.length - 1]!.finishedAtIso,
        firstProficientAtIso: sorted.find((a) => a.level === 'proficient')?.finishedAtIso ?? null,
      };
    });
}
