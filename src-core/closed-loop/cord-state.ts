/**
 * Where the cord sits under the lead at one moment: the posture's resting position, a change of posture under way,
 * and a short displacement from a cough or the bounce of walking. This is all the closed loop needs to know about
 * the body; the ECAP model turns it into a growth curve (the function the replay is given).
 */
import { dcsfMmAt } from '../anatomy/canal';
import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import { mm, type Millimetres } from '../units';

/**
 * What the patient is doing: a posture held still, or walking (upright, with the gait bounce). Coughs are events
 * inside any activity (timeline-file.ts).
 */
export type Activity = 'supine' | 'prone' | 'sitting' | 'standing' | 'walking';
/**
 * Every activity, in the order the replay's trace indexes them.
 * @example ACTIVITIES[trace.activity[0]]; // 'sitting'
 */
export const ACTIVITIES: readonly Activity[] = ['supine', 'prone', 'sitting', 'standing', 'walking'];

/**
 * The posture (in the anatomy's sense: where the cord rests in the sac) that an activity holds.
 * @example postureOfActivity('walking'); // 'standing'
 */
export function postureOfActivity(activity: Activity): Posture {
  return activity === 'walking' ? 'standing' : activity;
}

/** A change of posture under way: the cord moves from `CordState.posture` towards `to`. */
export interface PostureTransition {
  readonly to: Posture;
  /** How far the cord has moved, 0 (still at rest in the old posture) to 1 (arrived). */
  readonly fraction: number;
}

/**
 * The cord's position at one moment, as the ECAP model needs it.
 * @example
 * const sittingStill: CordState = { posture: 'sitting', transition: null, dorsalShiftMm: mm(0) };
 */
export interface CordState {
  /** The posture the cord rests in (the one being left while `transition` is set). */
  readonly posture: Posture;
  /** A change of posture under way, or null. */
  readonly transition: PostureTransition | null;
  /**
   * Short displacement of the cord towards the dura (mm; + = dorsal, thinner dorsal CSF, lead closer) on top of
   * the posture's resting position: a cough, the bounce of each step.
   */
  readonly dorsalShiftMm: Millimetres;
}

/**
 * The ECAP (P2 − N1, µV) that `amplitudeMa` evokes with the cord in `state`; 0 below the ECAP threshold. The replay
 * calls it once per control step (3.6 million times in a 20-hour day at 50 Hz), so it should be a lookup in growth
 * curves computed beforehand, not a trace synthesis (see `tabulateEcapAmplitude`).
 */
export type EcapAmplitudeAt = (state: CordState, amplitudeMa: number) => number;

/**
 * The cord at rest in `posture`.
 * @example restingCordState('supine'); // { posture: 'supine', transition: null, dorsalShiftMm: 0 }
 */
export function restingCordState(posture: Posture): CordState {
  return { posture, transition: null, dorsalShiftMm: mm(0) };
}

/**
 * The thinnest dorsal CSF a displacement may leave (mm) [U]: the cord does not touch the dura in normal motion; the
 * floor only keeps a large cough on a thin-CSF level from giving a zero or negative thickness.
 */
export const MIN_DCSF_MM = mm(0.5);

/**
 * Dorsal CSF thickness under a lead at `axialMm` with the cord in `state` (mm): the anatomy's value for the posture
 * (src-core/anatomy/canal.ts, Holsheimer 1994), moved linearly between the two postures during a transition, less
 * the transient dorsal shift, never below MIN_DCSF_MM. The bridge from a cord state to the geometry the field sees.
 * @example dcsfMmOfCordState(restingCordState('supine'), axialMmOf({ level: 'T9', offsetMm: mm(10) }), NOMINAL_ANATOMY); // ≈ 5
 */
export function dcsfMmOfCordState(state: CordState, axialMm: Millimetres, patient: PatientAnatomy): Millimetres {
  const from = dcsfMmAt(axialMm, state.posture, patient);
  const resting =
    state.transition === null
      ? from
      : from + (dcsfMmAt(axialMm, state.transition.to, patient) - from) * state.transition.fraction;
  return mm(Math.max(MIN_DCSF_MM, resting - state.dorsalShiftMm));
}
