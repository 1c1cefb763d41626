import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks } from '../../../renderer/charts/nice-ticks';

describe('nice axis ticks', () => {
  it('reads 0, 200 … 800 for an 806 µs burst and whole thousands for a 13 260 µs train', () => {
    expect(niceTicks(806)).toEqual({ ticks: [0, 200, 400, 600, 800], decimals: 0 });
    expect(niceTicks(13_260).ticks).toEqual([0, 5000, 10_000]);
    expect(niceTicks(13_260, 8).ticks).toEqual([0, 2000, 4000, 6000, 8000, 10_000, 12_000]);
  });

  it('steps in 1, 2, 2.5 or 5 × 10ⁿ and gives the decimals the step needs', () => {
    expect(niceStep(1.7, 5)).toBe(0.5);
    expect(niceTicks(1.7)).toEqual({ ticks: [0, 0.5, 1, 1.5], decimals: 1 });
    expect(niceTicks(0.9)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8], decimals: 1 });
    expect(niceTicks(1)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 1 });
    expect(niceTicks(0.1).decimals).toBe(2);
    expect(niceTicks(0.12).decimals).toBe(3); // 0.025 steps
  });

  it('copes with an empty span', () => {
    expect(niceTicks(0).ticks).toEqual([0]);
  });
});
