import { describe, expect, it } from 'vitest';
import { restoreInto, snapshot, stepInto } from '../../../src-core/axon/cable-solver';
import {
  E_K_MV,
  E_LEAK_MV,
  E_NA_MV,
  G_KS_S_PER_CM2,
  G_LEAK_S_PER_CM2,
  G_NAF_S_PER_CM2,
  G_NAP_S_PER_CM2,
} from '../../../src-core/axon/mrg-channels';
import { E_PAS_MV } from '../../../src-core/axon/mrg-electrical';
import { CompartmentKind } from '../../../src-core/axon/mrg-geometry';
import type { MrgFibre } from '../../../src-core/axon/mrg-fibre';
import { makeFibre, pointProfile } from './helpers';

/** Dense Gaussian elimination with partial pivoting (test oracle). */
function solveDense(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = c + 1; r < n; r += 1) {
      const f = a[r]![c]! / a[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k < n; k += 1) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k += 1) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/**
 * One backward-Euler step of the double cable written directly from Kirchhoff's laws, unknowns
 * (Vi, Vp) of every compartment, nodal gates frozen: returns the new membrane potentials.
 */
function denseStep(fibre: MrgFibre, ve: Float64Array, dtMs: number): Float64Array {
  const { layout, electrical: e, workspace: ws } = fibre;
  const n = layout.compartmentCount;
  const a = Array.from({ length: 2 * n }, () => new Array<number>(2 * n).fill(0));
  const b = new Array<number>(2 * n).fill(0);
  const I = (k: number): number => k; // Vi index
  const P = (k: number): number => n + k; // Vp index
  for (let k = 0; k < n; k += 1) {
    // Membrane: C/dt·(Vm − Vm_old) + G·Vm − G·E, Vm = Vi − Vp.
    let g: number;
    let gE: number;
    if (layout.kind[k] === CompartmentKind.Node) {
      const j = layout.nodeCompartment.indexOf(k);
      const area = e.membraneAreaCm2[k]! * 1e6;
      const gNa = (G_NAF_S_PER_CM2 * ws.m[j]! ** 3 * ws.h[j]! + G_NAP_S_PER_CM2 * ws.mp[j]! ** 3) * area;
      const gK = G_KS_S_PER_CM2 * ws.s[j]! * area;
      const gL = G_LEAK_S_PER_CM2 * area;
      g = gNa + gK + gL;
      gE = gNa * E_NA_MV + gK * E_K_MV + gL * E_LEAK_MV;
    } else {
      g = e.membraneConductanceUs[k]!;
      gE = g * E_PAS_MV;
    }
    const c = e.membraneCapacitanceNf[k]! / dtMs;
    // Row Vi: membrane current out of the axoplasm plus axial currents = 0.
    a[I(k)]![I(k)]! += c + g;
    a[I(k)]![P(k)]! -= c + g;
    b[I(k)]! += c * ws.vmMv[k]! + gE;
    for (const [nb, link] of [
      [k - 1, k - 1],
      [k + 1, k],
    ] as const) {
      if (nb < 0 || nb >= n) continue;
      a[I(k)]![I(k)]! += e.axialConductanceUs[link]!;
      a[I(k)]![I(nb)]! -= e.axialConductanceUs[link]!;
    }
    if (layout.kind[k] === CompartmentKind.Node) {
      a[P(k)]![P(k)] = 1; // periaxonal space shorted to Ve at the node
      b[P(k)] = ve[k]!;
      continue;
    }
    // Row Vp: myelin current out − membrane current in + periaxonal axial currents = 0.
    const cmy = e.myelinCapacitanceNf[k]! / dtMs;
    const gmy = e.myelinConductanceUs[k]!;
    a[P(k)]![P(k)]! += cmy + gmy + c + g;
    a[P(k)]![I(k)]! -= c + g;
    b[P(k)]! += cmy * (ve[k]! + ws.vMyelinMv[k]!) + gmy * ve[k]! - c * ws.vmMv[k]! - gE;
    for (const [nb, link] of [
      [k - 1, k - 1],
      [k + 1, k],
    ] as const) {
      if (nb < 0 || nb >= n) continue;
      a[P(k)]![P(k)]! += e.periaxonalConductanceUs[link]!;
      a[P(k)]![P(nb)]! -= e.periaxonalConductanceUs[link]!;
    }
  }
  const x = solveDense(a, b);
  const vm = new Float64Array(n);
  for (let k = 0; k < n; k += 1) vm[k] = x[I(k)]! - x[P(k)]!;
  return vm;
}

describe('MRG double-cable solver', () => {
  it('matches a dense backward-Euler solve of the Kirchhoff equations, step by step', () => {
    const fibre = makeFibre(10, { nodeCount: 3 });
    const profile = pointProfile(fibre, 0.3);
    restoreInto(fibre.workspace, fibre.rest);
    for (let step = 0; step < 40; step += 1) {
      const amplitude = step < 20 ? -0.4 : 0.1; // a cathodic push, then a weak anodic one
      const ve = profile.map((v) => v * amplitude);
      const expected = denseStep(fibre, ve, 0.002);
      stepInto(fibre.workspace, profile, amplitude, 0.002);
      for (let k = 0; k < expected.length; k += 1) {
        expect(fibre.workspace.vmMv[k]).toBeCloseTo(expected[k]!, 7);
      }
    }
    // The test stimulated the membrane far from rest, so the comparison was not trivial.
    expect(Math.max(...Array.from(fibre.workspace.vmMv, (v) => Math.abs(v + 80)))).toBeGreaterThan(1);
  });

  it('keeps the unstimulated fibre at rest (≈ −80 mV) for 20 ms', () => {
    const fibre = makeFibre(10);
    const ws = fibre.workspace;
    restoreInto(ws, fibre.rest);
    const zero = new Float64Array(fibre.layout.compartmentCount);
    for (let k = 0; k < 10000; k += 1) stepInto(ws, zero, 0, 0.002);
    for (let k = 0; k < ws.n; k += 1) {
      expect(ws.vmMv[k]).toBeGreaterThan(-80.5);
      expect(ws.vmMv[k]).toBeLessThan(-79.5);
      expect(Math.abs(ws.vmMv[k]! - fibre.rest.vmMv[k]!)).toBeLessThan(0.01);
    }
  });

  it('returns to rest after a small subthreshold perturbation (the resting state is stable)', () => {
    const fibre = makeFibre(10);
    const ws = fibre.workspace;
    restoreInto(ws, fibre.rest);
    const profile = pointProfile(fibre, 1);
    for (let k = 0; k < 50; k += 1) stepInto(ws, profile, -0.03, 0.002); // 100 µs, ≈ 0.4 × threshold
    const kick = Math.max(...Array.from(ws.vmMv, (v, k) => Math.abs(v - fibre.rest.vmMv[k]!)));
    expect(kick).toBeGreaterThan(2);
    for (let k = 0; k < 10000; k += 1) stepInto(ws, profile, 0, 0.002);
    const left = Math.max(...Array.from(ws.vmMv, (v, k) => Math.abs(v - fibre.rest.vmMv[k]!)));
    expect(left).toBeLessThan(0.05);
  });

  it('conducts an action potential at 4–6.5 m/s per µm of fibre diameter (MRG / Hursh range)', () => {
    for (const d of [5.7, 10, 16]) {
      const fibre = makeFibre(d, { nodeCount: 31 });
      const ws = fibre.workspace;
      restoreInto(ws, fibre.rest);
      const x = fibre.layout.positionMm;
      const x3 = x[fibre.layout.nodeCompartment[3]!]!;
      const profile = x.map((xi) => 1000 / (4 * Math.PI * 0.2 * Math.hypot(0.5, xi - x3)));
      const crossing = new Float64Array(31).fill(-1);
      for (let k = 0; k < 2500; k += 1) {
        stepInto(ws, profile, k < 50 ? -0.15 : 0, 0.002);
        for (let j = 0; j < 31; j += 1) {
          if (crossing[j]! < 0 && ws.vmMv[fibre.layout.nodeCompartment[j]!]! > -20) crossing[j] = k * 0.002;
        }
      }
      const cvMPerS = (10 * fibre.geometry.internodeLengthUm) / 1000 / (crossing[20]! - crossing[10]!);
      expect(cvMPerS / d).toBeGreaterThan(4);
      expect(cvMPerS / d).toBeLessThan(6.5);
      // The action potential overshoots 0 mV, as MRG's does (peak ≈ +30 mV).
      expect(crossing[25]).toBeGreaterThan(0);
    }
  });

  it('restores a snapshot exactly', () => {
    const fibre = makeFibre(10);
    restoreInto(fibre.workspace, fibre.rest);
    const before = snapshot(fibre.workspace);
    stepInto(fibre.workspace, pointProfile(fibre, 1), -1, 0.002);
    restoreInto(fibre.workspace, before);
    expect(Array.from(fibre.workspace.vmMv)).toEqual(Array.from(before.vmMv));
  });
});
