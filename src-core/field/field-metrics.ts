/**
 * Derived quantities of a potential field: the electric field E = −∇V and half-maximum extents of a
 * profile. Potentials in mV and lengths in mm give E in mV/mm = V/m.
 */
import type { LayerStack } from './layer-stack';
import { layerIndexAt } from './layer-stack';

/** Any potential kernel with the `(out, lateral, axial, dorsal, n)` shape (unit point source, contact, configuration). */
export type PotentialEvaluator = (
  outMv: Float64Array,
  lateralMm: Float64Array,
  axialMm: Float64Array,
  dorsalMm: Float64Array,
  n: number,
) => Float64Array;

/**
 * Fills E = −∇V (V/m, per the evaluator's current) at n points by second-order finite differences of step
 * `stepMm`; the dorso-ventral derivative stays inside the point's layer (one-sided next to an interface,
 * where ∂V/∂z jumps). Allocates scratch once per call.
 *
 * @example
 * electricFieldInto(ex, ey, ez, (o, x, y, z, m) => potentialAtInto(o, field, x, y, z, m), stack, xs, ys, zs, n);
 */
export function electricFieldInto(
  outLateral: Float64Array,
  outAxial: Float64Array,
  outDorsal: Float64Array,
  evaluate: PotentialEvaluator,
  stack: LayerStack,
  lateralMm: Float64Array,
  axialMm: Float64Array,
  dorsalMm: Float64Array,
  n: number,
  stepMm = 0.01,
): void {
  const h = stepMm;
  const shifted = (dx: number, dy: number, dz: (i: number) => number): Float64Array => {
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const z = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      x[i] = lateralMm[i]! + dx;
      y[i] = axialMm[i]! + dy;
      z[i] = dorsalMm[i]! + dz(i);
    }
    return evaluate(new Float64Array(n), x, y, z, n);
  };
  // Per point: +1 central, 2 forward (layer bottom too close), −2 backward (layer top too close).
  const mode = new Int8Array(n);
  for (let i = 0; i < n; i += 1) {
    const layer = stack.layers[layerIndexAt(stack, dorsalMm[i]!)]!;
    const z = dorsalMm[i]!;
    mode[i] = z + h > layer.topMm ? -2 : z - h < layer.bottomMm ? 2 : 1;
  }
  const v0 = shifted(0, 0, () => 0);
  const xp = shifted(h, 0, () => 0);
  const xm = shifted(-h, 0, () => 0);
  const yp = shifted(0, h, () => 0);
  const ym = shifted(0, -h, () => 0);
  const z1 = shifted(0, 0, (i) => (mode[i] === 1 ? h : mode[i]! * 0.5 * h));
  const z2 = shifted(0, 0, (i) => (mode[i] === 1 ? -h : mode[i]! * h));
  for (let i = 0; i < n; i += 1) {
    outLateral[i] = -(xp[i]! - xm[i]!) / (2 * h);
    outAxial[i] = -(yp[i]! - ym[i]!) / (2 * h);
    const sign = mode[i]! > 0 ? 1 : -1;
    outDorsal[i] =
      mode[i] === 1
        ? -(z1[i]! - z2[i]!) / (2 * h)
        : // one-sided, second order: f' ≈ ±(−3f₀ + 4f₁ − f₂)/(2h) with f_k at z ± k·h
          -sign * ((-3 * v0[i]! + 4 * z1[i]! - z2[i]!) / (2 * h));
  }
}

/**
 * Distances (mm) from the peak of |values| to where it first falls to half that peak, on the side of
 * decreasing and of increasing position (linear interpolation between samples); NaN on a side where it
 * never falls that far. Positions must be increasing.
 *
 * @example
 * halfMaximumExtentsMm(Float64Array.of(-2, -1, 0, 1, 2), Float64Array.of(0.1, 0.5, 1, 0.5, 0.1), 5); // { before: 1, after: 1 }
 */
export function halfMaximumExtentsMm(
  positionsMm: Float64Array,
  values: Float64Array,
  n: number,
): { before: number; after: number } {
  let peak = 0;
  for (let i = 1; i < n; i += 1) if (Math.abs(values[i]!) > Math.abs(values[peak]!)) peak = i;
  const half = Math.abs(values[peak]!) / 2;
  const crossing = (step: 1 | -1): number => {
    for (let i = peak; i + step >= 0 && i + step < n; i += step) {
      const a = Math.abs(values[i]!);
      const b = Math.abs(values[i + step]!);
      if (b <= half) {
        const t = (a - half) / (a - b);
        const p = positionsMm[i]! + t * (positionsMm[i + step]! - positionsMm[i]!);
        return Math.abs(p - positionsMm[peak]!);
      }
    }
    return Number.NaN;
  };
  return { before: crossing(-1), after: crossing(1) };
}
