/**
 * The unit-source field table: the potential (mV per mA) of a unit point current at lateral 0, axial 0,
 * dorsalMm = h in a planar layer stack, tabulated once per (stack, h) and then interpolated at any point.
 * All sources at the same height differ only by an in-plane translation, so one table serves every
 * contact of a lead (and every Gauss point standing in for an extended contact).
 *
 * Method (docs/physics-field.md): for each tabulated depth z, the 2-D spectrum V̂(k, θ, z) from
 * spectral-stack.ts is expanded in angular harmonics cos 2mθ (it is even in kx and ky; only the
 * anisotropic white matter makes it depend on θ), and each harmonic is Hankel-transformed:
 *   V(ρ, φ, z) = Σ_m H_m(ρ, z) cos 2mφ,   H_m = (−1)^m/(2π) ∫₀^∞ a_m(k, z) J_2m(kρ) k dk,
 * with composite Gauss–Legendre panels in k. In the layers touching the source the analytic direct term
 * (the point source in that medium) is subtracted before transforming and added back exactly at
 * evaluation, so the table holds only smooth reflected fields there.
 */
import type { LayerStack } from './layer-stack';
import { besselJInto } from './bessel';
import type { DepthGrid } from './depth-grid';
import { buildDepthGrid } from './depth-grid';
import { gaussLegendre } from './gauss-legendre';
import type { RadialGrid } from './radial-grid';
import { buildRadialGrid } from './radial-grid';
import type { SourceStack } from './spectral-stack';
import { createSpectralWorkspace, solveSpectralInto, splitAtSource } from './spectral-stack';

const MV_PER_V = 1000;
const MAX_DIRECTIONS = 64;

export interface UnitSourceFieldOptions {
  /** Shallowest tabulated depth (dorsalMm); default: source + 5 mm, or the paddle face. Shallower points are clamped. */
  readonly dorsalLimitMm?: number;
  /** Deepest tabulated depth; default: 10 mm below the deepest interface. Deeper points are clamped. */
  readonly ventralLimitMm?: number;
  /** Tabulated in-plane radius (mm), default 80; beyond it each harmonic is continued as 1/ρ. */
  readonly maxRadiusMm?: number;
  /** Radial node spacing in asinh(ρ/a), default 0.1. */
  readonly radialStep?: number;
  /** Depth node spacing in ln(d₀ + s), default 0.15. */
  readonly depthStep?: number;
  /**
   * Directions θ sampled over a quarter turn when the stack is anisotropic in-plane. Default: 16, doubled
   * (to 64) until the angular series converges; a given value is used as is.
   */
  readonly angularSamples?: number;
  /** Harmonics smaller than this fraction of the local isotropic part are dropped, default 1e-7. */
  readonly harmonicTolerance?: number;
}

/** A built table. Treat as opaque; evaluate with `potentialAtInto` (unit-field-eval.ts). */
export interface UnitSourceField {
  readonly stack: LayerStack;
  readonly sourceHeightMm: number;
  readonly source: SourceStack;
  readonly depth: DepthGrid;
  readonly radial: RadialGrid;
  /** Number of stored harmonics m = 0 … harmonics − 1. */
  readonly harmonics: number;
  /** H_m at [depth node][radial node][m] (mV per mA). */
  readonly values: Float64Array;
  /** Direct term V_D = directMv / √(x²/σx + y²/σy + z²/σz), added back in residual segments. */
  readonly directMv: number;
  /** Counts for cost reports. */
  readonly stats: { readonly wavenumbers: number; readonly directions: number; readonly tableBytes: number };
}

/**
 * Builds the table for a unit source at `sourceHeightMm` (spine-frame dorsalMm; in the fat above the
 * dura, or on the paddle face = the stack's insulating plane).
 *
 * @example
 * const stack = layerStackFor({ dcsfMm: mm(3.2) });
 * const field = buildUnitSourceField(stack, 0.675); // percutaneous lead (Ø 1.35 mm) lying on the dura
 */
export function buildUnitSourceField(
  stack: LayerStack,
  sourceHeightMm: number,
  options: UnitSourceFieldOptions = {},
): UnitSourceField {
  const st = splitAtSource(stack, sourceHeightMm);
  let deepest = sourceHeightMm;
  for (const layer of stack.layers) if (Number.isFinite(layer.bottomMm)) deepest = Math.min(deepest, layer.bottomMm);
  const dorsal = options.dorsalLimitMm ?? stack.insulatingTopMm ?? sourceHeightMm + 5;
  const ventral = options.ventralLimitMm ?? deepest - 10;
  if (!(dorsal > ventral)) throw new RangeError('unit source field: the dorsal limit must lie above the ventral limit');
  if (stack.insulatingTopMm !== null && dorsal > stack.insulatingTopMm)
    throw new RangeError('unit source field: the table cannot reach into the paddle');
  const depth = buildDepthGrid(st, dorsal, ventral, options.depthStep ?? 0.15);
  const maxRadius = options.maxRadiusMm ?? 80;
  const radial = buildRadialGrid(Math.min(1, Math.max(0.1, depth.minDecayMm)), options.radialStep ?? 0.1, maxRadius);

  // Directions double (to 64 at most) until the angular series converges within the computed harmonics.
  const tolerance = options.harmonicTolerance ?? 1e-7;
  let directions = st.anisotropicInPlane ? (options.angularSamples ?? 16) : 1;
  let fullHarmonics: number;
  let raw: { values: Float64Array; wavenumbers: number };
  let harmonics: number;
  for (;;) {
    fullHarmonics = st.anisotropicInPlane ? Math.floor(0.75 * directions) + 1 : 1;
    raw = transformAll(st, depth, radial, directions, fullHarmonics, maxRadius);
    harmonics = trimHarmonics(raw.values, depth.nodeCount, radial.count, fullHarmonics, tolerance);
    if (harmonics < fullHarmonics || directions >= MAX_DIRECTIONS || options.angularSamples !== undefined) break;
    directions *= 2;
  }
  const values = new Float64Array(depth.nodeCount * radial.count * harmonics);
  for (let cell = 0; cell < depth.nodeCount * radial.count; cell += 1) {
    for (let m = 0; m < harmonics; m += 1) values[cell * harmonics + m] = raw.values[cell * fullHarmonics + m]!;
  }
  const d = st.direct;
  return {
    stack,
    sourceHeightMm,
    source: st,
    depth,
    radial,
    harmonics,
    values,
    directMv: (MV_PER_V * d.factor) / (4 * Math.PI * Math.sqrt(d.sx * d.sy * d.sz)),
    stats: { wavenumbers: raw.wavenumbers, directions, tableBytes: values.byteLength },
  };
}

/** Highest harmonic count needed anywhere in the table (relative to the local m = 0 term). */
function trimHarmonics(values: Float64Array, nodes: number, radii: number, full: number, tolerance: number): number {
  let keep = 1;
  for (let i = 0; i < nodes; i += 1) {
    let peak = 0;
    for (let r = 0; r < radii; r += 1) peak = Math.max(peak, Math.abs(values[(i * radii + r) * full]!));
    for (let r = 0; r < radii; r += 1) {
      const base = (i * radii + r) * full;
      const scale = Math.abs(values[base]!) + 1e-3 * peak;
      for (let m = full - 1; m >= keep; m -= 1) {
        if (Math.abs(values[base + m]!) > tolerance * scale) {
          keep = m + 1;
          break;
        }
      }
    }
  }
  return keep;
}

/** Quadrature panel in k: 20-point Gauss–Legendre over a width that keeps J(kρ_max) to ≤ 32 rad per panel. */
const PANEL_ORDER = 20;
/** Spectral harmonics below this fraction of the node's isotropic part are skipped at that wavenumber. */
const SPECTRAL_HARMONIC_TOLERANCE = 1e-9;

function transformAll(
  st: SourceStack,
  depth: DepthGrid,
  radial: RadialGrid,
  directions: number,
  harmonics: number,
  maxRadius: number,
) {
  const nodes = depth.nodeCount;
  const radii = radial.count;
  const values = new Float64Array(nodes * radii * harmonics);
  // Active nodes for a wavenumber are a prefix of the nodes sorted by their cut-off kMax (descending).
  const order = Int32Array.from({ length: nodes }, (_, i) => i).sort((a, b) => depth.kMax[b]! - depth.kMax[a]!);
  const kTop = depth.kMax[order[0]!]!;
  const width = Math.min(0.4, 32 / Math.max(maxRadius, radial.maxRadiusMm));
  const panels = Math.ceil(kTop / width);
  const rule = gaussLegendre(PANEL_ORDER);
  // Directions: t_j = 2θ_j at DCT-II points; cos²θ = (1 + cos t)/2.
  const c2 = new Float64Array(directions);
  const s2 = new Float64Array(directions);
  const dct = new Float64Array(harmonics * directions);
  for (let j = 0; j < directions; j += 1) {
    const t = directions === 1 ? 0 : ((j + 0.5) * Math.PI) / directions;
    c2[j] = (1 + Math.cos(t)) / 2;
    s2[j] = (1 - Math.cos(t)) / 2;
    for (let m = 0; m < harmonics; m += 1) dct[m * directions + j] = ((m === 0 ? 1 : 2) / directions) * Math.cos(m * t);
  }
  const ws = createSpectralWorkspace(st);
  const spectrum = new Float64Array(nodes * directions);
  const coeff = new Float64Array(nodes * harmonics);
  const e1 = new Float64Array(nodes);
  const e2 = new Float64Array(nodes);
  const bessel = new Float64Array(2 * harmonics + 1);
  const kernel = new Float64Array(harmonics);
  const isotropicLayer = Uint8Array.from({ length: st.count }, (_, j) =>
    st.sx[j] === st.sy[j] && st.sy[j] === st.sz[j] ? 1 : 0,
  );
  let wavenumbers = 0;
  for (let p = 0; p < panels; p += 1) {
    const k0 = p * width;
    let active = 0;
    while (active < nodes && depth.kMax[order[active]!]! > k0) active += 1;
    for (let g = 0; g < PANEL_ORDER; g += 1) {
      const k = k0 + (width * (rule.nodes[g]! + 1)) / 2;
      const wk = (width * rule.weights[g]!) / 2;
      wavenumbers += 1;
      for (let a = 0; a < active; a += 1) {
        const i = order[a]!;
        if (isotropicLayer[depth.sublayer[i]!] === 1) {
          e1[i] = Math.exp(-k * depth.delta[i]!);
          e2[i] = Math.exp(-k * depth.mirror[i]!);
        }
      }
      for (let j = 0; j < directions; j += 1) {
        solveSpectralInto(ws, st, k, c2[j]!, s2[j]!);
        for (let a = 0; a < active; a += 1) {
          const i = order[a]!;
          const sub = depth.sublayer[i]!;
          let x1 = e1[i]!;
          let x2 = e2[i]!;
          if (isotropicLayer[sub] === 0) {
            x1 = Math.exp(-ws.gamma[sub]! * depth.delta[i]!);
            x2 = Math.exp(-ws.gamma[sub]! * depth.mirror[i]!);
          }
          const finite = Number.isFinite(st.thickness[sub]!);
          let v = finite ? (ws.vNear[sub]! * (ws.p[sub]! * x1 + ws.q[sub]! * x2)) / ws.den[sub]! : ws.vNear[sub]! * x1;
          if (depth.residual[i] === 1) v -= ws.directAmplitude * x1;
          spectrum[i * directions + j] = k * v;
        }
      }
      // Angular harmonics of each node's spectrum; at this k only the first `needed` matter anywhere.
      let needed = 1;
      for (let a = 0; a < active; a += 1) {
        const i = order[a]!;
        let a0 = 0;
        for (let m = 0; m < harmonics; m += 1) {
          let s = 0;
          for (let j = 0; j < directions; j += 1) s += dct[m * directions + j]! * spectrum[i * directions + j]!;
          coeff[i * harmonics + m] = s;
          if (m === 0) a0 = Math.abs(s);
          else if (m >= needed && Math.abs(s) > SPECTRAL_HARMONIC_TOLERANCE * a0) needed = m + 1;
        }
      }
      for (let r = 0; r < radii; r += 1) {
        besselJInto(bessel, k * radial.rhoMm[r]!, 2 * needed - 2);
        for (let m = 0; m < needed; m += 1)
          kernel[m] = ((m % 2 === 0 ? 1 : -1) * wk * bessel[2 * m]! * MV_PER_V) / (2 * Math.PI);
        for (let a = 0; a < active; a += 1) {
          const i = order[a]!;
          const base = (i * radii + r) * harmonics;
          const cBase = i * harmonics;
          for (let m = 0; m < needed; m += 1) values[base + m]! += kernel[m]! * coeff[cBase + m]!;
        }
      }
    }
  }
  return { values, wavenumbers };
}

/**
 * A string that identifies a table's inputs, for caches (the worker keeps one table per key): equal keys
 * mean equal tables. Heights are rounded to 1 nm.
 *
 * @example
 * unitSourceFieldKey(stack, 0.675); // '{"s":…,"h":0.675,"o":{}}'
 */
export function unitSourceFieldKey(
  stack: LayerStack,
  sourceHeightMm: number,
  options: UnitSourceFieldOptions = {},
): string {
  const layers = stack.layers.map((l) => [
    l.topMm,
    l.bottomMm,
    l.conductivity.lateralSPerM,
    l.conductivity.axialSPerM,
    l.conductivity.dorsoVentralSPerM,
  ]);
  return JSON.stringify({ s: layers, p: stack.insulatingTopMm, h: Math.round(sourceHeightMm * 1e6) / 1e6, o: options });
}
