import type { Dermatome, Side } from '../anatomy/dermatomes';
import type { Posture } from '../anatomy/patient-anatomy';
import type { FibreKind } from '../fibres/population';
import type { ResolvedImplant } from '../hardware/implant';
import { amplitudeAboveCeiling, type AmplitudeCeiling } from '../policy';
import { coverageOf, type Coverage } from '../perception/coverage';
import { describeSensation } from '../perception/patient-words';
import { perceive, sensationThresholds } from '../perception/perception';
import type { RecruitmentIndex } from '../perception/recruitment-index';
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
  const t = sensationThresholds(index);
  return {
    ...resolved,
    thresholds,
    effectiveMa,
    index,
    perceptionThresholdMa: finiteOrNull(t.perceptionMa),
    comfortThresholdMa: finiteOrNull(t.comfortMa),
    discomfortThresholdMa: finiteOrNull(t.discomfortMa),
  };
}

/**
 * The result at `amplitudeMa` of the target area (one recruitment query): where it is felt, how strongly, the
 * patient's words and the coverage of `painMap`.
 * @example simulateAt(configured, 4.5, session.patient.painMap).patientSays; // "I feel tingling down my left leg …"
 */
export function simulateAt(
  configured: ConfiguredSimulation,
  amplitudeMa: number,
  painMap: readonly PainRegion[] | undefined,
): SimulationResult {
  const sensation = perceive(configured.index, amplitudeMa);
  const { target } = configured;
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
    coverage: painMap && painMap.length > 0 ? coverageOf(sensation.regions, painMap) : null,
    uncomfortable: sensation.uncomfortable,
    patientSays: describeSensation(sensation),
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
  options: Omit<SimulationTarget, 'stimulationOn'> & { amplitudeMa?: number },
): SimulationResult {
  const { amplitudeMa, ...target } = options;
  const resolved = simulationSetupOf(session, implant, { ...target, stimulationOn: true });
  const amplitude = amplitudeMa ?? resolved.deliveredMa[target.areaIndex]!;
  // Refused before the physiology is configured (seconds), so a refusal is immediate.
  const problem = amplitudeAboveCeiling(resolved.ceiling, amplitude);
  if (problem) throw new RangeError(problem);
  return simulateAt(configureSetup(engine, resolved), amplitude, session.patient.painMap);
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
 * step — what a clinician records at a visit. The other areas deliver their amplitudes throughout.
 * @example titrateProgram(engine, session, implant, { programIndex: 0, areaIndex: 0, posture: 'supine', stepMa: 0.5 }).steps.length;
 */
export function titrateProgram(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  options: Omit<SimulationTarget, 'stimulationOn'> & { stepMa: number },
): { thresholds: TitrationSummary; steps: SimulationResult[] } {
  const { stepMa, ...target } = options;
  const configured = configureSimulation(engine, session, implant, { ...target, stimulationOn: true });
  const { maxMa, limitedBy } = configured.ceiling;
  const steps: SimulationResult[] = [];
  for (let i = 0; i * stepMa <= maxMa + 1e-9; i++) {
    const result = simulateAt(configured, round(i * stepMa, 6), session.patient.painMap);
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
