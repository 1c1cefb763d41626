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
 */
import type { SectionOperator } from './operator';

/** Orthonormal basis vectors and their k-independent Galerkin blocks Vᵀ A₀ V and Vᵀ R V. */
export interface ReducedBasis {
  /** Pool of `capacity` vectors; the first `size` are the orthonormal basis. */
  readonly vectors: readonly Float64Array[];
  size: number;
  /** The newest `keep` solutions as solved (a ring starting at `recentStart`), for the restart. */
  readonly recent: readonly Float64Array[];
  recentCount: number;
  recentStart: number;
  /** Row-major `capacity`², only the leading size × size block used. */
  readonly interior: Float64Array;
  readonly reaction: Float64Array;
  readonly capacity: number;
  readonly keep: number;
  readonly op: SectionOperator;
  /** Scratch of the grid size and of the reduced size. */
  readonly scratch: Float64Array;
  readonly matrix: Float64Array;
  readonly coefficients: Float64Array;
}

/** An empty basis for the grid of `op`, holding at most `capacity` vectors and restarting from the newest `keep`. */
export function createReducedBasis(op: SectionOperator, capacity: number, keep: number): ReducedBasis {
  if (!(capacity >= 1 && keep >= 0 && keep < capacity))
    throw new RangeError('createReducedBasis: need capacity ≥ 1 and 0 ≤ keep < capacity');
  const n = op.nx * op.nz;
  return {
    vectors: Array.from({ length: capacity }, () => new Float64Array(n)),
    size: 0,
    recent: Array.from({ length: keep }, () => new Float64Array(n)),
    recentCount: 0,
    recentStart: 0,
    interior: new Float64Array(capacity * capacity),
    reaction: new Float64Array(capacity * capacity),
    capacity,
    keep,
    op,
    scratch: new Float64Array(n),
    matrix: new Float64Array(capacity * capacity),
    coefficients: new Float64Array(capacity),
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

/** Orthonormalises `solution` against the basis and appends it with its Galerkin entries. */
function appendVector(basis: ReducedBasis, solution: Float64Array): void {
  const m = basis.size;
  const { op, scratch, capacity, coefficients: c, vectors } = basis;
  const v = vectors[m]!;
  v.set(solution);
  const n = v.length;
  const norm0 = Math.sqrt(dot(v, v));
  if (norm0 === 0) return;
  // One classical Gram–Schmidt pass: the Galerkin system below is exact for any basis of the span, so residual
  // non-orthogonality only conditions the small system slightly worse (a second pass saved no PCG iteration).
  for (let i = 0; i < m; i += 1) c[i] = dot(v, vectors[i]!);
  for (let i = 0; i < m; i += 1) {
    const ci = c[i]!;
    const w = vectors[i]!;
    for (let p = 0; p < n; p += 1) v[p]! -= ci * w[p]!;
  }
  const norm = Math.sqrt(dot(v, v));
  if (norm < 1e-10 * norm0) return; // already in the span
  const inverse = 1 / norm;
  for (let p = 0; p < n; p += 1) v[p]! *= inverse;
  // scratch = A₀ v; the new row of both blocks from one sweep per basis vector.
  interiorMultiplyInto(op, v, scratch);
  const reaction = op.reaction;
  for (let i = 0; i <= m; i += 1) {
    const w = vectors[i]!;
    let a0 = 0;
    let r = 0;
    for (let p = 0; p < n; p += 1) {
      const wp = w[p]!;
      a0 += wp * scratch[p]!;
      r += wp * reaction[p]! * v[p]!;
    }
    basis.interior[i * capacity + m] = a0;
    basis.interior[m * capacity + i] = a0;
    basis.reaction[i * capacity + m] = r;
    basis.reaction[m * capacity + i] = r;
  }
  basis.size = m + 1;
}

/** Adds a solved spectrum to the basis; a full basis first restarts from the newest `keep` solutions. */
export function addToBasis(basis: ReducedBasis, solution: Float64Array): void {
  const { keep, recent } = basis;
  if (basis.size === basis.capacity) {
    basis.size = 0;
    for (let i = 0; i < basis.recentCount; i += 1) appendVector(basis, recent[(basis.recentStart + i) % keep]!);
  }
  appendVector(basis, solution);
  if (keep === 0) return;
  if (basis.recentCount < keep) {
    recent[(basis.recentStart + basis.recentCount) % keep]!.set(solution);
    basis.recentCount += 1;
  } else {
    recent[basis.recentStart]!.set(solution);
    basis.recentStart = (basis.recentStart + 1) % keep;
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
  const { capacity, matrix: g, coefficients: c, vectors } = basis;
  const k2 = kPerMm * kPerMm;
  const cells = basis.op.boundary.cell;
  for (let i = 0; i < m; i += 1) {
    const vi = vectors[i]!;
    for (let j = 0; j <= i; j += 1) {
      const vj = vectors[j]!;
      let boundary = 0;
      for (let f = 0; f < cells.length; f += 1) {
        const p = cells[f]!;
        boundary += boundaryConductance[f]! * vi[p]! * vj[p]!;
      }
      g[i * m + j] = basis.interior[i * capacity + j]! + k2 * basis.reaction[i * capacity + j]! + boundary;
    }
    c[i] = dot(vi, b);
  }
  // Dense Cholesky of the m × m Galerkin matrix (lower triangle, row-major with stride m) and the two solves. A
  // pivot lost to rounding (vector i numerically in the span of the earlier ones) ends the basis there: the
  // prediction is then the Galerkin solution in the span of the first `used` vectors.
  let used = m;
  for (let i = 0; i < m && used === m; i += 1) {
    const diagonal = g[i * m + i]!;
    for (let j = 0; j <= i; j += 1) {
      let s = g[i * m + j]!;
      for (let q = 0; q < j; q += 1) s -= g[i * m + q]! * g[j * m + q]!;
      if (i !== j) g[i * m + j] = s / g[j * m + j]!;
      else if (s > 1e-13 * diagonal) g[i * m + i] = Math.sqrt(s);
      else used = i;
    }
  }
  for (let i = 0; i < used; i += 1) {
    let s = c[i]!;
    for (let q = 0; q < i; q += 1) s -= g[i * m + q]! * c[q]!;
    c[i] = s / g[i * m + i]!;
  }
  for (let i = used - 1; i >= 0; i -= 1) {
    let s = c[i]!;
    for (let q = i + 1; q < used; q += 1) s -= g[q * m + i]! * c[q]!;
    c[i] = s / g[i * m + i]!;
  }
  for (let i = 0; i < used; i += 1) {
    const ci = c[i]!;
    const vi = vectors[i]!;
    for (let p = 0; p < out.length; p += 1) out[p]! += ci * vi[p]!;
  }
}
