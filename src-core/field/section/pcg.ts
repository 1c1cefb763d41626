import type { CoarseLevel } from './coarse';
import { addCoarseCorrection, createCoarseLevel, factorCoarseLevel } from './coarse';

/**
 * Preconditioned conjugate gradients for the symmetric positive-definite 5-point finite-volume matrix of the
 * cross-section, with a modified incomplete Cholesky MIC(0) preconditioner (Gustafsson 1978; the row-sum
 * compensation makes the preconditioner's condition number grow like h⁻¹ instead of h⁻²) plus an additive
 * coarse-grid correction on block-constant vectors (coarse.ts; the slowest modes at small k).
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
  readonly precon: Float64Array;
  readonly r: Float64Array;
  readonly z: Float64Array;
  readonly p: Float64Array;
  readonly q: Float64Array;
  readonly coarse: CoarseLevel;
}

/** Allocates the work arrays for an nx × nz grid (coarse blocks of `coarseBlock` cells a side). */
export function createPcgWorkspace(nx: number, nz: number, coarseBlock = 6): PcgWorkspace {
  const n = nx * nz;
  return {
    coarse: createCoarseLevel(nx, nz, coarseBlock),
    precon: new Float64Array(n),
    r: new Float64Array(n),
    z: new Float64Array(n),
    p: new Float64Array(n),
    q: new Float64Array(n),
  };
}

const MIC_TAU = 0.97; // Bridson 2008 "Fluid Simulation for Computer Graphics" §4.3.5
const MIC_SAFETY = 0.25;

function factor(a: FivePointSystem, precon: Float64Array): void {
  const { nx, nz, diag, east, north } = a;
  for (let i = 0; i < nx; i += 1) {
    for (let j = 0; j < nz; j += 1) {
      const p = i * nz + j;
      let e = diag[p]!;
      if (i > 0) {
        const w = p - nz;
        const ew = east[w]! * precon[w]!;
        e -= ew * ew + MIC_TAU * east[w]! * north[w]! * precon[w]! * precon[w]!;
      }
      if (j > 0) {
        const s = p - 1;
        const ns = north[s]! * precon[s]!;
        e -= ns * ns + MIC_TAU * north[s]! * east[s]! * precon[s]! * precon[s]!;
      }
      if (e < MIC_SAFETY * diag[p]!) e = diag[p]!;
      precon[p] = 1 / Math.sqrt(e);
    }
  }
}

function applyPreconditioner(a: FivePointSystem, precon: Float64Array, r: Float64Array, out: Float64Array): void {
  const { nx, nz, east, north } = a;
  // Forward: out = L⁻¹ r (first column and first cell of each column have fewer neighbours).
  for (let i = 0; i < nx; i += 1) {
    const base = i * nz;
    let below = 0; // north[p−1]·precon[p−1]·out[p−1]
    for (let j = 0; j < nz; j += 1) {
      const p = base + j;
      let t = r[p]! + below;
      if (i > 0) t += east[p - nz]! * precon[p - nz]! * out[p - nz]!;
      const v = t * precon[p]!;
      out[p] = v;
      below = north[p]! * precon[p]! * v;
    }
  }
  // Backward: out = L⁻ᵀ out.
  for (let i = nx - 1; i >= 0; i -= 1) {
    const base = i * nz;
    let above = 0;
    for (let j = nz - 1; j >= 0; j -= 1) {
      const p = base + j;
      let t = out[p]! + north[p]! * precon[p]! * above;
      if (i < nx - 1) t += east[p]! * precon[p]! * out[p + nz]!;
      const v = t * precon[p]!;
      out[p] = v;
      above = v;
    }
  }
}

/** out = A·v. */
export function multiplyInto(a: FivePointSystem, v: Float64Array, out: Float64Array): Float64Array {
  const { nx, nz, diag, east, north } = a;
  for (let i = 0; i < nx; i += 1) {
    const base = i * nz;
    for (let j = 0; j < nz; j += 1) {
      const p = base + j;
      let s = diag[p]! * v[p]!;
      if (i + 1 < nx) s -= east[p]! * v[p + nz]!;
      if (i > 0) s -= east[p - nz]! * v[p - nz]!;
      if (j + 1 < nz) s -= north[p]! * v[p + 1]!;
      if (j > 0) s -= north[p - 1]! * v[p - 1]!;
      out[p] = s;
    }
  }
  return out;
}

/**
 * Solves A x = b in place in `x` (its content is the initial guess: warm start) until ‖r‖ ≤ tol·‖b‖.
 * Returns the number of iterations.
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
  const { precon, r, z, p, q } = ws;
  factor(a, precon);
  multiplyInto(a, x, q);
  let bNorm = 0;
  for (let i = 0; i < n; i += 1) {
    r[i] = b[i]! - q[i]!;
    bNorm += b[i]! * b[i]!;
  }
  bNorm = Math.sqrt(bNorm);
  if (bNorm === 0) {
    x.fill(0);
    return 0;
  }
  const target = relativeTolerance * bNorm;
  // Two-level additive preconditioner: MIC(0) plus the exact solve on block-constant vectors (coarse.ts), the
  // modes MIC(0) handles worst at small k (the near-Neumann far field).
  factorCoarseLevel(ws.coarse, a);
  const precondition = (): void => {
    applyPreconditioner(a, precon, r, z);
    addCoarseCorrection(ws.coarse, a, r, z);
  };
  precondition();
  let rz = 0;
  for (let i = 0; i < n; i += 1) {
    p[i] = z[i]!;
    rz += r[i]! * z[i]!;
  }
  for (let iter = 1; iter <= maxIterations; iter += 1) {
    multiplyInto(a, p, q);
    let pq = 0;
    for (let i = 0; i < n; i += 1) pq += p[i]! * q[i]!;
    const alpha = rz / pq;
    let rNorm = 0;
    for (let i = 0; i < n; i += 1) {
      x[i] = x[i]! + alpha * p[i]!;
      const ri = r[i]! - alpha * q[i]!;
      r[i] = ri;
      rNorm += ri * ri;
    }
    if (Math.sqrt(rNorm) <= target) return iter;
    precondition();
    let rzNext = 0;
    for (let i = 0; i < n; i += 1) rzNext += r[i]! * z[i]!;
    const beta = rzNext / rz;
    rz = rzNext;
    for (let i = 0; i < n; i += 1) p[i] = z[i]! + beta * p[i]!;
  }
  throw new RangeError(`solvePcgInto: no convergence in ${maxIterations} iterations`);
}
