/** The reduced-basis predictor across wavenumbers against full PCG solves of a small two-medium cross-section. */
import { describe, expect, it } from 'vitest';
import { buildAxis } from '../../../../src-core/field/section/grid';
import type { SectionOperator } from '../../../../src-core/field/section/operator';
import {
  assembleDiagonalInto,
  boundaryConductancesInto,
  buildSectionOperator,
} from '../../../../src-core/field/section/operator';
import type { FivePointSystem } from '../../../../src-core/field/section/pcg';
import { createPcgWorkspace, multiplyInto, solvePcgInto } from '../../../../src-core/field/section/pcg';
import { addToBasis, createReducedBasis, predictInto } from '../../../../src-core/field/section/reduced-basis';

/** A 2 S/m disc (CSF-like) of radius 3 mm in 0.04 S/m (fat-like) on a graded grid ±40 mm around a source at 0. */
function smallProblem(): { op: SectionOperator; system: FivePointSystem; boundary: Float64Array; b: Float64Array } {
  const zones = [{ fromMm: -4, toMm: 4, spacingMm: 0.4 }];
  const x = buildAxis(-40, 40, 0, zones, 1.3, 6);
  const z = buildAxis(-40, 40, 0, zones, 1.3, 6);
  const n = x.cells * z.cells;
  const media = { sx: new Float64Array(n), sy: new Float64Array(n), sz: new Float64Array(n) };
  for (let i = 0; i < x.cells; i += 1)
    for (let j = 0; j < z.cells; j += 1) {
      const sigma = Math.hypot(x.centresMm[i]! - 1, z.centresMm[j]! + 2) < 3 ? 2 : 0.04;
      const p = i * z.cells + j;
      media.sx[p] = sigma;
      media.sy[p] = sigma;
      media.sz[p] = sigma;
    }
  const op = buildSectionOperator(x, z, media, 0, 0);
  const system = { nx: op.nx, nz: op.nz, diag: new Float64Array(n), east: op.east, north: op.north };
  const b = new Float64Array(n);
  const source = x.facesMm.indexOf(0) * z.cells + z.facesMm.indexOf(0);
  b[source] = 1;
  b[source - z.cells - 1] = 0.5;
  return { op, system, boundary: new Float64Array(op.boundary.cell.length), b };
}

function solveAt(problem: ReturnType<typeof smallProblem>, k: number): Float64Array {
  const { op, system, boundary, b } = problem;
  assembleDiagonalInto(system, op, k, boundaryConductancesInto(boundary, op, k));
  const u = new Float64Array(b.length);
  solvePcgInto(system, b, u, createPcgWorkspace(op.nx, op.nz), 1e-12, 5000);
  return u;
}

function relativeDistance(a: Float64Array, b: Float64Array): number {
  let d = 0;
  let norm = 0;
  for (let p = 0; p < a.length; p += 1) {
    d += (a[p]! - b[p]!) ** 2;
    norm += b[p]! ** 2;
  }
  return Math.sqrt(d / norm);
}

describe('reduced-basis predictor across wavenumbers', () => {
  it('reproduces a solution that lies in its span (the Galerkin system is A(k) restricted to the basis)', () => {
    const problem = smallProblem();
    const basis = createReducedBasis(problem.op, 4, 2);
    const solved = [0.3, 0.1, 0.03].map((k) => solveAt(problem, k));
    for (const u of solved) addToBasis(basis, u);
    const k = 0.1;
    boundaryConductancesInto(problem.boundary, problem.op, k);
    const predicted = new Float64Array(problem.b.length);
    predictInto(predicted, basis, k, problem.boundary, problem.b);
    expect(relativeDistance(predicted, solved[1]!)).toBeLessThan(1e-8);
  });

  it('predicts an intermediate wavenumber far better than its nearest solved neighbour', () => {
    const problem = smallProblem();
    const basis = createReducedBasis(problem.op, 8, 3);
    const neighbours = [1, 0.5, 0.2, 0.1].map((k) => solveAt(problem, k));
    for (const u of neighbours) addToBasis(basis, u);
    const k = 0.14;
    const exact = solveAt(problem, k);
    boundaryConductancesInto(problem.boundary, problem.op, k);
    const predicted = new Float64Array(exact.length);
    predictInto(predicted, basis, k, problem.boundary, problem.b);
    const predictionError = relativeDistance(predicted, exact);
    const nearestError = relativeDistance(neighbours[3]!, exact);
    console.info(
      `reduced basis: prediction ${predictionError.toExponential(2)}, nearest ${nearestError.toExponential(2)}`,
    );
    expect(predictionError).toBeLessThan(0.05 * nearestError);
  });

  it('leaves out a solution added again (nothing new in the span) and still reproduces a solution in the span', () => {
    const problem = smallProblem();
    const basis = createReducedBasis(problem.op, 4, 2);
    const [far, near] = [0.3, 0.1].map((k) => solveAt(problem, k)) as [Float64Array, Float64Array];
    addToBasis(basis, near);
    addToBasis(basis, far);
    addToBasis(
      basis,
      Float64Array.from(near, (v) => 3 * v),
    );
    const k = 0.1;
    boundaryConductancesInto(problem.boundary, problem.op, k);
    const predicted = new Float64Array(problem.b.length);
    predictInto(predicted, basis, k, problem.boundary, problem.b);
    expect(relativeDistance(predicted, near)).toBeLessThan(1e-8);
  });

  it('keeps predicting after its window fills and restarts from the newest solutions', () => {
    const problem = smallProblem();
    const basis = createReducedBasis(problem.op, 3, 2);
    for (const k of [2, 1, 0.5, 0.25]) addToBasis(basis, solveAt(problem, k));
    expect(basis.size).toBe(3); // restarted at the fourth: the newest two plus the fourth
    const k = 0.25;
    boundaryConductancesInto(problem.boundary, problem.op, k);
    const predicted = new Float64Array(problem.b.length);
    predictInto(predicted, basis, k, problem.boundary, problem.b);
    expect(relativeDistance(predicted, solveAt(problem, k))).toBeLessThan(1e-8);
  });
});

describe('PCG with a converged initial guess', () => {
  it('returns it without iterating when its residual already meets the tolerance', () => {
    const problem = smallProblem();
    const u = solveAt(problem, 0.2);
    const again = Float64Array.from(u);
    const iterations = solvePcgInto(
      problem.system,
      problem.b,
      again,
      createPcgWorkspace(problem.op.nx, problem.op.nz),
      1e-6,
      100,
    );
    expect(iterations).toBe(0);
    expect(again).toEqual(u);
    const residual = multiplyInto(problem.system, again, new Float64Array(u.length));
    let r = 0;
    for (let p = 0; p < u.length; p += 1) r += (residual[p]! - problem.b[p]!) ** 2;
    expect(Math.sqrt(r)).toBeLessThan(1e-6);
  });
});
