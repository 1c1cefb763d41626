/**
 * The short movements of the cord on top of a posture: the swing of a cough and the bounce of walking, and how a
 * change of posture moves it from one resting position to the next. Shapes and sizes are teaching choices; the
 * scale is anchored on the measured motion of the cord with the heartbeat.
 */
import { mm, type Millimetres } from '../units';

/**
 * Peak dorsal displacement of the cord in a cough (mm) [U]: no measurement of the thoracic cord during a cough was
 * found; chosen at the scale of the cord's antero-posterior motion with each heartbeat, 1–1.5 mm peak (Figley &
 * Stroman 2007), which a cough's surge of CSF pressure is taken to match. Patients on fixed output feel coughs and
 * sneezes as jolts, which is what the swing shows.
 */
export const COUGH_PEAK_SHIFT_MM = mm(1);
/** Time from the start of a cough to its peak displacement (s) [U]: the expulsive phase of a cough is ≈0.3 s. */
export const COUGH_RISE_S = 0.15;
/** After this long (s) a cough's displacement is taken as over (below 1 % of its peak) [D] from the shape below. */
export const COUGH_DURATION_S = 1.2;

/** Cord bounce with each step while walking, peak (mm) [U]: a fraction of the heartbeat motion (Figley & Stroman 2007). */
export const GAIT_BOUNCE_MM = mm(0.3);
/** Steps per second while walking [R]: an adult cadence of ≈110 steps/min (typical 100–120). */
export const GAIT_STEP_HZ = 1.8;

/** Default time a change of posture takes (s) [R]: rising from a chair takes ≈1.5–3 s in healthy adults. */
export const DEFAULT_TRANSITION_S = 2;

/**
 * Dorsal displacement (mm) `sinceS` seconds after a cough began: an alpha function that peaks at
 * COUGH_PEAK_SHIFT_MM after COUGH_RISE_S and has decayed by COUGH_DURATION_S; 0 before the cough and after it.
 * @example coughShiftMm(COUGH_RISE_S); // 1
 */
export function coughShiftMm(sinceS: number): Millimetres {
  if (sinceS < 0 || sinceS >= COUGH_DURATION_S) return mm(0);
  const x = sinceS / COUGH_RISE_S;
  return mm(COUGH_PEAK_SHIFT_MM * x * Math.exp(1 - x));
}

/**
 * Dorsal displacement (mm) from the gait bounce `walkingS` seconds into a walk: a sinusoid at the step rate
 * starting at 0, ±GAIT_BOUNCE_MM.
 * @example gaitShiftMm(0.25 / GAIT_STEP_HZ); // 0.3 (a quarter step in)
 */
export function gaitShiftMm(walkingS: number): Millimetres {
  return mm(GAIT_BOUNCE_MM * Math.sin(2 * Math.PI * GAIT_STEP_HZ * walkingS));
}

/**
 * How far a change of posture has gone `sinceS` seconds after it began, over `durationS` (0 → 1, smooth at both
 * ends: the body accelerates and settles).
 * @example transitionFraction(1, 2); // 0.5
 */
export function transitionFraction(sinceS: number, durationS: number): number {
  if (durationS <= 0 || sinceS >= durationS) return 1;
  if (sinceS <= 0) return 0;
  const x = sinceS / durationS;
  return x * x * (3 - 2 * x);
}
