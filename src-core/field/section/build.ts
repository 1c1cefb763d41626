/**
 * Builds the 2.5-D field of one unit source in the canal's cross-section (docs/physics-field.md,
 * "Cross-section (2.5D) model"). Per axial wavenumber k the cross-section problem is solved by finite volumes
 * for the smooth residual u = V̂ − V̂_D, where V̂_D = K0(k r)/(2πσ_s) is the source's own field in its
 * homogeneous medium (epidural fat): A u = −(A − A_s) V̂_D, A_s being the same operator with σ_s everywhere.
 * The residual spectra are then transformed back along the cord (wavenumbers.ts) onto a 3-D table
 * (cross-section cells × axial offsets) per contact length; evaluation adds the closed-form direct term.
 */
import { sectionConductivitiesWith, tensorOf } from './conductivities';
import type { SectionConductivities } from './conductivities';
import { fastBesselK0 } from './bessel-k';
import { directPotentialMv } from './direct';
import type { CanalCrossSection, Ellipse, SectionTissue } from './geometry';
import { sectionTissueAt } from './geometry';
import type { GridAxis, RefinedZone } from './grid';
import { buildAxis } from './grid';
import type { CellMedia, SectionOperator } from './operator';
import {
  assembleDiagonalInto,
  boundaryConductancesFromRatiosInto,
  boundaryRatiosInto,
  buildSectionOperator,
} from './operator';
import { createPcgWorkspace, solvePcgInto } from './pcg';
import { addToBasis, createReducedBasis, predictInto } from './reduced-basis';
import type { FivePointSystem } from './pcg';
import type { WavenumberRule } from './wavenumbers';
import { axialWeightsInto, buildWavenumberRule } from './wavenumbers';

const MV_PER_V = 1000;

/** The source: its place in the cross-section and the contact lengths (mm; 0 = point source) to tabulate. */
export interface SectionSource {
  readonly sourceLateralMm: number;
  readonly sourceDorsalMm: number;
  readonly contactLengthsMm: readonly number[];
}

/** Numerical choices; the defaults give ≈0.1–1 % accuracy at fibre positions (see the docs' validation table). */
export interface SectionFieldOptions {
  readonly conductivities?: Partial<SectionConductivities>;
  /** Distance from the source to the far boundary in every direction (mm), default 80. */
  readonly farBoundaryMm?: number;
  /** Cell size next to the source (mm), default 0.05. */
  readonly sourceSpacingMm?: number;
  /** Cell height at the cord's dorsal surface and across the dorsal dura (mm), default 0.1. */
  readonly cordSpacingMm?: number;
  /** Cell size over the region of interest (mm), default 0.25 (doubled ventral to the cord's centre). */
  readonly canalSpacingMm?: number;
  /** Growth ratio of the cells away from the source, default 1.1 (the direct term's gradients at interfaces). */
  readonly sourceGrowth?: number;
  /** Largest cell (mm), default 8. */
  readonly maxSpacingMm?: number;
  /** Geometric growth ratio of neighbouring cells inside the region of interest, default 1.2. */
  readonly growth?: number;
  /** Growth ratio outside the region of interest (bone, smooth far field), default 1.4. */
  readonly farGrowth?: number;
  /** Divides every cell size (grid refinement studies), default 1. */
  readonly gridScale?: number;
  /** Where the table is kept and the grid refined; default the canal's bounding box + 1 mm, within ±30 mm. */
  readonly regionOfInterest?: {
    readonly lateralMm: readonly [number, number];
    readonly dorsalMm: readonly [number, number];
  };
  readonly minWavenumberPerMm?: number;
  /** Default 17/d (residual spectrum below e^−34), d = distance from the source to another tissue, in [4, 60]. */
  readonly maxWavenumberPerMm?: number;
  /** k ratio of one panel, default √10; Lobatto degree per panel, default 6. */
  readonly panelRatio?: number;
  readonly panelDegree?: number;
  /** Below this k (default 0.1/mm) panels may span a ratio of `lowPanelRatio` (default 10). */
  readonly wavenumberKneePerMm?: number;
  readonly lowPanelRatio?: number;
  /** Axial offsets Δy = a·sinh(m·step), m = 0 … up to `maxAxialMm`; defaults a = 0.5 mm, step 0.15, 120 mm. */
  readonly axialScaleMm?: number;
  readonly axialStep?: number;
  readonly maxAxialMm?: number;
  /** Subtract the source's homogeneous field (default true). False: solve for V̂ itself (tests only). */
  readonly subtractDirect?: boolean;
  /** Cells per side of the coarse-level blocks of the preconditioner, default 6. */
  readonly coarseBlock?: number;
  /** Solutions kept in the reduced-basis predictor across k (reduced-basis.ts), default 8. */
  readonly basisWindow?: number;
  /**
   * PCG relative residual, default 5e−5: against 1e−8 it moves V by < 1e−5 and ∂²V/∂y² by < 2e−4 of their peaks
   * at fibre points (docs).
   */
  readonly tolerance?: number;
  /** Called with the fraction done (0…1) after each wavenumber. */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * The 3-D table of one contact length: values[(i·nDorsal + j)·axialNodes + m] (mV per mA), the residual V − V_D in
 * cells of the source's tissue and the total V elsewhere (`SectionField.holdsTotal`). Cell-major, the axial offsets
 * of a cell contiguous: a point's stencil reads 4 short runs, and the contacts of one lead read the same runs.
 */
export interface SectionResidualTable {
  readonly lengthMm: number;
  readonly values: Float32Array;
}

/** A built field for one source position. Treat as opaque; evaluate with `sectionPotentialInto`. */
export interface SectionField {
  readonly geometry: CanalCrossSection;
  readonly sourceLateralMm: number;
  readonly sourceDorsalMm: number;
  /** Table nodes: cross-section cell centres (mm) and axial offsets Δy_m = axialScaleMm·sinh(m·axialStep). */
  readonly lateralMm: Float64Array;
  readonly dorsalMm: Float64Array;
  readonly axialScaleMm: number;
  readonly axialStep: number;
  readonly axialNodes: number;
  readonly residuals: readonly SectionResidualTable[];
  /** Per table cell: 1 if it holds the total potential (outside the source's tissue), 0 if the residual V − V_D. */
  readonly holdsTotal: Uint8Array;
  /** The tissue containing the source (its conductivity is `directSigmaSPerM`). */
  readonly sourceTissue: SectionTissue;
  /** The source medium's conductivity (S/m) for the direct term; null when nothing was subtracted. */
  readonly directSigmaSPerM: number | null;
  readonly stats: {
    readonly cellsLateral: number;
    readonly cellsDorsal: number;
    readonly wavenumbers: number;
    readonly maxWavenumberPerMm: number;
    readonly pcgIterations: number;
    readonly tableBytes: number;
  };
}

function zonesFor(
  geometry: CanalCrossSection,
  source: SectionSource,
  roi: NonNullable<SectionFieldOptions['regionOfInterest']>,
  h: { source: number; sourceGrowth: number; cord: number; canal: number; growth: number },
): { lateral: RefinedZone[]; dorsal: RefinedZone[] } {
  const cordTop = geometry.cord.centreDorsalMm + geometry.cord.halfDepthMm;
  const sacTop = geometry.sac.centreDorsalMm + geometry.sac.halfDepthMm;
  const dura = geometry.duraThicknessMm;
  const [xLo, xHi] = roi.lateralMm;
  const [zLo, zHi] = roi.dorsalMm;
  const midCord = Math.min(Math.max(geometry.cord.centreDorsalMm, zLo), zHi);
  // Inside the region of interest the zones grade at their own ratios; beyond its edge (bone, smooth far field)
  // every cell grows at the axis's far ratio. A zone's reach is its distance to the farther edge of the region.
  const inside = (fromMm: number, toMm: number, spacingMm: number, lo: number, hi: number, growth = h.growth) => ({
    fromMm,
    toMm,
    spacingMm,
    growth,
    reachMm: Math.max(0, fromMm - lo, hi - toMm),
  });
  const xs = source.sourceLateralMm;
  const zs = source.sourceDorsalMm;
  return {
    lateral: [inside(xs, xs, h.source, xLo, xHi, h.sourceGrowth), { fromMm: xLo, toMm: xHi, spacingMm: h.canal }],
    dorsal: [
      inside(zs, zs, h.source, zLo, zHi, h.sourceGrowth),
      inside(cordTop - 1.5, cordTop + 0.3, h.cord, zLo, zHi),
      inside(sacTop - 0.2, sacTop + dura + 0.2, Math.min(h.cord, dura / 3), zLo, zHi),
      { fromMm: midCord, toMm: zHi, spacingMm: h.canal },
      { fromMm: zLo, toMm: midCord, spacingMm: 2 * h.canal },
    ],
  };
}

function defaultRegion(
  geometry: CanalCrossSection,
  source: SectionSource,
): NonNullable<SectionFieldOptions['regionOfInterest']> {
  const c = geometry.canal;
  const clip = (lo: number, hi: number, centre: number): [number, number] => [
    Math.max(lo, centre - 30),
    Math.min(hi, centre + 30),
  ];
  return {
    lateralMm: clip(
      c.centreLateralMm - c.halfWidthMm - 1,
      c.centreLateralMm + c.halfWidthMm + 1,
      source.sourceLateralMm,
    ),
    dorsalMm: clip(c.centreDorsalMm - c.halfDepthMm - 1, c.centreDorsalMm + c.halfDepthMm + 1, source.sourceDorsalMm),
  };
}

/** dorsalMm of the interfaces crossed by the vertical line under the source (their dorsal sides). */
function interfacesUnder(geometry: CanalCrossSection, lateralMm: number): number[] {
  const dorsalSide = (e: Ellipse, grow = 0): number[] => {
    const u = (lateralMm - e.centreLateralMm) / (e.halfWidthMm + grow);
    return Math.abs(u) < 1 ? [e.centreDorsalMm + (e.halfDepthMm + grow) * Math.sqrt(1 - u * u)] : [];
  };
  return [
    ...dorsalSide(geometry.canal),
    ...dorsalSide(geometry.sac, geometry.duraThicknessMm),
    ...dorsalSide(geometry.sac),
    ...dorsalSide(geometry.cord),
    ...dorsalSide(geometry.greyMatter),
  ];
}

function mediaOf(x: GridAxis, z: GridAxis, geometry: CanalCrossSection, sigma: SectionConductivities): CellMedia {
  const n = x.cells * z.cells;
  const media = { sx: new Float64Array(n), sy: new Float64Array(n), sz: new Float64Array(n) };
  for (let i = 0; i < x.cells; i += 1) {
    for (let j = 0; j < z.cells; j += 1) {
      const t = tensorOf(sigma, sectionTissueAt(geometry, x.centresMm[i]!, z.centresMm[j]!));
      const p = i * z.cells + j;
      media.sx[p] = t.lateralSPerM;
      media.sy[p] = t.axialSPerM;
      media.sz[p] = t.dorsoVentralSPerM;
    }
  }
  return media;
}

/** Index range [first, last] of the cell centres inside [lo, hi] (at least one cell). */
function rangeOf(centres: Float64Array, lo: number, hi: number): [number, number] {
  let first = 0;
  while (first < centres.length - 1 && centres[first]! < lo) first += 1;
  let last = centres.length - 1;
  while (last > first && centres[last]! > hi) last -= 1;
  return [Math.max(0, first - 1), Math.min(centres.length - 1, last + 1)];
}

/** The right-hand side −(A − A_s)V̂_D of the residual problem at wavenumber k. */
interface ResidualSource {
  readonly op: SectionOperator;
  readonly homogeneous: SectionOperator;
  readonly sigmaSource: number;
  readonly distanceMm: Float64Array;
  /** Cells whose row of A − A_s is not empty, or neighbours of such cells. */
  readonly needed: Uint8Array;
  readonly direct: Float64Array;
  /** op's boundary conductances and K1/K0 ratios at the current k, set by the caller (they also enter the matrix). */
  readonly boundary: Float64Array;
  readonly ratios: Float64Array;
  readonly boundaryHomogeneous: Float64Array;
  /** True when the homogeneous operator's boundary faces lie at op's distances ρ′ (isotropic media at the boundary). */
  readonly sharesRatios: boolean;
  readonly ratiosHomogeneous: Float64Array;
}

function residualRhsInto(b: Float64Array, s: ResidualSource, k: number): void {
  const { op, homogeneous: h, direct: vd, needed } = s;
  const nz = op.nz;
  const n = op.nx * nz;
  const scale = 1 / (2 * Math.PI * s.sigmaSource);
  // Beyond k·r = 40 the direct field is < e^−40 of its value near the source: left out of the RHS.
  for (let p = 0; p < n; p += 1) {
    const x = k * s.distanceMm[p]!;
    vd[p] = needed[p] === 1 && x < 40 ? fastBesselK0(x) * scale : 0;
  }
  b.fill(0);
  const k2 = k * k;
  for (let p = 0; p < n; p += 1) {
    if (needed[p] === 0) continue;
    b[p]! -= k2 * (op.reaction[p]! - h.reaction[p]!) * vd[p]!;
    const dEast = op.east[p]! - h.east[p]!;
    if (dEast !== 0 && p + nz < n) {
      const flux = dEast * (vd[p]! - vd[p + nz]!);
      b[p]! -= flux;
      b[p + nz]! += flux;
    }
    const dNorth = op.north[p]! - h.north[p]!;
    if (dNorth !== 0) {
      const flux = dNorth * (vd[p]! - vd[p + 1]!);
      b[p]! -= flux;
      b[p + 1]! += flux;
    }
  }
  // s.boundary and s.ratios hold op's boundary conductances and ratios at k already (filled by the caller).
  const ratios = s.sharesRatios ? s.ratios : boundaryRatiosInto(s.ratiosHomogeneous, h, k);
  boundaryConductancesFromRatiosInto(s.boundaryHomogeneous, h, k, ratios);
  const cells = op.boundary.cell;
  for (let f = 0; f < cells.length; f += 1) {
    const p = cells[f]!;
    b[p]! -= (s.boundary[f]! - s.boundaryHomogeneous[f]!) * vd[p]!;
  }
}

function residualSourceFor(op: SectionOperator, x: GridAxis, z: GridAxis, src: SectionSource, sigma: number) {
  const n = op.nx * op.nz;
  const uniform = {
    sx: new Float64Array(n).fill(sigma),
    sy: new Float64Array(n).fill(sigma),
    sz: new Float64Array(n).fill(sigma),
  };
  const homogeneous = buildSectionOperator(x, z, uniform, src.sourceLateralMm, src.sourceDorsalMm);
  const distanceMm = new Float64Array(n);
  const differs = new Uint8Array(n);
  for (let i = 0; i < op.nx; i += 1) {
    for (let j = 0; j < op.nz; j += 1) {
      const p = i * op.nz + j;
      distanceMm[p] = Math.hypot(x.centresMm[i]! - src.sourceLateralMm, z.centresMm[j]! - src.sourceDorsalMm);
      if (
        op.reaction[p] !== homogeneous.reaction[p] ||
        op.east[p] !== homogeneous.east[p] ||
        op.north[p] !== homogeneous.north[p]
      )
        differs[p] = 1;
    }
  }
  const needed = new Uint8Array(n);
  for (let p = 0; p < n; p += 1) {
    if (differs[p] === 0) continue;
    needed[p] = 1;
    if (p + op.nz < n) needed[p + op.nz] = 1;
    if (p >= op.nz) needed[p - op.nz] = 1;
    if (p + 1 < n) needed[p + 1] = 1;
    if (p >= 1) needed[p - 1] = 1;
  }
  for (let f = 0; f < op.boundary.cell.length; f += 1) needed[op.boundary.cell[f]!] = 1;
  const faces = op.boundary.cell.length;
  let nearestMm = Infinity;
  for (let p = 0; p < n; p += 1) if (differs[p] === 1) nearestMm = Math.min(nearestMm, distanceMm[p]!);
  const source: ResidualSource = {
    op,
    homogeneous,
    sigmaSource: sigma,
    distanceMm,
    needed,
    direct: new Float64Array(n),
    boundary: new Float64Array(faces),
    ratios: new Float64Array(faces),
    boundaryHomogeneous: new Float64Array(faces),
    sharesRatios: op.boundary.rhoMm.every((rho, f) => rho === homogeneous.boundary.rhoMm[f]),
    ratiosHomogeneous: new Float64Array(faces),
  };
  return { source, nearestMm };
}

/**
 * Builds the field of a unit point current at (`sourceLateralMm`, `sourceDorsalMm`) of the cross-section
 * (it must lie in an isotropic tissue, normally the epidural fat), with residual tables for each contact
 * length (a ring contact = uniform line source of that length on the lead axis; 0 = point source).
 * All contacts of one lead share one field. Deterministic; ≈ 0.5 s (0.7 s cold) and 1.7 MB per contact length for a thoracic
 * canal (docs), so build it off the UI thread and cache it (`sectionFieldKey`).
 *
 * @example
 * const section = crossSectionFromDimensions({ dcsfMm: 4.6, duraThicknessMm: 0.3, cordWidthMm: 9, cordDepthMm: 6.5,
 *   cordLateralOffsetMm: 0, sacHalfWidthMm: 7.5 });
 * const field = buildSectionField(section, { sourceLateralMm: 0, sourceDorsalMm: 0.675, contactLengthsMm: [3] });
 */
export function buildSectionField(
  geometry: CanalCrossSection,
  source: SectionSource,
  options: SectionFieldOptions = {},
): SectionField {
  const sigma = sectionConductivitiesWith(options.conductivities);
  const xs = source.sourceLateralMm;
  const zs = source.sourceDorsalMm;
  const sourceTissue = sectionTissueAt(geometry, xs, zs);
  const sourceTensor = tensorOf(sigma, sourceTissue);
  if (
    sourceTensor.lateralSPerM !== sourceTensor.axialSPerM ||
    sourceTensor.axialSPerM !== sourceTensor.dorsoVentralSPerM
  )
    throw new RangeError(`buildSectionField: the source must lie in an isotropic tissue, not ${sourceTissue}`);
  const lengths = [...new Set(source.contactLengthsMm)];
  if (lengths.length === 0 || lengths.some((l) => !(l >= 0 && Number.isFinite(l))))
    throw new RangeError('buildSectionField: give at least one contact length ≥ 0 mm');
  const scale = options.gridScale ?? 1;
  const far = options.farBoundaryMm ?? 80;
  const roi = options.regionOfInterest ?? defaultRegion(geometry, source);
  const zones = zonesFor(geometry, source, roi, {
    source: (options.sourceSpacingMm ?? 0.05) / scale,
    sourceGrowth: 1 + ((options.sourceGrowth ?? 1.1) - 1) / scale,
    cord: (options.cordSpacingMm ?? 0.1) / scale,
    canal: (options.canalSpacingMm ?? 0.25) / scale,
    growth: 1 + ((options.growth ?? 1.2) - 1) / scale,
  });
  const growth = 1 + ((options.farGrowth ?? 1.4) - 1) / scale;
  const maxH = (options.maxSpacingMm ?? 8) / scale;
  const x = buildAxis(xs - far, xs + far, xs, zones.lateral, growth, maxH);
  const z = buildAxis(zs - far, zs + far, zs, zones.dorsal, growth, maxH, interfacesUnder(geometry, xs));
  const op = buildSectionOperator(x, z, mediaOf(x, z, geometry, sigma), xs, zs);
  const nx = op.nx;
  const nz = op.nz;
  const n = nx * nz;
  const subtract = options.subtractDirect ?? true;
  const sigmaSource = sourceTensor.axialSPerM;
  const { source: residualSource, nearestMm } = residualSourceFor(op, x, z, source, sigmaSource);
  const kMax = options.maxWavenumberPerMm ?? (subtract ? Math.min(60, Math.max(4, 17 / nearestMm)) : 60);
  const rule: WavenumberRule = buildWavenumberRule(
    options.minWavenumberPerMm ?? 1e-3,
    kMax,
    options.panelRatio ?? Math.sqrt(10),
    options.panelDegree ?? 6,
    options.wavenumberKneePerMm ?? 0.1,
    options.lowPanelRatio ?? 10,
  );
  const nk = rule.kPerMm.length;

  const [i0, i1] = rangeOf(x.centresMm, roi.lateralMm[0], roi.lateralMm[1]);
  const [j0, j1] = rangeOf(z.centresMm, roi.dorsalMm[0], roi.dorsalMm[1]);
  const nxT = i1 - i0 + 1;
  const nzT = j1 - j0 + 1;
  const nT = nxT * nzT;
  // Cell-major (a cell's nk values contiguous): the transform below reads each cell's spectrum once.
  const spectra = new Float64Array(nk * nT);
  const holdsTotal = new Uint8Array(nT);
  for (let i = 0; i < nxT; i += 1)
    for (let j = 0; j < nzT; j += 1)
      holdsTotal[i * nzT + j] =
        !subtract || sectionTissueAt(geometry, x.centresMm[i + i0]!, z.centresMm[j + j0]!) !== sourceTissue ? 1 : 0;

  const system: FivePointSystem = { nx, nz, diag: new Float64Array(n), east: op.east, north: op.north };
  const ws = createPcgWorkspace(nx, nz, options.coarseBlock ?? 6);
  const rhs = new Float64Array(n);
  const solution = new Float64Array(n);
  const boundary = new Float64Array(op.boundary.cell.length);
  const ixSource = x.facesMm.indexOf(xs);
  const jzSource = z.facesMm.indexOf(zs);
  let iterations = 0;
  const basis = createReducedBasis(op, options.basisWindow ?? 8, 4);
  let done = 0;
  // From the largest k down (its solutions are cheapest; each predicts the next through the basis).
  for (let q = nk - 1; q >= 0; q -= 1) {
    const k = rule.kPerMm[q]!;
    boundaryRatiosInto(residualSource.ratios, op, k);
    assembleDiagonalInto(system, op, k, boundaryConductancesFromRatiosInto(boundary, op, k, residualSource.ratios));
    residualSource.boundary.set(boundary);
    if (subtract) residualRhsInto(rhs, residualSource, k);
    else {
      rhs.fill(0);
      for (const [di, dj] of [
        [-1, -1],
        [0, -1],
        [-1, 0],
        [0, 0],
      ] as const)
        rhs[(ixSource + di) * nz + jzSource + dj] = 0.25;
    }
    predictInto(solution, basis, k, boundary, rhs);
    const used = solvePcgInto(system, rhs, solution, ws, options.tolerance ?? 5e-5, 20000);
    if (used > 0) addToBasis(basis, solution);
    iterations += used;
    for (let i = 0; i < nxT; i += 1)
      for (let j = 0; j < nzT; j += 1) spectra[(i * nzT + j) * nk + q] = solution[(i + i0) * nz + j + j0]!;
    done += 1;
    options.onProgress?.(done / (nk + lengths.length));
  }

  const a = options.axialScaleMm ?? 0.5;
  const step = options.axialStep ?? 0.15;
  const axialNodes = Math.ceil(Math.asinh((options.maxAxialMm ?? 120) / a) / step) + 1;
  // Cross-section distance of each table cell from the source (for the direct term of the cells holding V).
  const perpMm = new Float64Array(nT);
  for (let i = 0; i < nxT; i += 1)
    for (let j = 0; j < nzT; j += 1)
      perpMm[i * nzT + j] = Math.hypot(x.centresMm[i + i0]! - xs, z.centresMm[j + j0]! - zs);
  // The transform is a small matrix (axial offsets × wavenumbers, in the cache) applied to each cell's spectrum:
  // each spectrum is read once and each cell's table run written in order.
  const offsetsMm = Float64Array.from({ length: axialNodes }, (_, m) => a * Math.sinh(m * step));
  const weights = new Float64Array(axialNodes * nk);
  const row = new Float64Array(nk);
  const sums = new Float64Array(4);
  const residuals = lengths.map((lengthMm, li) => {
    for (let m = 0; m < axialNodes; m += 1) {
      axialWeightsInto(row, rule, offsetsMm[m]!, lengthMm);
      for (let q = 0; q < nk; q += 1) weights[m * nk + q] = row[q]! * MV_PER_V;
    }
    const values = new Float32Array(axialNodes * nT);
    for (let c = 0; c < nT; c += 1) {
      const spectrum = c * nk;
      const run = c * axialNodes;
      // Outside the source's tissue the table holds the total potential (the residual there contains −V_D, large
      // and curved, which interpolates badly); evaluation converts where a stencil mixes the two.
      const addsDirect = subtract && holdsTotal[c] === 1;
      // Four offsets at a time: four independent sums per spectrum value read (each summed in the order of k).
      for (let m0 = 0; m0 < axialNodes; m0 += 4) {
        const w0 = m0 * nk;
        const w1 = Math.min(m0 + 1, axialNodes - 1) * nk;
        const w2 = Math.min(m0 + 2, axialNodes - 1) * nk;
        const w3 = Math.min(m0 + 3, axialNodes - 1) * nk;
        let v0 = 0;
        let v1 = 0;
        let v2 = 0;
        let v3 = 0;
        for (let q = 0; q < nk; q += 1) {
          const u = spectra[spectrum + q]!;
          v0 += weights[w0 + q]! * u;
          v1 += weights[w1 + q]! * u;
          v2 += weights[w2 + q]! * u;
          v3 += weights[w3 + q]! * u;
        }
        sums[0] = v0;
        sums[1] = v1;
        sums[2] = v2;
        sums[3] = v3;
        for (let g = 0; g < 4 && m0 + g < axialNodes; g += 1) {
          const m = m0 + g;
          let v = sums[g]!;
          if (addsDirect) v += directPotentialMv(sigmaSource, perpMm[c]!, offsetsMm[m]!, lengthMm, 0);
          values[run + m] = v;
        }
      }
    }
    options.onProgress?.((nk + li + 1) / (nk + lengths.length));
    return { lengthMm, values };
  });
  return {
    geometry,
    sourceLateralMm: xs,
    sourceDorsalMm: zs,
    lateralMm: x.centresMm.slice(i0, i1 + 1),
    dorsalMm: z.centresMm.slice(j0, j1 + 1),
    axialScaleMm: a,
    axialStep: step,
    axialNodes,
    residuals,
    holdsTotal,
    sourceTissue,
    directSigmaSPerM: subtract ? sigmaSource : null,
    stats: {
      cellsLateral: nx,
      cellsDorsal: nz,
      wavenumbers: nk,
      maxWavenumberPerMm: kMax,
      pcgIterations: iterations,
      tableBytes: residuals.length * axialNodes * nT * 4,
    },
  };
}
