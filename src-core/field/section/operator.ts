/**
 * The finite-volume operator of one axial wavenumber k on the cross-section grid:
 *   −∂x(σx ∂x V̂) − ∂z(σz ∂z V̂) + σy k² V̂ = δ(x − xs) δ(z − zs),
 * integrated over each cell (tissue by the cell's centre; face conductances = harmonic mean of the two half
 * cells). The far boundary carries the outgoing (decaying) condition of the boundary cell's medium: the
 * normal current equals β V̂ with β = σn k K1(kρ′)/K0(kρ′) ∂ρ′/∂n, ρ′ = √(σy(Δx²/σx + Δz²/σz)) from the
 * source (exact for K0(kρ′), the 2-D field of a line current in a homogeneous medium: Robin for small k,
 * effectively Dirichlet 0 for large k). Everything independent of k is precomputed here once per grid.
 */
import { besselK1OverK0 } from './bessel-k';
import type { GridAxis } from './grid';
import type { FivePointSystem } from './pcg';

/** Per-cell conductivities (S/m) of the grid, z fastest. */
export interface CellMedia {
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  readonly sz: Float64Array;
}

/** k-independent parts of the operator. */
export interface SectionOperator {
  readonly x: GridAxis;
  readonly z: GridAxis;
  readonly nx: number;
  readonly nz: number;
  /** Face conductances (S/m · mm/mm) to the +x and +z neighbours. */
  readonly east: Float64Array;
  readonly north: Float64Array;
  /** Σ of the interior face conductances of each cell. */
  readonly faceSum: Float64Array;
  /** σy × cell area (multiplied by k² for the reaction term). */
  readonly reaction: Float64Array;
  /** Boundary faces: cell index, face length, half-cell resistance h/(2σn), σn, ∂ρ′/∂n, ρ′. */
  readonly boundary: {
    readonly cell: Int32Array;
    readonly lengthMm: Float64Array;
    readonly halfResistance: Float64Array;
    readonly sigmaNormal: Float64Array;
    readonly dRhoDn: Float64Array;
    readonly rhoMm: Float64Array;
  };
}

/**
 * Assembles the k-independent parts for the given media, with the outgoing condition centred on the source.
 */
export function buildSectionOperator(
  x: GridAxis,
  z: GridAxis,
  media: CellMedia,
  sourceLateralMm: number,
  sourceDorsalMm: number,
): SectionOperator {
  const nx = x.cells;
  const nz = z.cells;
  const n = nx * nz;
  const east = new Float64Array(n);
  const north = new Float64Array(n);
  const faceSum = new Float64Array(n);
  const reaction = new Float64Array(n);
  const { sx, sy, sz } = media;
  for (let i = 0; i < nx; i += 1) {
    const hx = x.facesMm[i + 1]! - x.facesMm[i]!;
    for (let j = 0; j < nz; j += 1) {
      const hz = z.facesMm[j + 1]! - z.facesMm[j]!;
      const p = i * nz + j;
      reaction[p] = sy[p]! * hx * hz;
      if (i + 1 < nx) {
        const hxNext = x.facesMm[i + 2]! - x.facesMm[i + 1]!;
        const g = hz / (hx / (2 * sx[p]!) + hxNext / (2 * sx[p + nz]!));
        east[p] = g;
        faceSum[p]! += g;
        faceSum[p + nz]! += g;
      }
      if (j + 1 < nz) {
        const hzNext = z.facesMm[j + 2]! - z.facesMm[j + 1]!;
        const g = hx / (hz / (2 * sz[p]!) + hzNext / (2 * sz[p + 1]!));
        north[p] = g;
        faceSum[p]! += g;
        faceSum[p + 1]! += g;
      }
    }
  }
  const cell: number[] = [];
  const lengthMm: number[] = [];
  const halfResistance: number[] = [];
  const sigmaNormal: number[] = [];
  const dRhoDn: number[] = [];
  const rhoMm: number[] = [];
  const addFace = (p: number, fx: number, fz: number, nxDir: number, nzDir: number, len: number, h: number) => {
    const dx = fx - sourceLateralMm;
    const dz = fz - sourceDorsalMm;
    const rho = Math.sqrt(sy[p]! * ((dx * dx) / sx[p]! + (dz * dz) / sz[p]!));
    const sn = nxDir !== 0 ? sx[p]! : sz[p]!;
    const d = (sy[p]! * ((nxDir * dx) / sx[p]! + (nzDir * dz) / sz[p]!)) / rho;
    cell.push(p);
    lengthMm.push(len);
    halfResistance.push(h / (2 * sn));
    sigmaNormal.push(sn);
    dRhoDn.push(Math.max(d, 0));
    rhoMm.push(rho);
  };
  for (let j = 0; j < nz; j += 1) {
    const hz = z.facesMm[j + 1]! - z.facesMm[j]!;
    const zc = z.centresMm[j]!;
    addFace(j, x.facesMm[0]!, zc, -1, 0, hz, x.facesMm[1]! - x.facesMm[0]!);
    addFace((nx - 1) * nz + j, x.facesMm[nx]!, zc, 1, 0, hz, x.facesMm[nx]! - x.facesMm[nx - 1]!);
  }
  for (let i = 0; i < nx; i += 1) {
    const hx = x.facesMm[i + 1]! - x.facesMm[i]!;
    const xc = x.centresMm[i]!;
    addFace(i * nz, xc, z.facesMm[0]!, 0, -1, hx, z.facesMm[1]! - z.facesMm[0]!);
    addFace(i * nz + nz - 1, xc, z.facesMm[nz]!, 0, 1, hx, z.facesMm[nz]! - z.facesMm[nz - 1]!);
  }
  return {
    x,
    z,
    nx,
    nz,
    east,
    north,
    faceSum,
    reaction,
    boundary: {
      cell: Int32Array.from(cell),
      lengthMm: Float64Array.from(lengthMm),
      halfResistance: Float64Array.from(halfResistance),
      sigmaNormal: Float64Array.from(sigmaNormal),
      dRhoDn: Float64Array.from(dRhoDn),
      rhoMm: Float64Array.from(rhoMm),
    },
  };
}

/** Conductance of each boundary face at wavenumber k (half cell in series with the outgoing admittance). */
export function boundaryConductancesInto(out: Float64Array, op: SectionOperator, kPerMm: number): Float64Array {
  const b = op.boundary;
  for (let f = 0; f < b.cell.length; f += 1)
    out[f] = boundaryConductanceOf(b, f, kPerMm, besselK1OverK0(kPerMm * b.rhoMm[f]!));
  return out;
}

/**
 * `boundaryConductancesInto` from the faces' K1/K0 ratios at k (`boundaryRatiosInto`), so that two operators whose
 * boundary faces lie at the same scaled distances ρ′ evaluate the Bessel functions once.
 */
export function boundaryConductancesFromRatiosInto(
  out: Float64Array,
  op: SectionOperator,
  kPerMm: number,
  ratios: Float64Array,
): Float64Array {
  const b = op.boundary;
  for (let f = 0; f < b.cell.length; f += 1) out[f] = boundaryConductanceOf(b, f, kPerMm, ratios[f]!);
  return out;
}

/** K1(kρ′)/K0(kρ′) of each boundary face at wavenumber k (the outgoing admittance's Bessel factor). */
export function boundaryRatiosInto(out: Float64Array, op: SectionOperator, kPerMm: number): Float64Array {
  const b = op.boundary;
  for (let f = 0; f < b.cell.length; f += 1) out[f] = besselK1OverK0(kPerMm * b.rhoMm[f]!);
  return out;
}

function boundaryConductanceOf(b: SectionOperator['boundary'], f: number, kPerMm: number, ratio: number): number {
  const beta = b.sigmaNormal[f]! * kPerMm * ratio * b.dRhoDn[f]!;
  return beta > 0 ? b.lengthMm[f]! / (b.halfResistance[f]! + 1 / beta) : 0;
}

/** Fills `system.diag` for wavenumber k, given the boundary conductances. `system` shares east/north with `op`. */
export function assembleDiagonalInto(
  system: FivePointSystem,
  op: SectionOperator,
  kPerMm: number,
  boundaryConductance: Float64Array,
): FivePointSystem {
  const k2 = kPerMm * kPerMm;
  const { diag } = system;
  for (let p = 0; p < diag.length; p += 1) diag[p] = op.faceSum[p]! + k2 * op.reaction[p]!;
  const cells = op.boundary.cell;
  for (let f = 0; f < cells.length; f += 1) diag[cells[f]!]! += boundaryConductance[f]!;
  return system;
}
