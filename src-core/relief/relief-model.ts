/**
 * The pain-relief TEACHING MODEL's assumptions, in one place (docs/physics.md, "Pain relief — a teaching model").
 * Unlike recruitment, relief is not computed from physics: the mechanisms of paresthesia-free SCS are debated, so
 * this model encodes what clinics observe, with its sources, and says so in the app.
 *
 * Two mechanisms act on each painful place (dermatome × side):
 * - paresthesia (gate control, Melzack & Wall 1965): where paresthesia is felt over the pain, relief grows with its
 *   intensity up to "comfortable", within minutes;
 * - paresthesia-free (dorsal-horn: 10 kHz, burst and sub-perception dosing; a proposed mechanism, reviewed for
 *   10 kHz in PMC8229652, 2021, and for FAST by Metzger 2021): relief grows with how close the field at that place's fibres
 *   comes to making them fire (the dose ratio: amplitude / the place's rheobase, the amplitude at which a long pulse
 *   fires its first fibre — a measure of the field there that does not depend on the program's own pulse, as the
 *   kHz mechanism is not the excitation of these fibres: Lempka 2015), and builds over a wash-in time — about a day for 10 kHz, burst and conventional sub-perception,
 *   minutes for a FAST-like program (tonic sub-perception at ≤ 130 Hz with symmetric active recharge).
 * Tonic programs at absolute amplitude act through paresthesia only, the way paresthesia-based SCS is taught.
 */
import type { PredictorPulse } from '../axon/predictor/calibration';
import type { Program } from '../program/types';
import { us } from '../units';

/** The long pulse whose threshold measures the field at a place: 1 ms monophasic, at rheobase for these fibres. */
export const FIELD_REACH_PULSE: PredictorPulse = {
  waveform: 'monophasic',
  pulseWidthUs: us(1000),
  polarity: 'cathodic',
};

/** Relief where comfortable paresthesia covers the pain: traditional SCS, ≈ 45–55 % mean reduction (Kapural 2015). */
export const PARESTHESIA_RELIEF_MAX = 0.5;
/** Relief of a fully dosed place under 10 kHz: ≈ 65–70 % mean reduction in SENZA-RCT (Kapural 2015). */
export const KILOHERTZ_RELIEF_MAX = 0.7;
/** Relief of a fully dosed place under burst or sub-perception tonic: between the two above [U]. */
export const SUB_PERCEPTION_RELIEF_MAX = 0.55;

/** Dose ratio (amplitude / rheobase) below which the field does nothing to the dorsal horn, and full effect [U]. */
export const DOSE_RATIO_ONSET = 0.3;
export const DOSE_RATIO_FULL = 0.7;

/** Half-time of paresthesia relief: gate-control relief is felt within minutes of paresthesia [U]. */
export const PARESTHESIA_HALF_TIME_MIN = 3;
/** Half-time of FAST-like sub-perception relief: onset 11.2 ± 1.9 min at 90 Hz (Metzger 2021). */
export const FAST_HALF_TIME_MIN = 11.2;
/** Half-time of 10 kHz, burst and conventional sub-perception relief: one day of wash-in [U]. */
export const WASH_IN_HALF_TIME_MIN = 24 * 60;
/** Highest tonic rate treated as FAST-like (Metzger 2021 used 90 Hz; 130 Hz is the top of the tonic range) [U]. */
export const FAST_MAX_RATE_HZ = 130;

/** How a program relieves pain where paresthesia is not felt, or null when it relies on paresthesia alone. */
export interface ParesthesiaFreeAction {
  readonly kind: 'kilohertz' | 'burst' | 'fastSubPerception' | 'subPerception';
  readonly reliefMax: number;
  readonly halfTimeMin: number;
}

/**
 * The paresthesia-free action of a program whose queried area delivers `subPerceptionDosing` or not.
 * @example paresthesiaFreeActionOf(hf10k, false)?.halfTimeMin; // 1440
 */
export function paresthesiaFreeActionOf(
  program: Pick<Program, 'paradigm' | 'rateHz'>,
  subPerceptionDosing: boolean,
): ParesthesiaFreeAction | null {
  const { paradigm } = program;
  if (paradigm.kind === 'highFrequency')
    return { kind: 'kilohertz', reliefMax: KILOHERTZ_RELIEF_MAX, halfTimeMin: WASH_IN_HALF_TIME_MIN };
  if (paradigm.kind === 'burst')
    return { kind: 'burst', reliefMax: SUB_PERCEPTION_RELIEF_MAX, halfTimeMin: WASH_IN_HALF_TIME_MIN };
  if (!subPerceptionDosing) return null;
  const fast = paradigm.recharge === 'active' && (program.rateHz as number) <= FAST_MAX_RATE_HZ;
  return fast
    ? { kind: 'fastSubPerception', reliefMax: SUB_PERCEPTION_RELIEF_MAX, halfTimeMin: FAST_HALF_TIME_MIN }
    : { kind: 'subPerception', reliefMax: SUB_PERCEPTION_RELIEF_MAX, halfTimeMin: WASH_IN_HALF_TIME_MIN };
}

/** Share (0–1) of the steady relief reached after `elapsedMin` with a half-time: 1 − 2^(−t / t½). */
export function washInFraction(elapsedMin: number, halfTimeMin: number): number {
  if (!(elapsedMin > 0)) return 0;
  return 1 - Math.pow(2, -elapsedMin / halfTimeMin);
}

/** Effect (0–1) of a dose ratio: none below onset, smooth rise to full. */
export function doseEffect(doseRatio: number): number {
  const x = Math.min(1, Math.max(0, (doseRatio - DOSE_RATIO_ONSET) / (DOSE_RATIO_FULL - DOSE_RATIO_ONSET)));
  return x * x * (3 - 2 * x);
}
