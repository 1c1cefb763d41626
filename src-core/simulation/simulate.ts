import type { Dermatome, Side } from '../anatomy/dermatomes';
import type { Posture } from '../anatomy/patient-anatomy';
import type { FibreKind } from '../fibres/population';
import type { ResolvedImplant } from '../hardware/implant';
import { amplitudeAboveCeiling, type AmplitudeCeiling } from '../policy';
import { coverageOf, type Coverage } from '../perception/coverage';
import { describeSensation } from '../perception/patient-words';
import { perceive, sensationThresholds } from '../perception/perception';
import { buildRecruitmentIndex, type RecruitmentIndex } from '../perception/recruitment-index';
import { temporalPatternOf, type SensationQuality, type TemporalPattern } from '../perception/temporal-pattern';
import { reliefOf, type Relief } from '../relief/relief';
import { dorsalHornNodeMask } from '../relief/dorsal-horn-reach';
import { FIELD_REACH_PULSE, paresthesiaFreeActionOf } from '../relief/relief-model';
import { describeRelief } from '../relief/relief-words';
import type { PainRegion, Session } from '../session/session';
import {
  effectiveThresholdsForArea,
  recruitmentIndexFor,
  type PhysiologyEngine,
  type ProgramThresholds,
  type StageListener,
} from './engine';
import { simulationSetupOf, type SimulationSetup, type SimulationTarget } from './simulation-setup';

/** Where and how strongly paresthesia is felt in one place, as results report it. */
export interface ParesthesiaPlace {
  readonly dermatome: Dermatome;
  readonly side: Side;
  /** 0 (just perceptible) … 1 (too strong), rounded to 3 decimals. */
  readonly intensity: number;
  readonly via: FibreKind;
}

/** What the physiology says about one program at one amplitude of its target area — the CLI's and the app's answer. */
export interface SimulationResult {
  readonly programIndex: number;
  readonly posture: Posture;
  /** The target area's amplitude (mA); the other areas deliver theirs. */
  readonly amplitudeMa: number;
  readonly perceptionThresholdMa: number | null;
  readonly comfortThresholdMa: number | null;
  readonly discomfortThresholdMa: number | null;
  readonly paresthesia: readonly ParesthesiaPlace[];
  /** Coverage of the pain drawing the result was computed with; null without one. */
  readonly coverage: Coverage | null;
  readonly uncomfortable: boolean;
  /** What the paresthesia is like at the program's rate (temporal-pattern.ts). */
  readonly quality: SensationQuality;
  /** Simulated time the program has run at these settings (min): relief builds with it. */
  readonly elapsedMin: number;
  /** Pain relief of the pain drawing (a teaching model, relief-model.ts); null without a pain drawing. */
  readonly relief: Relief | null;
  /** What the patient says: the sensation, then, once time has passed, the pain. */
  readonly patientSays: string;
}

/**
 * One target configured for amplitude queries: everything that does not depend on the target area's amplitude.
 * Effective thresholds are in mA of the target area: a fibre another area already recruits has threshold 0.
 */
export interface ConfiguredSimulation extends SimulationSetup {
  readonly thresholds: ProgramThresholds;
  readonly effectiveMa: Float64Array;
  readonly index: RecruitmentIndex;
  /** How the program's pulse train is felt in time. */
  readonly pattern: TemporalPattern;
  /**
   * The target area's fibres under the field-reach reference pulse, for the paresthesia-free relief dose; null when
   * the program relieves through paresthesia alone.
   */
  readonly fieldReach: RecruitmentIndex | null;
  /** Perception, comfort and discomfort thresholds of the target area (mA); null when never reached. */
  readonly perceptionThresholdMa: number | null;
  readonly comfortThresholdMa: number | null;
  readonly discomfortThresholdMa: number | null;
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Configures a session's program for simulation (the expensive path, cached by the engine): thresholds of every
 * area, with the other areas at their delivered amplitudes (sub-perception doses applied, 0 with stimulation off).
 * @example configureSimulation(engine, session, implant, { programIndex: 0, areaIndex: 0, posture: 'supine', stimulationOn: true });
 */
export function configureSimulation(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  target: SimulationTarget,
  onStage?: StageListener,
): ConfiguredSimulation {
  return configureSetup(engine, simulationSetupOf(session, implant, target), onStage);
}

/** configureSimulation for a target already resolved, so a caller can check the setup before the expensive part. */
function configureSetup(
  engine: PhysiologyEngine,
  resolved: SimulationSetup,
  onStage?: StageListener,
): ConfiguredSimulation {
  const { setup, deliveredMa, target } = resolved;
  const thresholds = engine.thresholdsFor(setup, onStage);
  const effectiveMa = effectiveThresholdsForArea(thresholds, setup.program, target.areaIndex, deliveredMa);
  const index = recruitmentIndexFor(thresholds, effectiveMa);
  const pattern = temporalPatternOf(setup.program);
  const t = sensationThresholds(index, pattern);
  const paresthesiaFree = paresthesiaFreeActionOf(setup.program, resolved.area.dosing.mode === 'subPerception');
  let fieldReach: RecruitmentIndex | null = null;
  if (paresthesiaFree) {
    const overDorsalHorn = dorsalHornNodeMask(thresholds.population, setup.patient);
    const reach = engine.areaThresholdsForPulse(setup, resolved.area, FIELD_REACH_PULSE, overDorsalHorn);
    fieldReach = buildRecruitmentIndex(reach.population, reach.thresholdsMa);
  }
  return {
    ...resolved,
    thresholds,
    effectiveMa,
    index,
    pattern,
    fieldReach,
    perceptionThresholdMa: finiteOrNull(t.perceptionMa),
    comfortThresholdMa: finiteOrNull(t.comfortMa),
    discomfortThresholdMa: finiteOrNull(t.discomfortMa),
  };
}

/**
 * The result at `amplitudeMa` of the target area (one recruitment query) after `elapsedMin` of simulated time at
 * these settings: where it is felt, how strongly, the coverage and relief of `painMap`, and the patient's words.
 * @example simulateAt(configured, 4.5, session.patient.painMap).patientSays; // "I feel tingling down my left leg …"
 */
export function simulateAt(
  configured: ConfiguredSimulation,
  amplitudeMa: number,
  painMap: readonly PainRegion[] | undefined,
  elapsedMin = 0,
): SimulationResult {
  if (!(elapsedMin >= 0) || !Number.isFinite(elapsedMin))
    throw new RangeError(`elapsed time must be a finite number of minutes ≥ 0, got ${elapsedMin}`);
  const sensation = perceive(configured.index, amplitudeMa, configured.pattern);
  const { target } = configured;
  const hasPain = painMap !== undefined && painMap.length > 0;
  const relief = hasPain
    ? reliefOf({
        program: configured.setup.program,
        subPerceptionDosing: configured.area.dosing.mode === 'subPerception',
        fieldReach: configured.fieldReach,
        amplitudeMa,
        felt: sensation.regions,
        painMap,
        elapsedMin,
      })
    : null;
  const reliefWords = relief ? describeRelief(relief) : null;
  const sensationWords = describeSensation(sensation);
  return {
    programIndex: target.programIndex,
    posture: target.posture,
    amplitudeMa,
    perceptionThresholdMa: configured.perceptionThresholdMa,
    comfortThresholdMa: configured.comfortThresholdMa,
    discomfortThresholdMa: configured.discomfortThresholdMa,
    paresthesia: sensation.regions.map((r) => ({
      dermatome: r.dermatome,
      side: r.side,
      intensity: round(r.intensity),
      via: r.via,
    })),
    coverage: hasPain ? coverageOf(sensation.regions, painMap) : null,
    uncomfortable: sensation.uncomfortable,
    quality: sensation.quality,
    elapsedMin,
    relief,
    patientSays: reliefWords ? `${sensationWords} ${reliefWords}` : sensationWords,
  };
}

/**
 * Simulates a session's program with stimulation on, at `amplitudeMa` of the target area (default: its delivered
 * amplitude) and the other areas at theirs. Throws a RangeError above the amplitude ceiling, before any physiology runs.
 * @example simulateProgram(engine, session, implant, { programIndex: 0, areaIndex: 0, posture: 'supine' }).patientSays;
 */
export function simulateProgram(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  options: Omit<SimulationTarget, 'stimulationOn'> & { amplitudeMa?: number; elapsedMin?: number },
): SimulationResult {
  const { amplitudeMa, elapsedMin, ...target } = options;
  const resolved = simulationSetupOf(session, implant, { ...target, stimulationOn: true });
  const amplitude = amplitudeMa ?? resolved.deliveredMa[target.areaIndex]!;
  // Refused before the physiology is configured (seconds), so a refusal is immediate.
  const problem = amplitudeAboveCeiling(resolved.ceiling, amplitude);
  if (problem) throw new RangeError(problem);
  return simulateAt(configureSetup(engine, resolved), amplitude, session.patient.painMap, elapsedMin ?? 0);
}

/** A titration's thresholds and the amplitude it stopped at. */
export interface TitrationSummary {
  readonly programIndex: number;
  readonly areaIndex: number;
  readonly posture: Posture;
  readonly perceptionThresholdMa: number | null;
  readonly comfortThresholdMa: number | null;
  readonly discomfortThresholdMa: number | null;
  /** The ceiling the sweep may not pass (mA) and which limit sets it. */
  readonly maxMa: number;
  readonly limitedBy: AmplitudeCeiling['limitedBy'];
}

/**
 * A titration of the target area: amplitude raised in `stepMa` steps from 0 until the patient finds it
 * uncomfortable or the amplitude ceiling (device and patient maximum) is reached, with coverage and words at each
 * step — what a clinician records at a visit; with `elapsedMin`, each step's relief is that after that long at it. The other areas deliver their amplitudes throughout.
 * @example titrateProgram(engine, session, implant, { programIndex: 0, areaIndex: 0, posture: 'supine', stepMa: 0.5 }).steps.length;
 */
export function titrateProgram(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  options: Omit<SimulationTarget, 'stimulationOn'> & { stepMa: number; elapsedMin?: number },
): { thresholds: TitrationSummary; steps: SimulationResult[] } {
  const { stepMa, elapsedMin, ...target } = options;
  const configured = configureSimulation(engine, session, implant, { ...target, stimulationOn: true });
  const { maxMa, limitedBy } = configured.ceiling;
  const steps: SimulationResult[] = [];
  for (let i = 0; i * stepMa <= maxMa + 1e-9; i++) {
    const result = simulateAt(configured, round(i * stepMa, 6), session.patient.painMap, elapsedMin ?? 0);
    steps.push(result);
    if (result.uncomfortable) break;
  }
  return {
    thresholds: {
      programIndex: target.programIndex,
      areaIndex: target.areaIndex,
      posture: target.posture,
      perceptionThresholdMa: configured.perceptionThresholdMa,
      comfortThresholdMa: configured.comfortThresholdMa,
      discomfortThresholdMa: configured.discomfortThresholdMa,
      maxMa,
      limitedBy,
    },
    steps,
  };
}
