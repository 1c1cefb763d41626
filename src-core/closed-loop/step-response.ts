/**
 * The closed loop on a still patient, update by update: what the trainee watches after choosing a gain. With the
 * loop gain above 2 the current and the ECAP swing from one update to the next and never settle.
 */
import { closedLoopUpdate, type ClosedLoopSettings, type OutputLimits } from './controller';
import type { CordState, EcapAmplitudeAt } from './cord-state';

/** ECAP and current at each update of a step response. */
export interface StepResponse {
  /** ECAP evoked at update n (µV). */
  readonly ecapUv: Float64Array;
  /** Current delivered at update n (mA). */
  readonly amplitudeMa: Float64Array;
}

/**
 * Runs the controller for `updates` updates with the cord held in `state`, from `startAmplitudeMa`.
 * @example closedLoopStepResponse(ecapAt, restingCordState('sitting'), { targetUv: 50, gainMaPerUv: 0.01 }, limits, 0, 200);
 */
export function closedLoopStepResponse(
  ecapAt: EcapAmplitudeAt,
  state: CordState,
  settings: ClosedLoopSettings,
  limits: OutputLimits,
  startAmplitudeMa: number,
  updates: number,
): StepResponse {
  const ecapUv = new Float64Array(updates);
  const amplitudeMa = new Float64Array(updates);
  let current = startAmplitudeMa;
  for (let n = 0; n < updates; n++) {
    amplitudeMa[n] = current;
    const evoked = ecapAt(state, current);
    ecapUv[n] = evoked;
    current = closedLoopUpdate(current, evoked, settings, limits).amplitudeMa;
  }
  return { ecapUv, amplitudeMa };
}

/** Whether a trace still swings about its target at its end. */
export interface OscillationMeasure {
  /** The error changes sign at most updates of the last quarter and swings by more than a tenth of the target. */
  readonly sustained: boolean;
  /** Peak-to-peak ECAP over the last quarter of the trace (µV). */
  readonly peakToPeakUv: number;
  /** Share of updates in the last quarter at which the error changed sign (0–1). */
  readonly signChangeFraction: number;
}

/**
 * Sustained-oscillation test on `ecapUv` about `targetUv`, over its last quarter. A settled loop has a tiny
 * peak-to-peak; a ringing one has decayed by then; an unstable one keeps alternating. The thresholds (half of the
 * updates changing sign, a swing above 10 % of the target) are what "visibly oscillating" means here [U].
 * @example oscillationOf(response.ecapUv, 50).sustained; // true for a loop gain of 2.5
 */
export function oscillationOf(ecapUv: ArrayLike<number>, targetUv: number): OscillationMeasure {
  const from = Math.floor((ecapUv.length * 3) / 4);
  let lo = Infinity;
  let hi = -Infinity;
  let changes = 0;
  for (let n = from; n < ecapUv.length; n++) {
    const v = ecapUv[n]!;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
    if (n > from && Math.sign(v - targetUv) * Math.sign(ecapUv[n - 1]! - targetUv) < 0) changes++;
  }
  const span = Math.max(1, ecapUv.length - from - 1);
  const peakToPeakUv = Number.isFinite(hi) ? hi - lo : 0;
  const signChangeFraction = changes / span;
  return { sustained: signChangeFraction >= 0.5 && peakToPeakUv > 0.1 * targetUv, peakToPeakUv, signChangeFraction };
}
