/**
 * The amplitude of one configuration: after the configuration is built once (the expensive part), every amplitude
 * of the usage range is one cheap query (`simulateAt`), ranked by the goal's merit; the best that is valid and
 * safe wins. Paresthesia programs stay in the usage range (comfortable, below discomfort); a paresthesia-free goal
 * stays below perception.
 */
import type { Posture } from '../../anatomy/patient-anatomy';
import { programEnergy, type ProgramEnergy } from '../../energy/program-energy';
import type { ResolvedImplant } from '../../hardware/implant';
import type { ImpedanceModel } from '../../impedance/model';
import { amplitudeStepMaOf } from '../../policy';
import { blockingFindings } from '../../programming/device-save';
import type { Program } from '../../program/types';
import { validateProgram } from '../../program/validate';
import type { Session } from '../../session/session';
import type { PhysiologyEngine } from '../../simulation/engine';
import { configureSimulation, simulateAt, type SimulationResult } from '../../simulation/simulate';
import { mA } from '../../units';
import { compareMerit, meritOf, type AssistantGoal, type ProgramMerit } from './goal';

/** Most amplitudes queried per configuration; a wider range is walked in coarser multiples of the device step [U] keeps a sweep under a few ms. */
export const MAX_AMPLITUDES_PER_CONFIGURATION = 60;

/** A configuration at its best amplitude, with what the patient feels there. */
export interface SweptConfiguration {
  readonly program: Program;
  readonly result: SimulationResult;
  readonly energy: ProgramEnergy;
  readonly merit: ProgramMerit;
  readonly perceptionMa: number | null;
  readonly comfortMa: number | null;
  readonly discomfortMa: number | null;
}

/** What a sweep needs besides the program: the case's session, its implant, the goal and the energy model. */
export interface SweepContext {
  readonly engine: PhysiologyEngine;
  readonly session: Session;
  readonly implant: ResolvedImplant;
  readonly goal: AssistantGoal;
  readonly energyModel: ImpedanceModel;
}

const withProgram = (session: Session, program: Program): Session => ({
  ...session,
  programs: [program],
  devicePrograms: [program],
  activeProgram: 0,
});

const atAmplitude = (program: Program, amplitudeMa: number): Program => ({
  ...program,
  areas: program.areas.map((a, i) => (i === 0 ? { ...a, amplitudeMa: mA(amplitudeMa) } : a)),
});

/** The amplitudes of [lowMa, highMa] on the device's grid, at most MAX_AMPLITUDES_PER_CONFIGURATION of them. */
function amplitudeGrid(lowMa: number, highMa: number, stepMa: number): number[] {
  const first = Math.ceil(lowMa / stepMa - 1e-9);
  const last = Math.floor(highMa / stepMa + 1e-9);
  if (last < first) return [];
  const stride = Math.max(1, Math.ceil((last - first + 1) / MAX_AMPLITUDES_PER_CONFIGURATION));
  const out: number[] = [];
  for (let k = first; k <= last; k += stride) out.push(Math.round(k * stepMa * 1000) / 1000);
  return out;
}

/**
 * `program` (its first area's amplitude ignored) configured once in `posture` as device program `programIndex` of
 * the goal, every amplitude of its usage range queried, and the best valid, safe one returned; null when no
 * amplitude is usable (never comfortable, or perceived below any paresthesia-free dose).
 * @example sweepConfiguration(context, program, 'supine', 0)?.program.areas[0].amplitudeMa;
 */
export function sweepConfiguration(
  context: SweepContext,
  program: Program,
  posture: Posture,
  programIndex: number,
): SweptConfiguration | null {
  const { engine, session, implant, goal, energyModel } = context;
  const configured = configureSimulation(engine, withProgram(session, program), implant, {
    programIndex: 0,
    areaIndex: 0,
    posture,
    stimulationOn: true,
  });
  const stepMa = amplitudeStepMaOf(implant.ipg, program);
  const ceilingMa = configured.ceiling.maxMa;
  const { perceptionThresholdMa: pt, comfortThresholdMa: comfort, discomfortThresholdMa: discomfort } = configured;
  // Below discomfort by a step; below perception by a step for a paresthesia-free goal.
  const [lowMa, highMa] = goal.paresthesiaFree
    ? [stepMa, Math.min(ceilingMa, (pt ?? Number.POSITIVE_INFINITY) - stepMa)]
    : comfort === null
      ? [1, 0]
      : [comfort, Math.min(ceilingMa, (discomfort ?? Number.POSITIVE_INFINITY) - stepMa)];
  const ranked: { amplitudeMa: number; result: SimulationResult; energy: ProgramEnergy; merit: ProgramMerit }[] = [];
  for (const amplitudeMa of amplitudeGrid(lowMa, highMa, stepMa)) {
    const result = simulateAt(configured, amplitudeMa, session.patient.painMap, goal.afterMin);
    const energy = programEnergy(energyModel, atAmplitude(program, amplitudeMa), programIndex);
    ranked.push({ amplitudeMa, result, energy, merit: meritOf(goal, programIndex, result, energy) });
  }
  // Best first; equal merit keeps the lower amplitude (the grid's order), so the choice is deterministic.
  ranked.sort((a, b) => compareMerit(b.merit, a.merit));
  for (const r of ranked) {
    const candidate = atAmplitude(program, r.amplitudeMa);
    if (validateProgram(candidate, implant).length > 0) continue;
    if (blockingFindings(withProgram(session, candidate), implant).length > 0) continue;
    return {
      program: candidate,
      result: r.result,
      energy: r.energy,
      merit: r.merit,
      perceptionMa: pt,
      comfortMa: comfort,
      discomfortMa: discomfort,
    };
  }
  return null;
}
