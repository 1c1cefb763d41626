import { REFRACTORY_PERIOD_TABLE } from '../axon/refractory-table';
import { periodUs } from '../program/timing';
import type { Program } from '../program/types';

/**
 * How the pulse train is felt in time (docs/physics.md, "Rate in perception"):
 * - a recruited fibre fires once per pulse up to its refractory limit: pulses closer than the MRG refractory
 *   period (refractory-table.ts, measured by tools/axon/measure-refractory.ts) are followed every k-th pulse;
 * - at constant recruitment, the felt intensity grows with the logarithm of the impulse rate the fibres carry
 *   (Gmel 2021: higher frequency, stronger sensation at a smaller ECAP): the rate acts like a factor
 *   (rate / REFERENCE_RATE_HZ)^RATE_EXPONENT on the number of fibres firing, above the perception count only —
 *   so the perception threshold itself moves with rate only through the cable model (refractoriness, burst
 *   summation), as the fibre count at perception is a fixed physiological number (Feirabend 2002);
 * - the sensation's quality follows the impulse rate: tapping at a few Hz, pulsing, tingling at tonic rates,
 *   smoother at hundreds of Hz; a burst is felt as a flutter.
 */

/** Impulse rate at which the rate factor is 1: the middle of the clinical tonic range 30–120 Hz [U]. */
export const REFERENCE_RATE_HZ = 50;
/** Exponent of the rate factor on the fibre count (Gmel 2021 give the direction and log shape, not a number) [U]. */
export const RATE_EXPONENT = 0.5;
/** Diameter whose refractory period limits following: a mid-size recruited dorsal-column fibre [U]. */
const FOLLOWING_DIAMETER_UM = 10;

/** What the sensation is like, from the impulse rate the fibres carry. */
export type SensationQuality = 'tapping' | 'pulsing' | 'tingling' | 'smooth' | 'humming' | 'flutter';

/** Upper impulse rate (Hz, exclusive) of each quality of a regular train, patients' descriptions [U]. */
const QUALITY_BANDS: readonly (readonly [number, SensationQuality])[] = [
  [10, 'tapping'],
  [30, 'pulsing'],
  [150, 'tingling'],
  [500, 'smooth'],
  [Number.POSITIVE_INFINITY, 'humming'],
];

/** The time course of a program as perception needs it. */
export interface TemporalPattern {
  /** Pulses delivered per second (burst: bursts × pulses per burst). */
  readonly pulseRateHz: number;
  /** Impulses per second a recruited fibre carries: the pulse rate, limited by the refractory period. */
  readonly impulseRateHz: number;
  readonly quality: SensationQuality;
  /** Factor on the number of fibres firing above the perception count (1 at REFERENCE_RATE_HZ). */
  readonly countFactor: number;
}

/** The pattern of REFERENCE_RATE_HZ tonic stimulation: factor 1, "tingling" — what perception assumes by default. */
export const REFERENCE_PATTERN: TemporalPattern = {
  pulseRateHz: REFERENCE_RATE_HZ,
  impulseRateHz: REFERENCE_RATE_HZ,
  quality: 'tingling',
  countFactor: 1,
};

/** MRG refractory period (ms) at a diameter, linear between the measured diameters. */
export function refractoryPeriodMsAt(diameterUm: number): number {
  const table = REFRACTORY_PERIOD_TABLE;
  if (diameterUm <= table[0]![0]) return table[0]![1];
  for (let i = 1; i < table.length; i++) {
    const [d1, t1] = table[i]!;
    const [d0, t0] = table[i - 1]!;
    if (diameterUm <= d1) return t0 + ((t1 - t0) * (diameterUm - d0)) / (d1 - d0);
  }
  return table[table.length - 1]![1];
}

/** Pulses a fibre skips between two it follows: 1 when the period exceeds the refractory period. */
function followEvery(periodMs: number, refractoryMs: number): number {
  return Math.max(1, Math.ceil(refractoryMs / periodMs - 1e-9));
}

/**
 * The temporal pattern of a program's pulses.
 * @example temporalPatternOf(program40Hz).quality; // 'tingling'; at 200 Hz: 'smooth', countFactor 2
 */
export function temporalPatternOf(program: Pick<Program, 'paradigm' | 'rateHz'>): TemporalPattern {
  const refractoryMs = refractoryPeriodMsAt(FOLLOWING_DIAMETER_UM);
  const rate = program.rateHz as number;
  let pulseRateHz: number;
  let impulseRateHz: number;
  if (program.paradigm.kind === 'burst') {
    const { pulsesPerBurst, intraBurstRateHz } = program.paradigm;
    const every = followEvery(periodUs(intraBurstRateHz) / 1000, refractoryMs);
    pulseRateHz = rate * pulsesPerBurst;
    impulseRateHz = rate * Math.ceil(pulsesPerBurst / every);
  } else {
    pulseRateHz = rate;
    impulseRateHz = rate / followEvery(periodUs(program.rateHz) / 1000, refractoryMs);
  }
  const quality =
    program.paradigm.kind === 'burst' ? 'flutter' : QUALITY_BANDS.find(([upper]) => impulseRateHz < upper)![1];
  return { pulseRateHz, impulseRateHz, quality, countFactor: (impulseRateHz / REFERENCE_RATE_HZ) ** RATE_EXPONENT };
}
