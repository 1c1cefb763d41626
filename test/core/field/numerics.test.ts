import { describe, expect, it } from 'vitest';
import { besselJInto } from '../../../src-core/field/bessel';
import { gaussOrderFor, lineIntegral, rectangleIntegral } from '../../../src-core/field/direct-shapes';
import { gaussLegendre } from '../../../src-core/field/gauss-legendre';

/** J_n(x) = (1/π)∫₀^π cos(nτ − x sin τ) dτ by the trapezoid rule on the periodic integrand (spectrally accurate). */
function besselByIntegral(n: number, x: number): number {
  const steps = Math.max(400, Math.ceil(4 * x) + 200);
  let sum = 0;
  for (let i = 0; i < steps; i += 1) {
    const tau = ((i + 0.5) * Math.PI) / steps;
    sum += Math.cos(n * tau - x * Math.sin(tau));
  }
  return sum / steps;
}

describe('Bessel functions J_n', () => {
  it('match the integral representation to 1e-13 across both regimes (Miller and asymptotic)', () => {
    const out = new Float64Array(41);
    for (const x of [0.01, 0.7, 3, 9.5, 29.9, 30.1, 45, 49.9, 50.1, 137.2, 2500.5]) {
      besselJInto(out, x, 40);
      for (const n of [0, 1, 2, 7, 16, 30, 40]) expect(Math.abs(out[n]! - besselByIntegral(n, x))).toBeLessThan(1e-13);
    }
  });

  it('give the textbook values J0(1) = 0.765198, J1(1) = 0.440051, J0(10) = −0.245936', () => {
    const out = besselJInto(new Float64Array(2), 1, 1);
    expect(out[0]).toBeCloseTo(0.7651976865579666, 14);
    expect(out[1]).toBeCloseTo(0.4400505857449335, 14);
    expect(besselJInto(new Float64Array(1), 10, 0)[0]).toBeCloseTo(-0.2459357644513483, 14);
  });

  it('are J0 = 1 and J_n = 0 at the origin', () => {
    expect(Array.from(besselJInto(new Float64Array(4), 0, 3))).toEqual([1, 0, 0, 0]);
  });
});

describe('Gauss–Legendre rules', () => {
  it('integrate x^(2n−2) exactly and have weights summing to 2', () => {
    for (const n of [1, 2, 5, 16, 20]) {
      const { nodes, weights } = gaussLegendre(n);
      let sum = 0;
      let moment = 0;
      for (let i = 0; i < n; i += 1) {
        sum += weights[i]!;
        moment += weights[i]! * nodes[i]! ** (2 * n - 2);
      }
      expect(sum).toBeCloseTo(2, 13);
      expect(moment).toBeCloseTo(2 / (2 * n - 1), 13);
    }
  });

  it('rejects a non-positive order', () => {
    expect(() => gaussLegendre(0)).toThrow(RangeError);
  });

  it('picks more points the closer the singularity, within 2…16', () => {
    expect(gaussOrderFor(3, 30)).toBe(2);
    expect(gaussOrderFor(3, 3)).toBe(4);
    expect(gaussOrderFor(3, 1)).toBe(8);
    expect(gaussOrderFor(3, 0.01)).toBe(16);
  });
});

describe('closed-form line and rectangle integrals of 1/R', () => {
  const midpoint2d = (x: number, y: number, z: number, w: number, l: number, m = 400): number => {
    let s = 0;
    for (let i = 0; i < m; i += 1) {
      for (let j = 0; j < m; j += 1) {
        const px = -w / 2 + ((i + 0.5) * w) / m;
        const py = -l / 2 + ((j + 0.5) * l) / m;
        s += 1 / Math.hypot(px - x, py - y, z);
      }
    }
    return (s * w * l) / (m * m);
  };

  it('line: matches the midpoint rule, on and off the axis', () => {
    for (const [a, p] of [
      [0, 1],
      [2.5, 0.7],
      [-6, 2],
    ] as const) {
      let s = 0;
      for (let i = 0; i < 20000; i += 1) s += 3 / 20000 / Math.hypot(p, a - (-1.5 + (3 * (i + 0.5)) / 20000));
      expect(lineIntegral(a, p, 3)).toBeCloseTo(s, 6);
    }
  });

  it('rectangle: matches a 400 × 400 midpoint rule above, beside and far from the face', () => {
    for (const [x, y, z] of [
      [0, 0, -1],
      [1.5, 3, -0.5],
      [-4, 1, -2],
      [10, -20, -3],
    ] as const) {
      const exact = rectangleIntegral(x, y, z, 2, 4);
      expect(Math.abs(exact / midpoint2d(x, y, z, 2, 4) - 1)).toBeLessThan(1e-5);
    }
  });

  it('rectangle: stays finite on the face itself and at its corners', () => {
    for (const [x, y] of [
      [0, 0],
      [1, 2],
      [-1, -2],
      [0.3, -1.9],
    ] as const)
      expect(Number.isFinite(rectangleIntegral(x, y, 0, 2, 4))).toBe(true);
    expect(rectangleIntegral(0, 0, 0, 2, 4)).toBeGreaterThan(rectangleIntegral(0, 0, -0.5, 2, 4));
  });
});
