import { NOMINAL_ANATOMY, type Posture } from '../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../hardware/implant';
import { amplitudeCeilingOf, amplitudeStepMaOf, type AmplitudeCeiling } from '../policy';
import { deliveredAmplitudeMa } from '../program/dosing';
import type { Program, StimulationArea } from '../program/types';
import type { Session } from '../session/session';
import type { PhysiologySetup } from './engine';

/** A stable seed from the patient's id (FNV-1a), so one patient's fibres are the same at every visit. */
export function patientSeed(patientId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < patientId.length; i++) hash = Math.imul(hash ^ patientId.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** What is simulated: one area of one program, whose amplitude is then queried; the program's other areas deliver. */
export interface SimulationTarget {
  readonly programIndex: number;
  /** The area whose amplitude is varied (the app's active area; the CLI's `--area`). */
  readonly areaIndex: number;
  readonly posture: Posture;
  /** Off: the other areas deliver nothing either, so only the queried amplitude is felt. */
  readonly stimulationOn: boolean;
}

/** A session's program resolved for simulation: the physiology's inputs and the program's delivery rules. */
export interface SimulationSetup {
  readonly target: SimulationTarget;
  readonly setup: PhysiologySetup;
  readonly area: StimulationArea;
  readonly ceiling: AmplitudeCeiling;
  /**
   * What each area delivers (mA): its programmed amplitude or its sub-perception dose rounded to the step, 0 for
   * every area with stimulation off. The target's own entry is its default amplitude.
   */
  readonly deliveredMa: readonly number[];
}

/**
 * Resolves `target` in a session: the physiology setup (patient anatomy, seed from the patient's id) and the
 * amplitudes the areas deliver. Throws a RangeError for a program or area the session does not have.
 * @example simulationSetupOf(session, implant, { programIndex: 0, areaIndex: 0, posture: 'supine', stimulationOn: true }).deliveredMa; // [5]
 */
export function simulationSetupOf(
  session: Session,
  implant: ResolvedImplant,
  target: SimulationTarget,
): SimulationSetup {
  const program: Program | undefined = session.programs[target.programIndex];
  if (!program) throw new RangeError(`There is no program ${target.programIndex}.`);
  const area = program.areas[target.areaIndex];
  if (!area) throw new RangeError(`Program ${target.programIndex} has no area ${target.areaIndex}.`);
  // The paradigm's amplitude step rounds sub-perception doses.
  const amplitudeStepMa = amplitudeStepMaOf(implant.ipg, program);
  return {
    target,
    setup: {
      implant,
      program,
      patient: session.patient.anatomy ?? NOMINAL_ANATOMY,
      posture: target.posture,
      seed: patientSeed(session.patient.id),
    },
    area,
    ceiling: amplitudeCeilingOf(implant.ipg, program),
    deliveredMa: program.areas.map((a) => (target.stimulationOn ? deliveredAmplitudeMa(a, amplitudeStepMa) : 0)),
  };
}
