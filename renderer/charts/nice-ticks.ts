/** Steps a reader counts in: 1, 2, 2.5 and 5 times a power of ten. */
const NICE_MANTISSAS = [1, 2, 2.5, 5, 10];

/** The smallest nice step (1, 2, 2.5 or 5 × 10ⁿ) that fits the span into at most `count` intervals. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = NICE_MANTISSAS.find((m) => m * power >= raw * (1 - 1e-9)) ?? 10;
  return mantissa * power;
}

/**
 * Ticks from 0 to `max` at a nice step, so an axis reads 0, 200, 400, 600, 800 rather than 0, 201.5, … 806: the
 * axis may end past the last tick. `decimals` is how many the step needs (0.25 → 2).
 * @example niceTicks(806); // { ticks: [0, 200, 400, 600, 800], decimals: 0 }
 */
export function niceTicks(max: number, count = 5): { ticks: number[]; decimals: number } {
  const step = niceStep(max, count);
  const ticks: number[] = [];
  for (let k = 0; k * step <= max * (1 + 1e-9); k++) ticks.push(Number((k * step).toPrecision(12)));
  const decimals = String(Number(step.toPrecision(12))).split('.')[1]?.length ?? 0;
  return { ticks, decimals };
}
