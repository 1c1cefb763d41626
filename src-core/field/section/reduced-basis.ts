/**
 * Reduced-basis (Galerkin) predictor across wavenumbers. The matrices of all k share one structure,
 *   A(k) = A₀ + k² R + B(k)
 * (A₀ the interior conductances, R = diag(σy · cell area), B(k) the outgoing-boundary conductances on the boundary
 * cells), and the solutions u(k) vary smoothly with ln k, so a few solved spectra span the others closely
 * (reduced-basis methods: Maday & Patera 2002; Krylov-space recycling across parameters: Parks et al. 2006).
 * The predictor is the Galerkin solution in the span V of the kept solutions, Vᵀ A(k) V c = Vᵀ b, u = V c: the
 * A(k)-energy-best approximation in that span (it contains every extrapolation of the kept solutions). The caller
 * checks its residual against the solver's own tolerance and runs PCG from it where that is not yet met. The basis
 * slides along k: when `capacity` solutions are held it restarts from the newest `keep` of them (the spectrum changes
 * slowly along ln k, so the nearest wavenumbers predict best and the cost per k stays bounded).
 *
 * The kept solutions are stored as they were solved (scaled to unit length), not orthonormalised: the Galerkin
 * solution does not depend on the basis of the span, and the k-independent blocks Vᵀ A₀ V and Vᵀ R V of raw
 * solutions stay valid when older ones leave the basis, so a restart costs nothing and adding a solution costs one
 * product with A₀ and one fused pass per kept solution. Near-dependence is handled in the small Cholesky
 * factorisation, which leaves out a solution (the oldest first) that adds nothing to the span of the newer ones.
 */
import type { SectionOperator } from './operator';

/** The kept solutions (unit length) and their k-independent Galerkin blocks Vᵀ A₀ V and Vᵀ R V. */
export interface ReducedBasis {
  /** Pool of `capacity` vectors; `order[0 … size)` names the slots in use, oldest first. */
  readonly vectors: readonly Float64Array[];
  readonly order: Int32Array;
  size: number;
  /** Row-major `capacity`², indexed by slot. */
  readonly interior: Float64Array;
  readonly reaction: Float64Array;
  readonly capacity: number;
  readonly keep: number;
  readonly op: SectionOperator;
  /** Scratch of the grid size and of the reduced size. */
  readonly scratch: Float64Array;
  readonly matrix: Float64Array;
  readonly coefficients: Float64Array;
  readonly dropped: Uint8Array;
}

/** An empty basis for the grid of `op`, holding at most `capacity` vectors and restarting from the newest `keep`. */
export function createReducedBasis(op: SectionOperator, capacity: number, keep: number): ReducedBasis {
  if (!(capacity >= 1 && keep >= 0 && keep < capacity))
    throw new RangeError('createReducedBasis: need capacity ≥ 1 and 0 ≤ keep < capacity');
  const n = op.nx * op.nz;
  return {
    vectors: Array.from({ length: capacity }, () => new Float64Array(n)),
    order: new Int32Array(capacity),
    size: 0,
    interior: new Float64Array(capacity * capacity),
    reaction: new Float64Array(capacity * capacity),
    capacity,
    keep,
    op,
    scratch: new Float64Array(n),
    matrix: new Float64Array(capacity * capacity),
    coefficients: new Float64Array(capacity),
    dropped: new Uint8Array(capacity),
  };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let p = 0; p < a.length; p += 1) s += a[p]! * b[p]!;
  return s;
}

/** out = A₀ v: the interior conductances only (diagonal = Σ interior faces). */
function interiorMultiplyInto(op: SectionOperator, v: Float64Array, out: Float64Array): void {
  const { nx, nz, faceSum, east, north } = op;
  const n = nx * nz;
  for (let p = 0; p < n; p += 1) out[p] = faceSum[p]! * v[p]!;
  for (let p = 0; p < n; p += 1) {
    const e = east[p]!;
    if (p + nz < n && e !== 0) {
      out[p]! -= e * v[p + nz]!;
      out[p + nz]! -= e * v[p]!;
    }
    const g = north[p]!;
    if (g !== 0) {
      out[p]! -= g * v[p + 1]!;
      out[p + 1]! -= g * v[p]!;
    }
  }
}

/** A slot not in use. */
function freeSlot(basis: ReducedBasis): number {
  const { order, size, capacity } = basis;
  for (let slot = 0; slot < capacity; slot += 1) {
    let used = false;
    for (let i = 0; i < size && !used; i += 1) used = order[i] === slot;
    if (!used) return slot;
  }
  throw new RangeError('reduced basis: no free slot');
}

/** Adds a solved spectrum to the basis; a full basis first restarts from the newest `keep` solutions. */
export function addToBasis(basis: ReducedBasis, solution: Float64Array): void {
  const { order, capacity, keep, op, scratch, vectors } = basis;
  if (basis.size === capacity) {
    order.copyWithin(0, capacity - keep, capacity);
    basis.size = keep;
  }
  const slot = freeSlot(basis);
  const v = vectors[slot]!;
  const norm = Math.sqrt(dot(solution, solution));
  if (norm === 0) return;
  const inverse = 1 / norm;
  for (let p = 0; p < v.length; p += 1) v[p] = solution[p]! * inverse;
  // scratch = A₀ v; the new row of both blocks from one pass per kept solution.
  interiorMultiplyInto(op, v, scratch);
  const reaction = op.reaction;
  order[basis.size] = slot;
  basis.size += 1;
  for (let i = 0; i < basis.size; i += 1) {
    const other = order[i]!;
    const w = vectors[other]!;
    let a0 = 0;
    let r = 0;
    for (let p = 0; p < v.length; p += 1) {
      const wp = w[p]!;
      a0 += wp * scratch[p]!;
      r += wp * reaction[p]! * v[p]!;
    }
    basis.interior[other * capacity + slot] = a0;
    basis.interior[slot * capacity + other] = a0;
    basis.reaction[other * capacity + slot] = r;
    basis.reaction[slot * capacity + other] = r;
  }
}

/**
 * Writes the Galerkin approximation of A(k) u = b in the basis into `out` (zero for an empty basis), given the
 * boundary conductances of k (per boundary face, as `boundaryConductancesInto`).
 */
export function predictInto(
  out: Float64Array,
  basis: ReducedBasis,
  kPerMm: number,
  boundaryConductance: Float64Array,
  b: Float64Array,
): void {
  const m = basis.size;
  out.fill(0);
  if (m === 0) return;
  const { capacity, matrix: g, coefficients: c, vectors, order, dropped } = basis;
  const k2 = kPerMm * kPerMm;
  const cells = basis.op.boundary.cell;
  // Row i of the small system is the basis's i-th newest solution: the factorisation below drops the older one of
  // two nearly dependent solutions.
  const slotOf = (i: number) => order[m - 1 - i]!;
  for (let i = 0; i < m; i += 1) {
    const si = slotOf(i);
    const vi = vectors[si]!;
    for (let j = 0; j <= i; j += 1) {
      const sj = slotOf(j);
      const vj = vectors[sj]!;
      let boundary = 0;
      for (let f = 0; f < cells.length; f += 1) {
        const p = cells[f]!;
        boundary += boundaryConductance[f]! * vi[p]! * vj[p]!;
      }
      g[i * m + j] = basis.interior[si * capacity + sj]! + k2 * basis.reaction[si * capacity + sj]! + boundary;
    }
    c[i] = dot(vi, b);
  }
  // Dense Cholesky of the m × m Galerkin matrix (lower triangle, row-major with stride m) and the two solves. A
  // pivot lost to rounding (solution i numerically in the span of the newer ones) drops that solution: its row and
  // column become the identity's and its coefficient 0, so the prediction is the Galerkin solution in the span of
  // the others.
  for (let i = 0; i < m; i += 1) {
    const diagonal = g[i * m + i]!;
    dropped[i] = 0;
    for (let j = 0; j <= i; j += 1) {
      if (j < i && dropped[j] === 1) {
        g[i * m + j] = 0;
        continue;
      }
      let s = g[i * m + j]!;
      for (let q = 0; q < j; q += 1) s -= g[i * m + q]! * g[j * m + q]!;
      if (i !== j) g[i * m + j] = s / g[j * m + j]!;
      else if (s > 1e-13 * diagonal) g[i * m + i] = Math.sqrt(s);
      else {
        dropped[i] = 1;
        for (let q = 0; q < i; q += 1) g[i * m + q] = 0;
        g[i * m + i] = 1;
      }
    }
  }
  for (let i = 0; i < m; i += 1) {
    if (dropped[i] === 1) {
      c[i] = 0;
      continue;
    }
    let s = c[i]!;
    for (let q = 0; q < i; q += 1) s -= g[i * m + q]! * c[q]!;
    c[i] = s / g[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i -= 1) {
    if (dropped[i] === 1) continue;
    let s = c[i]!;
    for (let q = i + 1; q < m; q += 1) s -= g[q * m + i]! * c[q]!;
    c[i] = s / g[i * m + i]!;
  }
  for (let i = 0; i < m; i += 1) {
    const ci = c[i]!;
    if (ci === 0) continue;
    const vi = vectors[slotOf(i)]!;
    for (let p = 0; p < out.length; p += 1) out[p]! += ci * vi[p]!;
  }
}
