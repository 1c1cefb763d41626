/** An inclusive numeric range with the step a programmer moves in. */
export interface SteppedRange<T extends number> {
  readonly min: T;
  readonly max: T;
  readonly step: T;
}

/** True when `value` lies on the step grid of `range` (within floating-point noise). */
export function isOnStep(value: number, range: SteppedRange<number>): boolean {
  const steps = (value - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/**
 * Moves `value` by `deltaSteps` steps of `range`, snapping to the grid and stopping at the limits.
 * This is for controls (arrow keys, +/- buttons); files and typed values are validated instead, never clipped.
 *
 * @example
 * stepWithin(mA(3.4), { min: mA(0), max: mA(25.5), step: mA(0.1) }, 1); // 3.5
 */
export function stepWithin<T extends number>(value: T, range: SteppedRange<T>, deltaSteps: number): T {
  const index = Math.round((value - range.min) / range.step) + deltaSteps;
  const maxIndex = Math.floor((range.max - range.min) / range.step + 1e-9);
  const clamped = Math.min(Math.max(index, 0), maxIndex);
  // Round to 6 decimals so 0.1-mA steps do not accumulate binary noise (3.5000000000000004).
  return (Math.round((range.min + clamped * range.step) * 1e6) / 1e6) as T;
}
