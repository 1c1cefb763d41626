import type { Microcoulombs, Microseconds, Milliamps } from '../units';
import { mA, uC } from '../units';

/**
 * A stretch of constant current, `startUs`–`endUs` from the start of the synthesised interval.
 * Sign convention of the whole module: current leaving the electrode into the tissue is positive (anodic),
 * current entering the electrode from the tissue is negative (cathodic).
 */
export interface FlatSegment {
  readonly kind: 'flat';
  readonly startUs: Microseconds;
  readonly endUs: Microseconds;
  readonly currentMa: Milliamps;
}

/** A decaying exponential: `currentMa` at `startUs`, falling as exp(−(t − startUs)/tauUs) until `endUs`. */
export interface ExponentialSegment {
  readonly kind: 'exponential';
  readonly startUs: Microseconds;
  readonly endUs: Microseconds;
  readonly currentMa: Milliamps;
  readonly tauUs: Microseconds;
}

/**
 * One analytic piece of an electrode's current waveform (same shape as the older `PulseSegment`, so code written
 * for it reads these too). Segments are exact, so charge balance is checked by integration, not sampling.
 */
export type WaveformSegment = FlatSegment | ExponentialSegment;

/**
 * 1 − exp(−x), accurate for small x. Shared by charge and amplitude so they agree to the last bit that can agree.
 *
 * @example
 * oneMinusExpNeg(3); // 0.9502
 */
export function oneMinusExpNeg(x: number): number {
  return -Math.expm1(-x);
}

/**
 * Charge carried by one segment (µC), signed (positive = anodic); analytic for both shapes.
 *
 * @example
 * segmentChargeUc({ kind: 'flat', startUs: us(0), endUs: us(300), currentMa: mA(-2) }); // -0.6
 */
export function segmentChargeUc(segment: WaveformSegment): Microcoulombs {
  const durationUs = segment.endUs - segment.startUs;
  if (segment.kind === 'flat') return uC((segment.currentMa * durationUs) / 1000);
  return uC((segment.currentMa * segment.tauUs * oneMinusExpNeg(durationUs / segment.tauUs)) / 1000);
}

/**
 * Current of a segment at `tUs` (µs from the interval start; meant for times inside the segment).
 *
 * @example
 * segmentCurrentAtMa({ kind: 'exponential', startUs: us(0), endUs: us(1200), currentMa: mA(1), tauUs: us(400) }, 400); // 0.3679
 */
export function segmentCurrentAtMa(segment: WaveformSegment, tUs: number): Milliamps {
  if (segment.kind === 'flat') return segment.currentMa;
  return mA(segment.currentMa * Math.exp(-(tUs - segment.startUs) / segment.tauUs));
}
