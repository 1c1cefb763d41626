import type { CoarseLevel } from './coarse';
import { addCoarseCorrection, createCoarseLevel, factorCoarseLevel } from './coarse';

/**
 * Preconditioned conjugate gradients for the symmetric positive-definite 5-point finite-volume matrix of the
 * cross-section, with a modified incomplete Cholesky MIC(0) preconditioner (Gustafsson 1978; the row-sum
 * compensation makes the preconditioner's condition number grow like h⁻¹ instead of h⁻²) and a coarse-grid
 * correction on block-constant vectors in deflation form (coarse.ts; the slowest modes at small k).
 *
 * Matrix layout (cell p = i·nz + j, z fastest): A_pp = diag[p], A_{p,p+nz} = −east[p] (x-neighbour),
 * A_{p,p+1} = −north[p] (z-neighbour; 0 at the top of a column). All couplings are ≥ 0 conductances.
 */

/** The matrix of one wavenumber and the solver's scratch. */
export interface FivePointSystem {
  readonly nx: number;
  readonly nz: number;
  readonly diag: Float64Array;
  readonly east: Float64Array;
  readonly north: Float64Array;
}

/** Reusable work arrays for `solvePcgInto` (one set per grid). */
export interface PcgWorkspace {
  /** MIC(0) factor: 1/L_pp, and the couplings scaled by it (east·1/L_pp, north·1/L_pp) for the sweeps. */
  readonly precon: Float64Array;
  readonly eastScaled: Float64Array;
  readonly northScaled: Float64Array;
  readonly r: Float64Array;
  readonly z: Float64Array;
  readonly p: Float64Array;
  readonly q: Float64Array;
  readonly t: Float64Array;
  readonly coarse: CoarseLevel;
}

/** Allocates the work arrays for an nx × nz grid (coarse blocks of `coarseBlock` cells a side). */
export function createPcgWorkspace(nx: number, nz: number, coarseBlock = 6): PcgWorkspace {
  const n = nx * nz;
  return {
    coarse: createCoarseLevel(nx, nz, coarseBlock),
    precon: new Float64Array(n),
    eastScaled: new Float64Array(n),
    northScaled: new Float64Array(n),
    r: new Float64Array(n),
    z: new Float64Array(n),
    p: new Float64Array(n),
    q: new Float64Array(n),
    t: new Float64Array(n),
  };
}

const MIC_TAU = 0.97; // Bridson 2008 "Fluid Simulation for Computer Graphics" §4.3.5
const MIC_SAFETY = 0.25;

function factor(a: FivePointSystem, ws: PcgWorkspace): void {
  const { nx, nz, diag, east, north } = a;
  const { precon, eastScaled, northScaled } = ws;
  for (let i = 0; i < nx; i += 1) {
    for (let j = 0; j < nz; j += 1) {
      const p = i * nz + j;
      let e = diag[p]!;
      if (i > 0) {
        const w = p - nz;
        const ew = eastScaled[w]!;
        e -= ew * ew + MIC_TAU * ew * north[w]! * precon[w]!;
      }
      if (j > 0) {
        const s = p - 1;
        const ns = northScaled[s]!;
        e -= ns * ns + MIC_TAU * ns * east[s]! * precon[s]!;
      }
      if (e < MIC_SAFETY * diag[p]!) e = diag[p]!;
      const inverse = 1 / Math.sqrt(e);
      precon[p] = inverse;
      eastScaled[p] = east[p]! * inverse;
      northScaled[p] = north[p]! * inverse;
    }
  }
}

/** out = (L Lᵀ)⁻¹ r by the two triangular sweeps (north = 0 at the top of a column: no tests at column ends). */
function applyPreconditioner(a: FivePointSystem, ws: PcgWorkspace, r: Float64Array, out: Float64Array): void {
  const { nx, nz } = a;
  const n = nx * nz;
  const { precon, eastScaled: es, northScaled: ns } = ws;
  out[0] = r[0]! * precon[0]!;
  for (let p = 1; p < Math.min(nz, n); p += 1) out[p] = (r[p]! + ns[p - 1]! * out[p - 1]!) * precon[p]!;
  for (let p = nz; p < n; p += 1) out[p] = (r[p]! + ns[p - 1]! * out[p - 1]! + es[p - nz]! * out[p - nz]!) * precon[p]!;
  out[n - 1] = out[n - 1]! * precon[n - 1]!;
  for (let p = n - 2; p >= Math.max(n - nz, 0); p -= 1) out[p] = (out[p]! + ns[p]! * out[p + 1]!) * precon[p]!;
  for (let p = n - nz - 1; p >= 0; p -= 1)
    out[p] = (out[p]! + ns[p]! * out[p + 1]! + es[p]! * out[p + nz]!) * precon[p]!;
}

/** Row p of A·v with every neighbour tested (first and last columns). */
function guardedRow(a: FivePointSystem, v: Float64Array, p: number, n: number): number {
  const { nz, diag, east, north } = a;
  let s = diag[p]! * v[p]!;
  if (p + 1 < n) s -= north[p]! * v[p + 1]!;
  if (p > 0) s -= north[p - 1]! * v[p - 1]!;
  if (p + nz < n) s -= east[p]! * v[p + nz]!;
  if (p >= nz) s -= east[p - nz]! * v[p - nz]!;
  return s;
}

/** out = A·v. Needs north = 0 at the top of each column (as the operator builds it). */
export function multiplyInto(a: FivePointSystem, v: Float64Array, out: Float64Array): Float64Array {
  const { nx, nz, diag, east, north } = a;
  const n = nx * nz;
  for (let p = 0; p < Math.min(nz, n); p += 1) out[p] = guardedRow(a, v, p, n);
  // Cells with both x-neighbours: no tests (north is 0 across column ends).
  for (let p = nz; p < n - nz; p += 1)
    out[p] =
      diag[p]! * v[p]! -
      north[p]! * v[p + 1]! -
      north[p - 1]! * v[p - 1]! -
      east[p]! * v[p + nz]! -
      east[p - nz]! * v[p - nz]!;
  for (let p = Math.max(n - nz, nz); p < n; p += 1) out[p] = guardedRow(a, v, p, n);
  return out;
}

/** out = A·v and returns v·out (summed in cell order), one pass instead of a product and a dot. */
function multiplyDotInto(a: FivePointSystem, v: Float64Array, out: Float64Array): number {
  const { nx, nz, diag, east, north } = a;
  const n = nx * nz;
  let dot = 0;
  for (let p = 0; p < Math.min(nz, n); p += 1) {
    const row = guardedRow(a, v, p, n);
    out[p] = row;
    dot += v[p]! * row;
  }
  for (let p = nz; p < n - nz; p += 1) {
    const row =
      diag[p]! * v[p]! -
      north[p]! * v[p + 1]! -
      north[p - 1]! * v[p - 1]! -
      east[p]! * v[p + nz]! -
      east[p - nz]! * v[p - nz]!;
    out[p] = row;
    dot += v[p]! * row;
  }
  for (let p = Math.max(n - nz, nz); p < n; p += 1) {
    const row = guardedRow(a, v, p, n);
    out[p] = row;
    dot += v[p]! * row;
  }
  return dot;
}

/** out = b − A·v, one pass instead of a product and a difference. */
function residualInto(a: FivePointSystem, v: Float64Array, b: Float64Array, out: Float64Array): void {
  const { nx, nz, diag, east, north } = a;
  const n = nx * nz;
  for (let p = 0; p < Math.min(nz, n); p += 1) out[p] = b[p]! - guardedRow(a, v, p, n);
  for (let p = nz; p < n - nz; p += 1)
    out[p] =
      b[p]! -
      (diag[p]! * v[p]! -
        north[p]! * v[p + 1]! -
        north[p - 1]! * v[p - 1]! -
        east[p]! * v[p + nz]! -
        east[p - nz]! * v[p - nz]!);
  for (let p = Math.max(n - nz, nz); p < n; p += 1) out[p] = b[p]! - guardedRow(a, v, p, n);
}

/** z = y + Q(r − A y), y = MIC(0)⁻¹ r (the A-DEF2 preconditioner); returns r·z. `t` is scratch. */
function preconditionInto(a: FivePointSystem, ws: PcgWorkspace): number {
  const { r, z, t, coarse } = ws;
  const n = a.nx * a.nz;
  applyPreconditioner(a, ws, r, z);
  residualInto(a, z, r, t);
  addCoarseCorrection(coarse, a, t, z);
  let rz = 0;
  for (let i = 0; i < n; i += 1) rz += r[i]! * z[i]!;
  return rz;
}

/**
 * Solves A x = b in place in `x` (its content is the initial guess: warm start) until ‖r‖ ≤ tol·‖b‖; a guess that
 * already meets the tolerance is kept as it is. Returns the number of iterations.
 *
 * Two-level preconditioner in the deflation form A-DEF2 (Tang, Nabben, Vuik & Erlangga 2009): z = y + Q(r − A y),
 * y = MIC(0)⁻¹ r, Q = P A_c⁻¹ Pᵀ the exact solve on block-constant vectors (coarse.ts); started from
 * x₀ = x + Q(b − A x). The coarse level takes the smooth, far-reaching modes that MIC(0) handles worst at small k
 * (the near-Neumann far field); the multiplicative form needs one extra product per iteration but ≈ ⅓ fewer
 * iterations than adding the two corrections.
 */
export function solvePcgInto(
  a: FivePointSystem,
  b: Float64Array,
  x: Float64Array,
  ws: PcgWorkspace,
  relativeTolerance: number,
  maxIterations: number,
): number {
  const n = a.nx * a.nz;
  const { r, z, p, q, coarse } = ws;
  multiplyInto(a, x, q);
  let bNorm = 0;
  let rNorm = 0;
  for (let i = 0; i < n; i += 1) {
    const ri = b[i]! - q[i]!;
    r[i] = ri;
    rNorm += ri * ri;
    bNorm += b[i]! * b[i]!;
  }
  bNorm = Math.sqrt(bNorm);
  if (bNorm === 0) {
    x.fill(0);
    return 0;
  }
  const target = relativeTolerance * bNorm;
  if (Math.sqrt(rNorm) <= target) return 0;
  factor(a, ws);
  factorCoarseLevel(coarse, a);
  addCoarseCorrection(coarse, a, r, x);
  residualInto(a, x, b, r);
  let rz = preconditionInto(a, ws);
  p.set(z);
  for (let iter = 1; iter <= maxIterations; iter += 1) {
    const pq = multiplyDotInto(a, p, q);
    const alpha = rz / pq;
    rNorm = 0;
    for (let i = 0; i < n; i += 1) {
      x[i] = x[i]! + alpha * p[i]!;
      const ri = r[i]! - alpha * q[i]!;
      r[i] = ri;
      rNorm += ri * ri;
    }
    if (Math.sqrt(rNorm) <= target) return iter;
    const rzNext = preconditionInto(a, ws);
    const beta = rzNext / rz;
    rz = rzNext;
    for (let i = 0; i < n; i += 1) p[i] = z[i]! + beta * p[i]!;
  }
  throw new RangeError(`solvePcgInto: no convergence in ${maxIterations} iterations`);
}
