import { describe, expect, it } from 'vitest';
import { electricFieldInto, halfMaximumExtentsMm } from '../../../src-core/field/field-metrics';
import { potentialAtInto } from '../../../src-core/field/unit-field-eval';
import { homogeneousMv, tableFor, uniformStack } from './helpers';

describe('electric field E = −∇V', () => {
  it('matches the homogeneous point source E = I r̂ /(4πσr²) within 0.2 %, including next to layer interfaces', () => {
    const sigma = 0.3;
    const field = tableFor(uniformStack(sigma), 0.675, { dorsalLimitMm: 21, ventralLimitMm: -21 });
    const points = [
      [0, 0, -1],
      [1, 2, -0.3],
      [0, 0, -0.30001],
      [2, -1, -3.3],
      [4, 4, -6.29999],
      [0, 5, 3],
    ] as const;
    const n = points.length;
    const [ex, ey, ez] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    const xs = Float64Array.from(points, (p) => p[0]);
    const ys = Float64Array.from(points, (p) => p[1]);
    const zs = Float64Array.from(points, (p) => p[2]);
    electricFieldInto(ex, ey, ez, (o, a, b, c, m) => potentialAtInto(o, field, a, b, c, m), field.stack, xs, ys, zs, n);
    points.forEach(([x, y, z], i) => {
      const r = Math.hypot(x, y, z - 0.675);
      const magnitude = homogeneousMv(sigma, r) / r; // mV/mm = V/m, pointing away from the source
      const exact = [(magnitude * x) / r, (magnitude * y) / r, (magnitude * (z - 0.675)) / r];
      const error = Math.hypot(ex[i]! - exact[0]!, ey[i]! - exact[1]!, ez[i]! - exact[2]!);
      expect(error / magnitude).toBeLessThan(2e-3); // derivative of the interpolated table: ≈0.1 % next to interfaces
    });
  });
});

describe('half-maximum extents', () => {
  it('interpolates where |values| first falls to half its peak on each side', () => {
    expect(halfMaximumExtentsMm(Float64Array.of(-2, -1, 0, 1, 2), Float64Array.of(0.1, 0.5, 1, 0.5, 0.1), 5)).toEqual({
      before: 1,
      after: 1,
    });
    expect(halfMaximumExtentsMm(Float64Array.of(0, 1, 2, 3), Float64Array.of(-4, -3, -1, 0), 4)).toEqual({
      before: Number.NaN,
      after: 1.5,
    });
  });
});
