// Scoring a finished case visit, run in the physiology worker (never on the UI thread): the core's
// `scoreCaseVisitWithBenchmark`, as `scs-sim score` and `report` (the benchmark of the case as it opens, then
// `scoreVisit`), plus what the debrief draws: each program's delivered result through `visitOutcome`, the
// scorer's own simulation path.
import {
  EMPTY_VISIT_RECORD,
  casePatientId,
  defaultCatalogue,
  resolveImplant,
  scoreCaseVisitWithBenchmark,
  visitOutcome,
  type OpenedCaseBenchmark,
  type PhysiologyEngine,
  type Session,
  type SimulationResult,
  type TeachingCase,
  type VisitLogFacts,
  type VisitRecord,
  type VisitScore,
} from '../../src-core';

/** What the worker needs to score a visit: the case, the session at the end of the visit, its record and log. */
export interface ScoreCaseInput {
  readonly teachingCase: TeachingCase;
  readonly session: Session;
  readonly visitRecord: VisitRecord;
  readonly log: VisitLogFacts;
}

/** The scored visit and the two programs' results for the debrief's body maps. */
export interface ScoredCase {
  readonly score: VisitScore;
  readonly trainee: SimulationResult | null;
  readonly benchmark: { readonly description: string; readonly result: SimulationResult | null };
}

/**
 * Scores a case visit. Throws with a message a trainee can read when the visit cannot be scored (a decision-only
 * case, a session of another patient, an implant that does not resolve).
 */
export function scoreCaseVisit(
  engine: PhysiologyEngine,
  input: ScoreCaseInput,
  /** The case's benchmark if already searched (for a hint); else it is searched now. */
  opened?: OpenedCaseBenchmark,
): ScoredCase {
  const { teachingCase, session, visitRecord, log } = input;
  if (!teachingCase.implant) throw new Error(`case "${teachingCase.id}" is a decision without programming`);
  if (session.patient.id !== casePatientId(teachingCase))
    throw new Error(`the visit's patient is not the patient of case "${teachingCase.id}"`);
  const implant = resolveImplant(session.hardware, defaultCatalogue());
  if (!implant.ok) throw new Error(implant.error);
  // The one scoring path of `scs-sim score` and `report`: the benchmark of the case as it opens, then scoreVisit.
  const { score, benchmark, openedImplant } = scoreCaseVisitWithBenchmark(
    engine,
    teachingCase,
    { session, implant: implant.implant, visitRecord },
    log,
    opened,
  );
  const trainee = visitOutcome(engine, teachingCase, session, implant.implant, visitRecord, log).headline;
  const expert = visitOutcome(engine, teachingCase, benchmark.session, openedImplant, EMPTY_VISIT_RECORD, log).headline;
  return { score, trainee, benchmark: { description: benchmark.description, result: expert } };
}
