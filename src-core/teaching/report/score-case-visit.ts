/**
 * One path from a case and a saved visit to its score and report, shared by `scs-sim score`/`report` and the app's
 * worker: the benchmark searched on the case as it opens (whatever the trainee changed), then `scoreVisit`.
 */
import type { PhysiologyEngine } from '../../simulation/engine';
import type { TeachingCase } from '../case-schema';
import { openedCaseBenchmark, type OpenedCaseBenchmark } from '../case-benchmark';
import type { ExpertBenchmark } from '../expert-benchmark';
import type { ResolvedImplant } from '../../hardware/implant';
import { scoreVisit, type ScoredVisit, type VisitScore } from '../score-visit';
import type { VisitLogFacts } from '../visit-outcome';

/** A scored visit with the benchmark it was measured against (its program and the implant of the case as it opens). */
export interface CaseVisitScore {
  readonly score: VisitScore;
  readonly benchmark: ExpertBenchmark;
  readonly openedImplant: ResolvedImplant;
}

/**
 * Scores a visit of a case against the expert benchmark of the case as it opens, and returns the benchmark too (the
 * debrief draws its program beside the trainee's). `opened`: the case's benchmark already searched (the worker
 * keeps the one a hint searched), else it is searched now.
 * @example scoreCaseVisitWithBenchmark(engine, teachingCase, restored, { impedanceChecked: true }).benchmark.description;
 */
export function scoreCaseVisitWithBenchmark(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  visit: ScoredVisit,
  log: Partial<VisitLogFacts>,
  opened?: OpenedCaseBenchmark,
): CaseVisitScore {
  const { benchmark, openedImplant } =
    opened?.caseId === teachingCase.id ? opened : openedCaseBenchmark(engine, teachingCase);
  return { score: scoreVisit(teachingCase, visit, { engine, benchmark, log }), benchmark, openedImplant };
}

/**
 * Scores a visit of a case against the expert benchmark of the case as it opens.
 * @example scoreCaseVisit(engine, teachingCase, restored, { impedanceChecked: true }).score;
 */
export function scoreCaseVisit(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  visit: ScoredVisit,
  log: Partial<VisitLogFacts>,
): VisitScore {
  return scoreCaseVisitWithBenchmark(engine, teachingCase, visit, log).score;
}
