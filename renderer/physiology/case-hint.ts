// A hint for the trainee's program, run in the physiology worker: the core's `caseHint` against the case's
// benchmark (seconds to search, with progress), which the worker keeps so the score that follows the visit reuses it.
import {
  caseHint,
  casePatientId,
  defaultCatalogue,
  openedCaseBenchmark,
  resolveImplant,
  type AssistantHint,
  type OpenedCaseBenchmark,
  type PhysiologyEngine,
  type Session,
  type TeachingCase,
} from '../../src-core';

/** What the worker needs for a hint: the case and the session as the trainee has it now. */
export interface HintInput {
  readonly teachingCase: TeachingCase;
  readonly session: Session;
}

/** The benchmark of the last case searched (a visit is of one case: one entry is enough). */
export interface CaseBenchmarkCache {
  /** The case's benchmark, searched on first use. */
  benchmarkOf(
    engine: PhysiologyEngine,
    teachingCase: TeachingCase,
    onProgress?: (fraction: number) => void,
  ): OpenedCaseBenchmark;
}

/** An empty benchmark cache. */
export function createCaseBenchmarkCache(): CaseBenchmarkCache {
  let last: { readonly teachingCase: TeachingCase; readonly opened: OpenedCaseBenchmark } | undefined;
  return {
    benchmarkOf(engine, teachingCase, onProgress) {
      // The same case object: a case file reopened is a new object and searched again (it may differ).
      if (last?.teachingCase !== teachingCase) {
        const opened = openedCaseBenchmark(engine, teachingCase, onProgress ? { onProgress } : {});
        last = { teachingCase, opened };
      } else onProgress?.(1);
      return last.opened;
    },
  };
}

/**
 * One next step for the trainee. Throws with a message a trainee can read when there is no hint to give (a decision
 * without programming, a session of another patient, an implant that does not resolve).
 */
export function hintFor(
  engine: PhysiologyEngine,
  benchmarks: CaseBenchmarkCache,
  input: HintInput,
  onProgress: (fraction: number) => void,
): AssistantHint {
  const { teachingCase, session } = input;
  if (!teachingCase.implant) throw new Error(`case "${teachingCase.id}" is a decision without programming`);
  if (session.patient.id !== casePatientId(teachingCase))
    throw new Error(`the visit's patient is not the patient of case "${teachingCase.id}"`);
  const implant = resolveImplant(session.hardware, defaultCatalogue());
  if (!implant.ok) throw new Error(implant.error);
  const opened = benchmarks.benchmarkOf(engine, teachingCase, onProgress);
  return caseHint(engine, teachingCase, session, implant.implant, opened);
}
