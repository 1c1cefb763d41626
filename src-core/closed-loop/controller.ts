/**
 * The closed-loop controller, vendor-neutral: each update (at every pulse, as Evoke does, or at up to 50 Hz, as
 * Inceptiv does; Mekhail 2020, Medtronic Inceptiv labelling) measures the ECAP and moves the current by the gain
 * times the error, a discrete integrator:
 *
 *   I[n+1] = clamp(I[n] + K·(target − ECAP[n]), 0, min(patient maximum, compliance limit)).
 *
 * With a growth-curve slope S (µV/mA) at the operating point the loop gain is g = K·S: the error shrinks by a
 * factor (1 − g) per update, so the loop settles without overshoot for 0 < g ≤ 1, rings for 1 < g < 2 and
 * oscillates for g ≥ 2 (standard discrete control). S changes with posture, so g does too.
 */
import type { CordState, EcapAmplitudeAt } from './cord-state';

/** The closed loop's two settings. */
export interface ClosedLoopSettings {
  /** ECAP to hold (µV, P2 − N1), e.g. 50 µV (EVOKE example target, Mekhail 2020). */
  readonly targetUv: number;
  /** K: current change per µV of error (mA/µV). */
  readonly gainMaPerUv: number;
}

/** What bounds the output current. */
export interface OutputLimits {
  /** The program's patient maximum (mA). */
  readonly patientMaxMa: number;
  /**
   * The largest current the output can drive through the present load (mA): the IPG's compliance voltage divided by
   * the load impedance (`complianceLimitMaOf`). Above it the device cannot deliver what it is asked for.
   */
  readonly complianceLimitMa: number;
}

/** Why the output is not what the controller asked for. */
export type OutputLimitedBy = 'none' | 'patient-maximum' | 'compliance' | 'zero';

/** One update of the controller. */
export interface ControllerUpdate {
  /** The current delivered at the next pulse (mA). */
  readonly amplitudeMa: number;
  /** What the integrator asked for before the limits (mA). */
  readonly requestedMa: number;
  readonly limitedBy: OutputLimitedBy;
  /** The request is above what the output can drive: the device raises its out-of-compliance alert. */
  readonly outOfCompliance: boolean;
}

/**
 * The largest current the output can drive (mA) through `loadOhm` at `complianceV`.
 * @example complianceLimitMaOf(12, 1000); // 12
 */
export function complianceLimitMaOf(complianceV: number, loadOhm: number): number {
  return loadOhm > 0 ? (complianceV / loadOhm) * 1000 : Infinity;
}

/**
 * `requestedMa` held within `limits`: never below 0, never above the patient maximum or the compliance limit. The
 * alert is raised when the request, after the patient maximum, is more than the output can drive.
 * @example limitOutput(9, { patientMaxMa: 8, complianceLimitMa: 12 }); // { amplitudeMa: 8, limitedBy: 'patient-maximum', … }
 */
export function limitOutput(requestedMa: number, limits: OutputLimits): ControllerUpdate {
  const afterPatient = Math.min(requestedMa, limits.patientMaxMa);
  const outOfCompliance = afterPatient > limits.complianceLimitMa;
  if (requestedMa <= 0) return { amplitudeMa: 0, requestedMa, limitedBy: 'zero', outOfCompliance: false };
  if (outOfCompliance)
    return { amplitudeMa: limits.complianceLimitMa, requestedMa, limitedBy: 'compliance', outOfCompliance };
  if (requestedMa > limits.patientMaxMa)
    return { amplitudeMa: limits.patientMaxMa, requestedMa, limitedBy: 'patient-maximum', outOfCompliance };
  return { amplitudeMa: requestedMa, requestedMa, limitedBy: 'none', outOfCompliance };
}

/**
 * One controller update: from the current delivered at this pulse and the ECAP it evoked, the current of the next.
 * @example closedLoopUpdate(4, 40, { targetUv: 50, gainMaPerUv: 0.01 }, limits).amplitudeMa; // 4.1
 */
export function closedLoopUpdate(
  amplitudeMa: number,
  measuredEcapUv: number,
  settings: ClosedLoopSettings,
  limits: OutputLimits,
): ControllerUpdate {
  return limitOutput(amplitudeMa + settings.gainMaPerUv * (settings.targetUv - measuredEcapUv), limits);
}

/**
 * Current step for the growth-curve slope (mA) [U]: a few amplitude steps (0.1 mA), wide enough to bridge the small
 * steps a sampled fibre population puts in the model's growth curve (each sampled fibre stands for several real
 * ones), so the slope is the one the loop sees over its own swing; still narrow against the curve's bend.
 */
export const SLOPE_STEP_MA = 0.25;

/**
 * Slope of the growth curve at `amplitudeMa` with the cord in `state` (µV/mA): the steeper of the two one-sided
 * differences, so at the ECAP threshold it is the slope just above it (what decides whether the loop is stable).
 * @example growthSlopeUvPerMa(ecapAt, restingCordState('sitting'), 4); // ≈ 57 on the test model
 */
export function growthSlopeUvPerMa(ecapAt: EcapAmplitudeAt, state: CordState, amplitudeMa: number): number {
  const h = SLOPE_STEP_MA;
  const here = ecapAt(state, amplitudeMa);
  const up = (ecapAt(state, amplitudeMa + h) - here) / h;
  const down = amplitudeMa >= h ? (here - ecapAt(state, amplitudeMa - h)) / h : up;
  return Math.max(up, down, 0);
}

/**
 * Loop gain g = K × growth slope (dimensionless) at `amplitudeMa` with the cord in `state`: the number to show the
 * trainee beside the gain (stable for 0 < g < 2, fastest without overshoot near 1).
 * @example loopGainAt(ecapAt, restingCordState('supine'), 3.5, 0.01); // ≈ 0.9 on the test model
 */
export function loopGainAt(
  ecapAt: EcapAmplitudeAt,
  state: CordState,
  amplitudeMa: number,
  gainMaPerUv: number,
): number {
  return gainMaPerUv * growthSlopeUvPerMa(ecapAt, state, amplitudeMa);
}

/** How a loop with gain g behaves: settles, rings (overshoots and settles) or oscillates. */
export type LoopBehaviour = 'no-response' | 'settles' | 'rings' | 'oscillates';

/**
 * The behaviour a loop gain implies for a locally linear growth curve: the error is multiplied by (1 − g) at each
 * update. 0 means the ECAP does not respond (below threshold): the integrator only climbs.
 * @example loopBehaviourOf(2.5); // 'oscillates'
 */
export function loopBehaviourOf(loopGain: number): LoopBehaviour {
  if (loopGain <= 0) return 'no-response';
  if (loopGain <= 1) return 'settles';
  if (loopGain < 2) return 'rings';
  return 'oscillates';
}
