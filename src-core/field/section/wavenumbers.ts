/**
 * The axial-wavenumber quadrature of the 2.5-D solver. The cross-section is solved at k nodes that are
 * Chebyshev–Lobatto points of panels uniform in t = ln k (the spectrum is smooth in ln k: logarithmic as k → 0,
 * decaying like e^{−k d} at large k); between nodes V̂ is the panel's interpolating polynomial in t. The inverse
 * cosine transform of that interpolant times the contact's sinc factor,
 *   V(Δy) = (1/π) ∫₀^∞ V̂(k) sinc(kL/2) cos(kΔy) dk,
 * is integrated exactly enough by fine Gauss–Legendre sub-panels (a Filon-type rule: the oscillation is put in
 * the weights, not sampled by the solves), so large axial offsets cost no extra solves. Below the first node the
 * spectrum is continued as a + b ln k (the 2-D log regime), with cos·sinc by its Taylor series there.
 */
import { gaussLegendre } from '../gauss-legendre';

/** Wavenumber nodes (1/mm, ascending) and the panel structure that interpolates between them. */
export interface WavenumberRule {
  readonly kPerMm: Float64Array;
  /** ln k of the nodes. */
  readonly t: Float64Array;
  readonly panels: number;
  readonly degree: number;
}

/**
 * Nodes on [kMin, kMax]: panels of ratio ≤ `panelRatio` above `kKnee` and ≤ `lowPanelRatio` below it (the
 * spectrum is nearly a + b ln k there, so wide panels suffice), each with `degree` + 1 Lobatto nodes (shared ends).
 *
 * @example
 * buildWavenumberRule(1e-3, 20, Math.sqrt(10), 4, 0.1, 100).kPerMm.length; // (1 + 6) panels × 4 + 1 = 29
 */
export function buildWavenumberRule(
  kMin: number,
  kMax: number,
  panelRatio: number,
  degree: number,
  kKnee = kMin,
  lowPanelRatio = panelRatio,
): WavenumberRule {
  if (!(kMin > 0 && kMax > kMin && panelRatio > 1 && lowPanelRatio > 1 && degree >= 1))
    throw new RangeError('buildWavenumberRule: need 0 < kMin < kMax, panel ratios > 1, degree ≥ 1');
  const knee = Math.min(Math.max(kKnee, kMin), kMax);
  const edges: number[] = [];
  const addSpan = (from: number, to: number, ratio: number) => {
    if (!(to > from)) return;
    const count = Math.ceil(Math.log(to / from) / Math.log(ratio) - 1e-9);
    for (let i = edges.length === 0 ? 0 : 1; i <= count; i += 1)
      edges.push(Math.log(from) + (i / count) * Math.log(to / from));
  };
  addSpan(kMin, knee, lowPanelRatio);
  addSpan(knee, kMax, panelRatio);
  const panels = edges.length - 1;
  const n = panels * degree + 1;
  const t = new Float64Array(n);
  for (let panel = 0; panel < panels; panel += 1) {
    const ta = edges[panel]!;
    const width = edges[panel + 1]! - ta;
    for (let i = 0; i <= degree; i += 1)
      t[panel * degree + i] = ta + (width * (1 - Math.cos((Math.PI * i) / degree))) / 2;
  }
  const kPerMm = t.map(Math.exp);
  return { kPerMm, t, panels, degree };
}

/** Barycentric Lagrange basis values of one panel's Lobatto nodes at t (into `out`, length degree + 1). */
function lobattoBasisInto(out: Float64Array, nodes: Float64Array, offset: number, degree: number, t: number): void {
  let denominator = 0;
  for (let i = 0; i <= degree; i += 1) {
    const d = t - nodes[offset + i]!;
    if (Math.abs(d) < 1e-14) {
      out.fill(0);
      out[i] = 1;
      return;
    }
    const lambda = (i % 2 === 0 ? 1 : -1) * (i === 0 || i === degree ? 0.5 : 1);
    out[i] = lambda / d;
    denominator += out[i]!;
  }
  for (let i = 0; i <= degree; i += 1) out[i]! /= denominator;
}

const SUB_ORDER = 8;
const MAX_PHASE_PER_SUB = 3; // radians of cos(kΔy)·sinc(kL/2) per 8-point sub-panel: error ≈ (3/2)¹⁶/16! ≈ 3e−11

/**
 * Fills `out[j]` (j over the nodes) with the weights of the inverse cosine transform at axial offset `dyMm`
 * for a uniform line source of length `lengthMm` (0 = point source): V(Δy) ≈ Σ_j out[j] V̂(k_j). Includes 1/π.
 */
export function axialWeightsInto(
  out: Float64Array,
  rule: WavenumberRule,
  dyMm: number,
  lengthMm: number,
): Float64Array {
  const { t, degree, panels } = rule;
  const sub = gaussLegendre(SUB_ORDER);
  const basis = new Float64Array(degree + 1);
  out.fill(0);
  const phaseRate = Math.abs(dyMm) + lengthMm / 2;
  for (let panel = 0; panel < panels; panel += 1) {
    const offset = panel * degree;
    const ta = t[offset]!;
    const tb = t[offset + degree]!;
    const kb = Math.exp(tb);
    const subs = Math.max(2, Math.ceil((phaseRate * kb * (tb - ta)) / MAX_PHASE_PER_SUB));
    const h = (tb - ta) / subs;
    for (let s = 0; s < subs; s += 1) {
      for (let g = 0; g < SUB_ORDER; g += 1) {
        const tq = ta + h * (s + (sub.nodes[g]! + 1) / 2);
        const k = Math.exp(tq);
        const half = (k * lengthMm) / 2;
        const sinc = half < 1e-8 ? 1 : Math.sin(half) / half;
        const w = (sub.weights[g]! * h * 0.5 * k * sinc * Math.cos(k * dyMm)) / Math.PI;
        lobattoBasisInto(basis, t, offset, degree, tq);
        for (let i = 0; i <= degree; i += 1) out[offset + i]! += w * basis[i]!;
      }
    }
  }
  // [0, k0]: V̂ ≈ V̂0 + s (ln k − t0), s from the first two nodes, and cos(kΔy)·sinc(kL/2) ≈ 1 − c2 k² + c4 k⁴
  // (k0 Δy ≤ 0.12 for Δy ≤ 120 mm): ∫₀¹ u^{2n} du = 1/(2n+1), ∫₀¹ u^{2n} ln u du = −1/(2n+1)².
  const k0 = rule.kPerMm[0]!;
  const dy2 = dyMm * dyMm;
  const l2 = lengthMm * lengthMm;
  const c2 = (dy2 / 2 + l2 / 24) * k0 * k0;
  const c4 = ((dy2 * dy2) / 24 + (l2 * l2) / 1920 + (dy2 * l2) / 48) * k0 ** 4;
  const flat = 1 - c2 / 3 + c4 / 5;
  const logarithmic = -(1 - c2 / 9 + c4 / 25);
  const dt = t[1]! - t[0]!;
  out[0]! += (k0 * (flat - logarithmic / dt)) / Math.PI;
  out[1]! += (k0 * logarithmic) / dt / Math.PI;
  return out;
}
