/**
 * The layered conductor in the spatial-frequency domain. For in-plane wavenumber (kx, ky) = k(cos θ, sin θ)
 * the potential in a layer with diagonal tensor (σx, σy, σz) is V̂ = A e^{γz} + B e^{−γz} with
 * γ = √((σx kx² + σy ky²)/σz). Normal current continuity is tracked with the layer admittance
 * g = σz γ = √(σz(σx kx² + σy ky²)) and the recursive input admittance of everything beyond a face,
 * Y ← g (Y + g tanh γd)/(g + Y tanh γd) (a transmission-line recursion; the numerically stable form of the
 * transfer-matrix product). A unit point current on the source plane gives V̂_s = 1/(Y_up + Y_down)
 * (V per mA with σ in S/m and k in 1/mm), and V̂ in each sublayer follows from V̂ at its near face.
 * Internal module: the public API is unit-source-field.ts.
 */
import type { LayerStack } from './layer-stack';
import { assertValidStack } from './layer-stack';

/** The stack split at the source plane: sublayers `below − 1` and `below` touch the source. */
export interface SourceStack {
  readonly count: number;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  readonly sz: Float64Array;
  readonly top: Float64Array;
  readonly bottom: Float64Array;
  readonly thickness: Float64Array;
  /** Exponential decay per mm of the slowest in-plane direction, relative to k (≤ 1; 1 for isotropic). */
  readonly decayPerMm: Float64Array;
  readonly below: number;
  readonly neumann: boolean;
  readonly sourceMm: number;
  readonly anisotropicInPlane: boolean;
  /** Analytic direct term: V_D = factor / (4π √(σx σy σz) √(x²/σx + y²/σy + z²/σz)) near the source. */
  readonly direct: { readonly sx: number; readonly sy: number; readonly sz: number; readonly factor: number };
}

const sameTensor = (a: { sx: number; sy: number; sz: number }, b: { sx: number; sy: number; sz: number }): boolean =>
  a.sx === b.sx && a.sy === b.sy && a.sz === b.sz;

/**
 * Splits the stack at the source depth (`splitAtSource(stack, 0.675).below` = the sublayer under the source). Throws if the source lies above an insulating plane, or on an
 * interface where either neighbour is anisotropic (the direct term would have no closed form there).
 */
export function splitAtSource(stack: LayerStack, sourceMm: number): SourceStack {
  assertValidStack(stack);
  if (!Number.isFinite(sourceMm)) throw new RangeError('source depth must be finite');
  if (stack.insulatingTopMm !== null && sourceMm > stack.insulatingTopMm)
    throw new RangeError('the source lies inside the insulating paddle');
  const subs: { sx: number; sy: number; sz: number; top: number; bottom: number }[] = [];
  let below = -1;
  for (const layer of stack.layers) {
    const c = layer.conductivity;
    const base = { sx: c.lateralSPerM, sy: c.axialSPerM, sz: c.dorsoVentralSPerM };
    if (sourceMm < layer.topMm && sourceMm > layer.bottomMm) {
      subs.push({ ...base, top: layer.topMm, bottom: sourceMm });
      below = subs.length;
      subs.push({ ...base, top: sourceMm, bottom: layer.bottomMm });
    } else {
      if (sourceMm === layer.topMm) below = subs.length;
      subs.push({ ...base, top: layer.topMm, bottom: layer.bottomMm });
    }
  }
  const neumann = stack.insulatingTopMm !== null;
  const dn = subs[below]!;
  const up = below > 0 ? subs[below - 1]! : null;
  let direct: SourceStack['direct'];
  if (up === null) direct = { sx: dn.sx, sy: dn.sy, sz: dn.sz, factor: 2 };
  else if (sameTensor(up, dn)) direct = { sx: dn.sx, sy: dn.sy, sz: dn.sz, factor: 1 };
  else {
    const iso = (s: { sx: number; sy: number; sz: number }): boolean => s.sx === s.sy && s.sy === s.sz;
    if (!iso(up) || !iso(dn)) throw new RangeError('a source on an interface needs isotropic layers on both sides');
    const mean = (up.sx + dn.sx) / 2;
    direct = { sx: mean, sy: mean, sz: mean, factor: 1 };
  }
  const f64 = (pick: (s: (typeof subs)[number]) => number): Float64Array => Float64Array.from(subs, pick);
  return {
    count: subs.length,
    sx: f64((s) => s.sx),
    sy: f64((s) => s.sy),
    sz: f64((s) => s.sz),
    top: f64((s) => s.top),
    bottom: f64((s) => s.bottom),
    thickness: f64((s) => s.top - s.bottom),
    decayPerMm: f64((s) => Math.min(1, Math.sqrt(Math.min(s.sx, s.sy) / s.sz))),
    below,
    neumann,
    sourceMm,
    anisotropicInPlane: subs.some((s) => s.sx !== s.sy),
    direct,
  };
}

/** Per-wavenumber scratch: admittance g, γ, reflection terms p = 1 + r, q = 1 − r, den, V̂ at the near face. */
export interface SpectralWorkspace {
  readonly g: Float64Array;
  readonly gamma: Float64Array;
  readonly p: Float64Array;
  readonly q: Float64Array;
  readonly den: Float64Array;
  readonly vNear: Float64Array;
  /** 1/(G_up + G_down): the direct term's amplitude, V̂_D = e^{−γ|z − z_s|} · directAmplitude. */
  directAmplitude: number;
}

/** Scratch for `solveSpectralInto`. @example const ws = createSpectralWorkspace(splitAtSource(stack, 0.675)); */
export function createSpectralWorkspace(st: SourceStack): SpectralWorkspace {
  const n = st.count;
  const a = (): Float64Array => new Float64Array(n);
  return { g: a(), gamma: a(), p: a(), q: a(), den: a(), vNear: a(), directAmplitude: 0 };
}

/**
 * Solves the layered problem for a unit point current at wavenumber k (1/mm, > 0) in direction
 * (cos²θ, sin²θ) = (`c2`, `s2`). Fills `ws`; V̂ at depth offset δ from the near face of sublayer j
 * (the face toward the source) is vNear[j]·(p e^{−γδ} + q e^{−γ(2d−δ)})/den, or vNear[j]·e^{−γδ} in
 * a half-space. No allocation.
 *
 * @example
 * solveSpectralInto(ws, st, 0.5, 1, 0); // k = 0.5 /mm along the lateral axis
 */
export function solveSpectralInto(ws: SpectralWorkspace, st: SourceStack, k: number, c2: number, s2: number): void {
  const { g, gamma, vNear } = ws;
  const n = st.count;
  const below = st.below;
  for (let j = 0; j < n; j += 1) {
    const gj = k * Math.sqrt(st.sz[j]! * (st.sx[j]! * c2 + st.sy[j]! * s2));
    g[j] = gj;
    gamma[j] = gj / st.sz[j]!;
  }
  // Looking down from the source: recursion from the bottom half-space up to the source plane.
  let y = g[n - 1]!;
  for (let j = n - 2; j >= below; j -= 1) {
    setFace(ws, j, y, st.thickness[j]!);
    y = lift(g[j]!, y, gamma[j]! * st.thickness[j]!);
  }
  const yDown = y;
  // Looking up: from the insulating plane (Y = 0) or the top half-space (Y = g₀) down to the source plane.
  let yUp = 0;
  if (below > 0) {
    let j0 = 0;
    y = 0;
    if (!st.neumann) {
      y = g[0]!;
      j0 = 1;
    }
    for (let j = j0; j < below; j += 1) {
      setFace(ws, j, y, st.thickness[j]!);
      y = lift(g[j]!, y, gamma[j]! * st.thickness[j]!);
    }
    yUp = y;
  }
  const vSource = 1 / (yUp + yDown);
  ws.directAmplitude = 1 / ((below > 0 ? g[below - 1]! : 0) + g[below]!);
  for (let j = below; j < n; j += 1)
    vNear[j] = j === below ? vSource : vNear[j - 1]! * farRatio(ws, j - 1, st.thickness[j - 1]!);
  for (let j = below - 1; j >= 0; j -= 1)
    vNear[j] = j === below - 1 ? vSource : vNear[j + 1]! * farRatio(ws, j + 1, st.thickness[j + 1]!);
}

/** Input admittance at the near face of a slab of admittance g and γd, with admittance y behind it. */
function lift(g: number, y: number, gammaD: number): number {
  const t = Math.tanh(gammaD);
  return (g * (y + g * t)) / (g + y * t);
}

/** Stores p, q, den of a finite sublayer from the admittance `yFar` at its far face. */
function setFace(ws: SpectralWorkspace, j: number, yFar: number, thickness: number): void {
  const r = yFar / ws.g[j]!;
  ws.p[j] = 1 + r;
  ws.q[j] = 1 - r;
  ws.den[j] = 1 + r + (1 - r) * Math.exp(-2 * ws.gamma[j]! * thickness);
}

/** V̂(far face)/V̂(near face) of finite sublayer j: 2e^{−γd}/den. */
function farRatio(ws: SpectralWorkspace, j: number, thickness: number): number {
  return (2 * Math.exp(-ws.gamma[j]! * thickness)) / ws.den[j]!;
}
