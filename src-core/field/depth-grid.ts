/**
 * Depth nodes of a unit-source table. The table's depth range is cut at every layer interface into
 * segments, so interpolation never crosses a jump in ∂V/∂z. Inside a segment, nodes are uniform in
 * w = ln(d₀ + s) (s = distance from the segment's end nearest the source's influence, d₀ = the spectral
 * decay distance there): spacing grows in proportion to the distance from the source, as the field's
 * length scale does. Each node also records what the spectral solver needs (its sublayer, its distance
 * from that sublayer's near face, whether the direct term is subtracted there) and the wavenumber
 * beyond which its spectrum is below e^{−34} of its peak. Internal module.
 */
import type { SourceStack } from './spectral-stack';

/** e^{−34} ≈ 1.7e−15: spectra are integrated until e^{−k·d} falls below this. */
const DECAY_EXPONENT = 34;
/** Wavenumber cap (1/mm): points closer than ≈0.25 mm to the source plane, across an interface, lose accuracy. */
export const MAX_WAVENUMBER_PER_MM = 150;
const MIN_DECAY_MM = 0.02;

export interface DepthSegment {
  readonly topMm: number;
  readonly bottomMm: number;
  readonly nearIsTop: boolean;
  readonly d0Mm: number;
  readonly w0: number;
  readonly dw: number;
  readonly first: number;
  readonly count: number;
  /** Table values here are V − V_direct (the analytic direct term is added back at evaluation). */
  readonly residual: boolean;
}

export interface DepthGrid {
  readonly segments: readonly DepthSegment[];
  readonly nodeCount: number;
  readonly zMm: Float64Array;
  readonly sublayer: Int32Array;
  readonly delta: Float64Array;
  readonly mirror: Float64Array;
  readonly residual: Uint8Array;
  readonly kMax: Float64Array;
  readonly dorsalLimitMm: number;
  readonly ventralLimitMm: number;
  /** Smallest spectral decay distance over the nodes (mm): sets the radial grid's fine scale. */
  readonly minDecayMm: number;
}

/** Sublayer index holding depth z, on the source's side of the source plane when z is on it. */
function sublayerAt(st: SourceStack, z: number): number {
  if (z === st.sourceMm) return st.below;
  for (let j = 0; j < st.count; j += 1) if (z >= st.bottom[j]! && z <= st.top[j]!) return j;
  return z > st.sourceMm ? 0 : st.count - 1;
}

const isResidual = (st: SourceStack, j: number): boolean => j === st.below || j === st.below - 1;

/**
 * Spectral decay distance (mm) of the tabulated quantity at depth z in sublayer j.
 * @example decayDistanceMm(st, -3.3, 4); // ≈ 3.975 for a source 0.675 mm above the dura, dCSF 3
 */
export function decayDistanceMm(st: SourceStack, z: number, j: number): number {
  if (isResidual(st, j)) {
    // V − V_direct: reflections from the far faces of the source's sublayers (image distances).
    let d = Infinity;
    const dec = Math.min(st.decayPerMm[st.below]!, st.below > 0 ? st.decayPerMm[st.below - 1]! : 1);
    const bottom = st.bottom[st.below]!;
    if (bottom > -Infinity) d = Math.min(d, (z - bottom + st.sourceMm - bottom) * dec);
    if (st.below > 0) {
      const top = st.top[st.below - 1]!;
      if (top < Infinity) d = Math.min(d, (top - z + top - st.sourceMm) * dec);
    }
    return Math.max(d, MIN_DECAY_MM);
  }
  // Full potential: path distance from the source plane, each sublayer weighted by its slowest decay.
  let d = 0;
  for (let i = 0; i < st.count; i += 1) {
    const lo = Math.max(Math.min(z, st.sourceMm), st.bottom[i]!);
    const hi = Math.min(Math.max(z, st.sourceMm), st.top[i]!);
    if (hi > lo) d += (hi - lo) * st.decayPerMm[i]!;
  }
  return Math.max(d, MIN_DECAY_MM);
}

/**
 * Builds the depth nodes between `ventralLimitMm` and `dorsalLimitMm`; `step` is the node spacing in
 * w = ln(d₀ + s) (0.15 ≈ 15 % of the distance from the source).
 * @example buildDepthGrid(splitAtSource(stack, 0.675), 5.675, -16.3, 0.15).nodeCount; // 43
 */
export function buildDepthGrid(
  st: SourceStack,
  dorsalLimitMm: number,
  ventralLimitMm: number,
  step: number,
): DepthGrid {
  const breaks = [dorsalLimitMm];
  for (let j = 0; j < st.count; j += 1) {
    const b = st.bottom[j]!;
    const isSourcePlaneInsideLayer = b === st.sourceMm && j === st.below - 1 && sameMaterial(st, j, j + 1);
    if (b < dorsalLimitMm && b > ventralLimitMm && !isSourcePlaneInsideLayer) breaks.push(b);
  }
  breaks.push(ventralLimitMm);
  const pieces: { top: number; bottom: number }[] = [];
  for (let i = 0; i + 1 < breaks.length; i += 1) {
    const top = breaks[i]!;
    const bottom = breaks[i + 1]!;
    // A residual segment whose decay distance peaks inside (images on both sides) is graded from both ends.
    const peak = tentPeak(st, top, bottom);
    if (peak === null) pieces.push({ top, bottom });
    else pieces.push({ top, bottom: peak }, { top: peak, bottom });
  }
  const segments: DepthSegment[] = [];
  const z: number[] = [];
  for (const { top, bottom } of pieces) {
    const jMid = sublayerAt(st, (top + bottom) / 2);
    const dTop = decayDistanceMm(st, top, nodeSublayer(st, jMid, top));
    const dBottom = decayDistanceMm(st, bottom, nodeSublayer(st, jMid, bottom));
    const nearIsTop = dTop <= dBottom;
    const d0 = Math.max(Math.min(dTop, dBottom), MIN_DECAY_MM);
    const length = top - bottom;
    const span = Math.log(d0 + length) - Math.log(d0);
    const intervals = Math.max(3, Math.ceil(span / step));
    const dw = span / intervals;
    const w0 = Math.log(d0);
    const first = z.length;
    for (let i = 0; i <= intervals; i += 1) {
      const s = i === intervals ? length : Math.exp(w0 + i * dw) - d0;
      z.push(nearIsTop ? top - s : bottom + s);
    }
    segments.push({
      topMm: top,
      bottomMm: bottom,
      nearIsTop,
      d0Mm: d0,
      w0,
      dw,
      first,
      count: intervals + 1,
      residual: isResidual(st, jMid),
    });
  }
  const n = z.length;
  const grid = {
    segments,
    nodeCount: n,
    zMm: Float64Array.from(z),
    sublayer: new Int32Array(n),
    delta: new Float64Array(n),
    mirror: new Float64Array(n),
    residual: new Uint8Array(n),
    kMax: new Float64Array(n),
    dorsalLimitMm,
    ventralLimitMm,
    minDecayMm: Infinity,
  };
  for (const seg of segments) {
    const jMid = sublayerAt(st, (seg.topMm + seg.bottomMm) / 2);
    for (let i = seg.first; i < seg.first + seg.count; i += 1) {
      const zi = grid.zMm[i]!;
      const j = nodeSublayer(st, jMid, zi);
      const below = j >= st.below;
      const delta = below ? st.top[j]! - zi : zi - st.bottom[j]!;
      grid.sublayer[i] = j;
      grid.delta[i] = Math.max(0, delta);
      grid.mirror[i] = 2 * st.thickness[j]! - delta;
      grid.residual[i] = seg.residual ? 1 : 0;
      const d = decayDistanceMm(st, zi, j);
      grid.kMax[i] = Math.min(MAX_WAVENUMBER_PER_MM, DECAY_EXPONENT / d);
      grid.minDecayMm = Math.min(grid.minDecayMm, d);
    }
  }
  return grid;
}

function sameMaterial(st: SourceStack, a: number, b: number): boolean {
  return st.sx[a] === st.sx[b] && st.sy[a] === st.sy[b] && st.sz[a] === st.sz[b];
}

/** Depth where a residual segment's decay distance peaks strictly inside it (images on both sides), or null. */
function tentPeak(st: SourceStack, top: number, bottom: number): number | null {
  const j = sublayerAt(st, (top + bottom) / 2);
  if (!isResidual(st, j) || st.below === 0) return null;
  const b = st.bottom[st.below]!;
  const t = st.top[st.below - 1]!;
  if (!(b > -Infinity && t < Infinity)) return null;
  // (z − b) + (z_s − b) = (t − z) + (t − z_s)  ⇒  z = t + b − z_s.
  const crossing = t + b - st.sourceMm;
  return crossing < top && crossing > bottom ? crossing : null;
}

/** The sublayer of a node at depth z in a segment whose midpoint lies in sublayer jMid. */
function nodeSublayer(st: SourceStack, jMid: number, z: number): number {
  if (isResidual(st, jMid) && st.below > 0 && sameMaterial(st, st.below - 1, st.below))
    return z > st.sourceMm ? st.below - 1 : st.below;
  return jMid;
}
