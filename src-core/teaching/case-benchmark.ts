/**
 * The expert benchmark of a case as it opens (whatever the trainee changed since), and the hint measured against
 * it: one path for `scs-sim score`/`report`/`assist --hint` and the app's worker, which keeps one per case so a
 * hint and the score that follows search the case once.
 */
import type { ResolvedImplant } from '../hardware/implant';
import { restoreSession, serializeSession } from '../session/restore';
import type { Session } from '../session/session';
import type { PhysiologyEngine } from '../simulation/engine';
import { assistantHint, type AssistantHint } from './assistant/hint';
import type { AssistantOptions } from './assistant/search';
import type { TeachingCase } from './case-schema';
import { caseToSession } from './case-to-session';
import { expertBenchmark, type ExpertBenchmark } from './expert-benchmark';

/** The benchmark of a case and the implant of the case as it opens (the benchmark's program runs on it). */
export interface OpenedCaseBenchmark {
  readonly caseId: string;
  readonly benchmark: ExpertBenchmark;
  readonly openedImplant: ResolvedImplant;
}

/**
 * Searches the benchmark on the case as it opens (seconds of work; `options` pass progress and cancellation).
 * @example openedCaseBenchmark(engine, teachingCase).benchmark.description;
 */
export function openedCaseBenchmark(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  options: Pick<AssistantOptions, 'onProgress' | 'signal'> = {},
): OpenedCaseBenchmark {
  const opened = restoreSession(serializeSession(caseToSession(teachingCase)));
  if (!opened.ok) throw new Error(`case "${teachingCase.id}" does not open: ${opened.error}`);
  return {
    caseId: teachingCase.id,
    benchmark: expertBenchmark(engine, teachingCase, opened.session, opened.implant, options),
    openedImplant: opened.implant,
  };
}

/**
 * One next step for the trainee's active program in `session` (on `implant`, the visit's own), against the case's
 * benchmark; `opened` is a benchmark already searched for this case, else one is searched now.
 * @example caseHint(engine, teachingCase, session, implant).text; // "Try the cathode one contact lower (contact 5)."
 */
export function caseHint(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  session: Session,
  implant: ResolvedImplant,
  opened: OpenedCaseBenchmark = openedCaseBenchmark(engine, teachingCase),
): AssistantHint {
  if (opened.caseId !== teachingCase.id)
    throw new Error(`the benchmark is of case "${opened.caseId}", not "${teachingCase.id}"`);
  return assistantHint(engine, session, implant, opened.benchmark.assistant);
}
