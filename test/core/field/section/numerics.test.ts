/** The building blocks of the 2.5-D solver against independent references. */
import { describe, expect, it } from 'vitest';
import { besselK0, fastBesselK0, scaledBesselKInto } from '../../../../src-core/field/section/bessel-k';
import { buildAxis } from '../../../../src-core/field/section/grid';
import { createPcgWorkspace, multiplyInto, solvePcgInto } from '../../../../src-core/field/section/pcg';
import { axialWeightsInto, buildWavenumberRule } from '../../../../src-core/field/section/wavenumbers';

/** eˣK_ν(x) by a fine midpoint rule on ∫₀^∞ exp(−x(cosh t − 1)) cosh(νt) dt (independent of the code's rule). */
function referenceScaledK(nu: number, x: number): number {
  let sum = 0;
  const h = 0.002;
  for (let t = h / 2; t < 30; t += h) {
    const exponent = x * (Math.cosh(t) - 1);
    if (exponent > 80) break;
    sum += Math.exp(-exponent) * Math.cosh(nu * t) * h;
  }
  return sum;
}

describe('modified Bessel functions K0 and K1', () => {
  it('match an independent quadrature to 1e−12 from x = 0.01 to 1000', () => {
    const out = new Float64Array(2);
    for (const x of [0.01, 0.1, 0.5, 1, 1.99, 2.01, 3, 5, 8, 13, 20, 50, 120, 400, 1000]) {
      scaledBesselKInto(out, x);
      expect(Math.abs(out[0]! / referenceScaledK(0, x) - 1)).toBeLessThan(1e-12);
      expect(Math.abs(out[1]! / referenceScaledK(1, x) - 1)).toBeLessThan(1e-12);
    }
  });

  it('has a fast K0 for the right-hand side within 2e−7 of the accurate one', () => {
    for (let x = 0.01; x < 60; x *= 1.07) expect(Math.abs(fastBesselK0(x) / besselK0(x) - 1)).toBeLessThan(2e-7);
  });

  it('gives the tabulated K0(1) = 0.4210244382 (Abramowitz & Stegun Table 9.8)', () => {
    expect(besselK0(1)).toBeCloseTo(0.4210244382, 9);
  });
});

describe('axial-wavenumber quadrature', () => {
  it('transforms the line-current field K0(kρ) back to the point source 1/(2r) within 3e−4, out to 120 mm', () => {
    const rule = buildWavenumberRule(1e-3, 60, Math.sqrt(10), 4);
    const w = new Float64Array(rule.kPerMm.length);
    for (const rho of [0.5, 1, 3, 10, 30]) {
      for (const dy of [0, 0.5, 2, 10, 50, 120]) {
        axialWeightsInto(w, rule, dy, 0);
        let v = 0;
        for (let j = 0; j < w.length; j += 1) v += w[j]! * besselK0(rule.kPerMm[j]! * rho);
        expect(Math.abs(v * 2 * Math.hypot(rho, dy) - 1)).toBeLessThan(3e-4);
      }
    }
  });

  it('includes a contact length through sinc(kL/2): the asinh line-source formula within 3e−4', () => {
    const rule = buildWavenumberRule(1e-3, 60, Math.sqrt(10), 4);
    const w = new Float64Array(rule.kPerMm.length);
    const length = 3;
    for (const rho of [0.5, 2, 10]) {
      for (const dy of [0, 1, 1.5, 4, 30]) {
        axialWeightsInto(w, rule, dy, length);
        let v = 0;
        for (let j = 0; j < w.length; j += 1) v += w[j]! * besselK0(rule.kPerMm[j]! * rho);
        const exact = (Math.asinh((length / 2 - dy) / rho) + Math.asinh((length / 2 + dy) / rho)) / (2 * length);
        expect(Math.abs(v / exact - 1)).toBeLessThan(3e-4);
      }
    }
  });
});

describe('wavenumber panels', () => {
  it('widen below the knee: 2 panels of ratio 10 under 0.1/mm, ratio √10 above, shared Lobatto ends', () => {
    const rule = buildWavenumberRule(1e-3, 10, Math.sqrt(10), 6, 0.1, 10);
    expect(rule.panels).toBe(6);
    expect(rule.kPerMm.length).toBe(6 * 6 + 1);
    expect(rule.kPerMm[0]).toBeCloseTo(1e-3, 12);
    expect(rule.kPerMm[12]).toBeCloseTo(0.1, 10);
    expect(rule.kPerMm[36]).toBeCloseTo(10, 8);
  });

  it('keeps the K0 → 1/(2r) transform within 3e−4 with the default panels of the solver', () => {
    const rule = buildWavenumberRule(1e-3, 60, Math.sqrt(10), 6, 0.1, 10);
    const w = new Float64Array(rule.kPerMm.length);
    for (const rho of [0.5, 3, 30])
      for (const dy of [0, 2, 50, 120]) {
        axialWeightsInto(w, rule, dy, 0);
        let v = 0;
        for (let j = 0; j < w.length; j += 1) v += w[j]! * besselK0(rule.kPerMm[j]! * rho);
        expect(Math.abs(v * 2 * Math.hypot(rho, dy) - 1)).toBeLessThan(3e-4);
      }
  });
});

describe('graded grid axis', () => {
  it('puts faces on the source and on every interface, with neighbouring cells within the growth ratio', () => {
    const zones = [{ fromMm: 0.675, toMm: 0.675, spacingMm: 0.05 }];
    const axis = buildAxis(-79.3, 80.7, 0.675, zones, 1.2, 8, [0, -0.3, -4.9]);
    for (const face of [0.675, 0, -0.3, -4.9, -79.3, 80.7]) expect(axis.facesMm).toContain(face);
    for (let i = 1; i < axis.cells; i += 1) {
      const ratio = (axis.facesMm[i + 1]! - axis.facesMm[i]!) / (axis.facesMm[i]! - axis.facesMm[i - 1]!);
      expect(Math.max(ratio, 1 / ratio)).toBeLessThan(2);
    }
  });
});

describe('two-level preconditioned conjugate gradients', () => {
  it('solves a nearly singular 5-point system with contrasting conductances to its tolerance', () => {
    const nx = 40;
    const nz = 33;
    const n = nx * nz;
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const east = new Float64Array(n);
    const north = new Float64Array(n);
    const diag = new Float64Array(n);
    for (let i = 0; i < nx; i += 1)
      for (let j = 0; j < nz; j += 1) {
        const p = i * nz + j;
        const g = random() < 0.3 ? 1.7 : 0.02; // CSF-like and bone-like faces
        if (i + 1 < nx) east[p] = g * (0.5 + random());
        if (j + 1 < nz) north[p] = g * (0.5 + random());
      }
    for (let p = 0; p < n; p += 1) {
      diag[p] = 1e-6 + east[p]! + north[p]! + (p >= nz ? east[p - nz]! : 0) + (p % nz !== 0 ? north[p - 1]! : 0);
    }
    const system = { nx, nz, diag, east, north };
    const b = Float64Array.from({ length: n }, () => random() - 0.5);
    const x = new Float64Array(n);
    solvePcgInto(system, b, x, createPcgWorkspace(nx, nz, 6), 1e-10, 5000);
    const ax = multiplyInto(system, x, new Float64Array(n));
    let residual = 0;
    let norm = 0;
    for (let p = 0; p < n; p += 1) {
      residual += (ax[p]! - b[p]!) ** 2;
      norm += b[p]! ** 2;
    }
    expect(Math.sqrt(residual / norm)).toBeLessThan(1e-9);
  });
});
