/**
 * One path from a case and a saved visit to its score and report, shared by `scs-sim score`/`report` and the app's
 * worker: the benchmark searched on the case as it opens (whatever the trainee changed), then `scoreVisit`.
 */
import type { PhysiologyEngine } from '../../simulation/engine';
import { restoreSession, serializeSession } from '../../session/restore';
import type { TeachingCase } from '../case-schema';
import { caseToSession } from '../case-to-session';
import { expertBenchmark } from '../expert-benchmark';
import { scoreVisit, type ScoredVisit, type VisitScore } from '../score-visit';
import type { VisitLogFacts } from '../visit-outcome';

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
  const opened = restoreSession(serializeSession(caseToSession(teachingCase)));
  if (!opened.ok) throw new Error(`case "${teachingCase.id}" does not open: ${opened.error}`);
  const benchmark = expertBenchmark(engine, teachingCase, opened.session, opened.implant);
  return scoreVisit(teachingCase, visit, { engine, benchmark, log });
}
