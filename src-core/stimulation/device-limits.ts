import type { Hertz, Microseconds, Milliamps } from '../units';
import { Hz, mA, us } from '../units';

/** An inclusive numeric range with the step a programmer moves in. */
export interface SteppedRange<T extends number> {
  readonly min: T;
  readonly max: T;
  readonly step: T;
}

/**
 * Output limits of a stimulator for one program: what a clinician programmer lets you set.
 * Values outside these are rejected with a message, never silently clipped.
 */
export interface DeviceLimits {
  readonly amplitudeMa: SteppedRange<Milliamps>;
  readonly pulseWidthUs: SteppedRange<Microseconds>;
  readonly rateHz: SteppedRange<Hertz>;
  readonly interphaseGapUs: SteppedRange<Microseconds>;
}

/**
 * Limits of a generic modern rechargeable SCS IPG in tonic mode (typical values, not one maker's).
 *
 * @example
 * GENERIC_TONIC_LIMITS.amplitudeMa.max; // 25.5
 */
export const GENERIC_TONIC_LIMITS: DeviceLimits = {
  amplitudeMa: { min: mA(0), max: mA(25.5), step: mA(0.1) }, // ≈0–25.5 mA in 0.1 mA steps, generic IPGs (scs-reference §3.3) [R]
  pulseWidthUs: { min: us(20), max: us(1000), step: us(10) }, // ≈20–1000 µs (Yearwood 2010: programmable up to 1000 µs)
  rateHz: { min: Hz(2), max: Hz(1200), step: Hz(1) }, // ≈2–1200 Hz tonic range of generic IPGs (scs-reference §3.3) [R]
  interphaseGapUs: { min: us(0), max: us(100), step: us(10) }, // typical; gap is fixed or small on most devices [U]
};

/** True when `value` lies on the step grid of `range` (within floating-point noise). */
export function isOnStep(value: number, range: SteppedRange<number>): boolean {
  const steps = (value - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/**
 * Moves `value` by `deltaSteps` steps of `range`, snapping to the grid and stopping at the limits.
 * This is for controls (arrow keys, +/- buttons); files and typed values are validated instead.
 *
 * @example
 * stepWithin(mA(3.4), GENERIC_TONIC_LIMITS.amplitudeMa, 1); // 3.5
 */
export function stepWithin<T extends number>(value: T, range: SteppedRange<T>, deltaSteps: number): T {
  const index = Math.round((value - range.min) / range.step) + deltaSteps;
  const maxIndex = Math.floor((range.max - range.min) / range.step + 1e-9);
  const clamped = Math.min(Math.max(index, 0), maxIndex);
  // Round to 6 decimals so 0.1-mA steps do not accumulate binary noise (3.5000000000000004).
  return (Math.round((range.min + clamped * range.step) * 1e6) / 1e6) as T;
}
