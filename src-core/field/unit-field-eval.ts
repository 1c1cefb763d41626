/**
 * Evaluation of a unit-source table: cubic Lagrange interpolation in depth (inside one layer segment,
 * in the graded coordinate ln(d₀ + s)) and in radius (in asinh(ρ/a)), exact angular harmonics cos 2mφ
 * (Chebyshev recurrence on cos 2φ), plus the analytic direct term in the layers touching the source.
 */
import { cubicWeightsInto } from './radial-grid';
import type { UnitSourceField } from './unit-source-field';

/** Reusable scratch for one depth: four table nodes and their weights. Create once, reuse per point. */
export interface DepthStencil {
  readonly node: Int32Array;
  readonly weight: Float64Array;
  /** 1 when the point's segment stores V − V_direct (add the direct term back). */
  residual: number;
  /** The clamped depth used (dorsalMm). */
  zMm: number;
  /** Length (mm) over which the tabulated part varies at this depth (its spectral decay distance). */
  scaleMm: number;
  readonly radial: Int32Array;
  readonly radialWeight: Float64Array;
  readonly acc: Float64Array;
}

/**
 * Scratch sized for `field`. Allocates; call outside loops.
 * @example const s = createDepthStencil(field); prepareDepth(field, -3.4, s); tableValueMv(field, s, 0, 2);
 */
export function createDepthStencil(field: UnitSourceField): DepthStencil {
  return {
    node: new Int32Array(4),
    weight: new Float64Array(4),
    residual: 0,
    zMm: 0,
    scaleMm: 1,
    radial: new Int32Array(4),
    radialWeight: new Float64Array(4),
    acc: new Float64Array(field.harmonics),
  };
}

/**
 * Prepares the depth interpolation for `dorsalMm` (clamped to the table's depth range). No allocation.
 * @example prepareDepth(field, -3.4, stencil); // then tableValueMv(field, stencil, x, y) for many (x, y)
 */
export function prepareDepth(field: UnitSourceField, dorsalMm: number, s: DepthStencil): void {
  const { depth } = field;
  const z = Math.min(depth.dorsalLimitMm, Math.max(depth.ventralLimitMm, dorsalMm));
  const segments = depth.segments;
  let seg = segments[segments.length - 1]!;
  for (let i = 0; i < segments.length; i += 1) {
    if (z >= segments[i]!.bottomMm) {
      seg = segments[i]!;
      break;
    }
  }
  const dist = seg.nearIsTop ? seg.topMm - z : z - seg.bottomMm;
  const t = (Math.log(seg.d0Mm + Math.max(0, dist)) - seg.w0) / seg.dw;
  const i = Math.min(seg.count - 3, Math.max(1, Math.floor(t)));
  cubicWeightsInto(s.weight, 0, t - i);
  for (let a = 0; a < 4; a += 1) s.node[a] = seg.first + i - 1 + a;
  s.residual = seg.residual ? 1 : 0;
  s.zMm = z;
  s.scaleMm = seg.d0Mm + Math.max(0, dist);
}

/**
 * Table part of the potential (mV per mA) at in-plane offset (x lateral, y axial) from the source, at the
 * depth prepared in `s`. Excludes the direct term. No allocation.
 * @example tableValueMv(field, stencil, 1.5, -2); // mV per mA, reflected/transmitted part only
 */
export function tableValueMv(field: UnitSourceField, s: DepthStencil, xMm: number, yMm: number): number {
  const { radial, values, harmonics: nh } = field;
  const rho2 = xMm * xMm + yMm * yMm;
  const rho = Math.sqrt(rho2);
  const nr = radial.count;
  let radialTerms = 4;
  let farScale = 1;
  if (rho >= radial.maxRadiusMm) {
    radialTerms = 1;
    s.radial[0] = nr - 1;
    s.radialWeight[0] = 1;
    farScale = radial.maxRadiusMm / rho;
  } else {
    const u = Math.asinh(rho / radial.scaleMm) / radial.du;
    const i = Math.min(nr - 3, Math.floor(u));
    cubicWeightsInto(s.radialWeight, 0, u - i);
    for (let b = 0; b < 4; b += 1) s.radial[b] = Math.abs(i - 1 + b); // ρ is even: node −1 mirrors node 1
  }
  const acc = s.acc;
  acc.fill(0);
  for (let a = 0; a < 4; a += 1) {
    const rowBase = s.node[a]! * nr;
    const wz = s.weight[a]!;
    for (let b = 0; b < radialTerms; b += 1) {
      const w = wz * s.radialWeight[b]!;
      const base = (rowBase + s.radial[b]!) * nh;
      for (let m = 0; m < nh; m += 1) acc[m]! += w * values[base + m]!;
    }
  }
  let sum = acc[0]!;
  if (nh > 1) {
    const c = rho2 > 0 ? (xMm * xMm - yMm * yMm) / rho2 : 1; // cos 2φ, φ from the lateral axis
    let tPrev = 1;
    let t = c;
    for (let m = 1; m < nh; m += 1) {
      sum += t * acc[m]!;
      const tNext = 2 * c * t - tPrev;
      tPrev = t;
      t = tNext;
    }
  }
  return sum * farScale;
}

/**
 * Analytic direct term (mV per mA) of the unit point source at offset (x, y, z − h). Infinite at the source.
 * @example directPointMv(field, 0, 0, 1); // 1000/(4π·0.04·1) ≈ 1989 mV in epidural fat
 */
export function directPointMv(field: UnitSourceField, xMm: number, yMm: number, dzMm: number): number {
  const d = field.source.direct;
  return field.directMv / Math.sqrt((xMm * xMm) / d.sx + (yMm * yMm) / d.sy + (dzMm * dzMm) / d.sz);
}

/**
 * Fills `outMv[i]` (i < n) with the potential (mV per mA; sign: + for anodic current) of the table's unit
 * point source (at lateral 0, axial 0, dorsalMm = source height) at the points (`lateralMm[i]`,
 * `axialMm[i]`, `dorsalMm[i]`) of the spine frame, relative to a distant ground. Depths outside the
 * table's range are clamped to it. Infinite exactly at the source. Returns `outMv`.
 *
 * @example
 * const out = potentialAtInto(new Float64Array(1), field, Float64Array.of(0), Float64Array.of(0), Float64Array.of(-4), 1);
 */
export function potentialAtInto(
  outMv: Float64Array,
  field: UnitSourceField,
  lateralMm: Float64Array,
  axialMm: Float64Array,
  dorsalMm: Float64Array,
  n: number,
): Float64Array {
  const s = createDepthStencil(field);
  for (let i = 0; i < n; i += 1) {
    prepareDepth(field, dorsalMm[i]!, s);
    const x = lateralMm[i]!;
    const y = axialMm[i]!;
    let v = tableValueMv(field, s, x, y);
    if (s.residual === 1) v += directPointMv(field, x, y, s.zMm - field.sourceHeightMm);
    outMv[i] = v;
  }
  return outMv;
}
