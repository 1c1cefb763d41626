/**
 * The coarse level of the two-level preconditioner: cells aggregated into blocks of `block` × `block` (piecewise
 * constant prolongation P), the Galerkin matrix A_c = PᵀAP (again 5-point, on the block grid) factored by banded
 * Cholesky (bandwidth = blocks per column). The PCG applies Q = P A_c⁻¹ Pᵀ after MIC(0) in deflation form (pcg.ts):
 * the smooth, far-reaching modes that MIC(0) handles worst at small k (Nicolaides 1987 deflation).
 */
import type { FivePointSystem } from './pcg';

/** Factored coarse operator and its scratch. */
export interface CoarseLevel {
  readonly block: number;
  readonly cx: number;
  readonly cz: number;
  /** Banded Cholesky factor: row I holds L[I][I − w … I] at band[I·(w+1) + (w − (I − J))], w = cz. */
  readonly band: Float64Array;
  readonly rc: Float64Array;
  /** The k-independent coupling part of A_c and the arrays it was assembled from (recomputed when they change). */
  readonly couplings: Float64Array;
  readonly couplingsFrom: { east: Float64Array | null; north: Float64Array | null };
}

/** Allocates the coarse level for a grid. */
export function createCoarseLevel(nx: number, nz: number, block: number): CoarseLevel {
  const cx = Math.ceil(nx / block);
  const cz = Math.ceil(nz / block);
  const bandLength = cx * cz * (cz + 1);
  return {
    block,
    cx,
    cz,
    band: new Float64Array(bandLength),
    rc: new Float64Array(cx * cz),
    couplings: new Float64Array(bandLength),
    couplingsFrom: { east: null, north: null },
  };
}

/** The off-diagonal couplings' part of PᵀAP (band layout), which does not depend on k. */
function assembleCouplings(c: CoarseLevel, a: FivePointSystem): void {
  const { block, cz, couplings } = c;
  const w = cz;
  const at = (row: number, col: number) => (row + 1) * w + col; // col ≤ row, row − col ≤ w
  const { nx, nz, east, north } = a;
  couplings.fill(0);
  for (let i = 0; i < nx; i += 1) {
    const bi = Math.floor(i / block);
    for (let j = 0; j < nz; j += 1) {
      const bj = Math.floor(j / block);
      const p = i * nz + j;
      const I = bi * cz + bj;
      if (i + 1 < nx) {
        const J = Math.floor((i + 1) / block) * cz + bj;
        if (J === I) couplings[at(I, I)]! -= 2 * east[p]!;
        else couplings[at(J, I)]! -= east[p]!;
      }
      if (j + 1 < nz) {
        const J = bi * cz + Math.floor((j + 1) / block);
        if (J === I) couplings[at(I, I)]! -= 2 * north[p]!;
        else couplings[at(J, I)]! -= north[p]!;
      }
    }
  }
}

/** Builds A_c = PᵀAP into the band and factors it in place. */
export function factorCoarseLevel(c: CoarseLevel, a: FivePointSystem): void {
  const { block, cx, cz, band } = c;
  const w = cz;
  const nc = cx * cz;
  const { nx, nz, diag, east, north } = a;
  if (c.couplingsFrom.east !== east || c.couplingsFrom.north !== north) {
    assembleCouplings(c, a);
    c.couplingsFrom.east = east;
    c.couplingsFrom.north = north;
  }
  // A_c = (the cached coupling part, the same for every k) + the block sums of the diagonal.
  band.set(c.couplings);
  restrictInto(c.rc, diag, nx, nz, block, cz);
  for (let I = 0; I < nc; I += 1) band[(I + 1) * w + I]! += c.rc[I]!;
  // Banded Cholesky, A_c = L Lᵀ; at(I, J) = (I + 1)·w + J, so row I's entries are contiguous in J.
  for (let I = 0; I < nc; I += 1) {
    const first = Math.max(0, I - w);
    const rowI = (I + 1) * w;
    for (let J = first; J <= I; J += 1) {
      const rowJ = (J + 1) * w;
      let s = band[rowI + J]!;
      for (let k = Math.max(first, J - w); k < J; k += 1) s -= band[rowI + k]! * band[rowJ + k]!;
      if (J === I) band[rowI + I] = Math.sqrt(Math.max(s, 1e-300));
      else band[rowI + J] = s / band[rowJ + J]!;
    }
  }
}

/**
 * out = Pᵀ values: each coarse block's sum of its fine cells, each column's runs of `block` cells summed in a register
 * (z fastest), no index array.
 */
function restrictInto(
  out: Float64Array,
  values: Float64Array,
  nx: number,
  nz: number,
  block: number,
  cz: number,
): void {
  out.fill(0);
  for (let i = 0; i < nx; i += 1) {
    const base = i * nz;
    const blockRow = Math.floor(i / block) * cz;
    for (let jb = 0; jb < cz; jb += 1) {
      const end = Math.min(nz, (jb + 1) * block);
      let sum = 0;
      for (let j = jb * block; j < end; j += 1) sum += values[base + j]!;
      out[blockRow + jb]! += sum;
    }
  }
}

/** z += P A_c⁻¹ Pᵀ r. */
export function addCoarseCorrection(c: CoarseLevel, a: FivePointSystem, r: Float64Array, z: Float64Array): void {
  const { block, cx, cz, band, rc } = c;
  const { nx, nz } = a;
  const w = cz;
  const nc = cx * cz;
  restrictInto(rc, r, nx, nz, block, cz);
  for (let I = 0; I < nc; I += 1) {
    const rowI = (I + 1) * w;
    let s = rc[I]!;
    for (let k = Math.max(0, I - w); k < I; k += 1) s -= band[rowI + k]! * rc[k]!;
    rc[I] = s / band[rowI + I]!;
  }
  // Backward, column-oriented (Lᵀ's column I is L's row I, contiguous).
  for (let I = nc - 1; I >= 0; I -= 1) {
    const rowI = (I + 1) * w;
    const value = rc[I]! / band[rowI + I]!;
    rc[I] = value;
    for (let k = Math.max(0, I - w); k < I; k += 1) rc[k]! -= band[rowI + k]! * value;
  }
  for (let i = 0; i < nx; i += 1) {
    const base = i * nz;
    const blockRow = Math.floor(i / block) * cz;
    for (let jb = 0; jb < cz; jb += 1) {
      const end = Math.min(nz, (jb + 1) * block);
      const value = rc[blockRow + jb]!;
      for (let j = jb * block; j < end; j += 1) z[base + j]! += value;
    }
  }
}
