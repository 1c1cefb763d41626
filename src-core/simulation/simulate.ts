import { NOMINAL_ANATOMY, type PatientAnatomy, type Posture } from '../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../hardware/implant';
import { coverageOf, type Coverage } from '../perception/coverage';
import { describeSensation } from '../perception/patient-words';
import { perceive, sensationThresholds, type FeltRegion, type Sensation } from '../perception/perception';
import type { RecruitmentIndex } from '../perception/recruitment-index';
import type { Session } from '../session/session';
import { commonAmplitudeThresholds, recruitmentIndexFor, type PhysiologyEngine } from './engine';

/** A stable seed from the patient's id (FNV-1a), so one patient's fibres are the same at every visit. */
export function patientSeed(patientId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < patientId.length; i++) hash = Math.imul(hash ^ patientId.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** What the physiology says about one program at one amplitude. */
export interface SimulationResult {
  readonly programIndex: number;
  readonly posture: Posture;
  readonly amplitudeMa: number;
  readonly perceptionThresholdMa: number | null;
  readonly comfortThresholdMa: number | null;
  readonly discomfortThresholdMa: number | null;
  readonly paresthesia: readonly {
    dermatome: string;
    side: 'left' | 'right';
    intensity: number;
    via: FeltRegion['via'];
  }[];
  readonly coverage: Coverage | null;
  readonly uncomfortable: boolean;
  readonly patientSays: string;
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The recruitment index of a session's program with every area at one common amplitude. */
export function programIndexFor(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  programIndex: number,
  posture: Posture,
): RecruitmentIndex {
  const program = session.programs[programIndex];
  if (!program) throw new RangeError(`no program ${programIndex}`);
  const patient: PatientAnatomy = session.patient.anatomy ?? NOMINAL_ANATOMY;
  const thresholds = engine.thresholdsFor({
    implant,
    program,
    patient,
    posture,
    seed: patientSeed(session.patient.id),
  });
  return recruitmentIndexFor(thresholds, commonAmplitudeThresholds(thresholds));
}

/** The result for a sensation, as the CLI and the app report it. */
export function resultFor(
  index: RecruitmentIndex,
  sensation: Sensation,
  session: Session,
  programIndex: number,
  posture: Posture,
): SimulationResult {
  const t = sensationThresholds(index);
  return {
    programIndex,
    posture,
    amplitudeMa: sensation.amplitudeMa,
    perceptionThresholdMa: finiteOrNull(t.perceptionMa),
    comfortThresholdMa: finiteOrNull(t.comfortMa),
    discomfortThresholdMa: finiteOrNull(t.discomfortMa),
    paresthesia: sensation.regions.map((r) => ({
      dermatome: r.dermatome,
      side: r.side,
      intensity: round(r.intensity),
      via: r.via,
    })),
    coverage:
      session.patient.painMap && session.patient.painMap.length > 0
        ? coverageOf(sensation, session.patient.painMap)
        : null,
    uncomfortable: sensation.uncomfortable,
    patientSays: describeSensation(sensation),
  };
}

/**
 * Simulates a program at an amplitude (default: every area at its programmed amplitude — with several areas, the
 * largest is used for all).
 */
export function simulateProgram(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  options: { programIndex: number; posture: Posture; amplitudeMa?: number },
): SimulationResult {
  const index = programIndexFor(engine, session, implant, options.programIndex, options.posture);
  const program = session.programs[options.programIndex]!;
  const amplitude = options.amplitudeMa ?? Math.max(...program.areas.map((a) => a.amplitudeMa));
  return resultFor(index, perceive(index, amplitude), session, options.programIndex, options.posture);
}

/**
 * A titration: amplitude raised in `stepMa` steps from 0 until the patient finds it uncomfortable (or `maxMa`),
 * with coverage and words at each step — what a clinician records at a visit.
 */
export function titrateProgram(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  options: { programIndex: number; posture: Posture; stepMa: number; maxMa: number },
): {
  thresholds: Omit<SimulationResult, 'paresthesia' | 'coverage' | 'patientSays' | 'uncomfortable' | 'amplitudeMa'>;
  steps: SimulationResult[];
} {
  const index = programIndexFor(engine, session, implant, options.programIndex, options.posture);
  const steps: SimulationResult[] = [];
  for (let i = 0; i * options.stepMa <= options.maxMa + 1e-9; i++) {
    const amplitude = round(i * options.stepMa, 6);
    const result = resultFor(index, perceive(index, amplitude), session, options.programIndex, options.posture);
    steps.push(result);
    if (result.uncomfortable) break;
  }
  const first = steps[0] ?? resultFor(index, perceive(index, 0), session, options.programIndex, options.posture);
  return {
    thresholds: {
      programIndex: first.programIndex,
      posture: first.posture,
      perceptionThresholdMa: first.perceptionThresholdMa,
      comfortThresholdMa: first.comfortThresholdMa,
      discomfortThresholdMa: first.discomfortThresholdMa,
    },
    steps,
  };
}
