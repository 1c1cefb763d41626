/**
 * Radial nodes of a unit-source table: ρ_i = a·sinh(i·Δu), fine (≈ a·Δu) near the source's axis and
 * growing in proportion to ρ far away (≈ Δu·ρ), where the potential decays like 1/ρ. Internal module.
 */

export interface RadialGrid {
  /** The fine scale a (mm): the smallest spectral decay distance in the table, clamped to 0.1–1 mm. */
  readonly scaleMm: number;
  /** Δu: node spacing in u = asinh(ρ/a). */
  readonly du: number;
  readonly count: number;
  readonly rhoMm: Float64Array;
  /** Last node's radius (mm); beyond it each angular harmonic is continued as 1/ρ. */
  readonly maxRadiusMm: number;
}

/**
 * Builds nodes from ρ = 0 to the first node at or beyond `maxRadiusMm`.
 * @example buildRadialGrid(0.5, 0.1, 80).count; // 59
 */
export function buildRadialGrid(scaleMm: number, du: number, maxRadiusMm: number): RadialGrid {
  const count = Math.ceil(Math.asinh(maxRadiusMm / scaleMm) / du) + 1;
  const rhoMm = new Float64Array(count);
  for (let i = 0; i < count; i += 1) rhoMm[i] = scaleMm * Math.sinh(i * du);
  return { scaleMm, du, count, rhoMm, maxRadiusMm: rhoMm[count - 1]! };
}

/**
 * Cubic Lagrange weights at x for nodes at −1, 0, 1, 2 (uniform spacing 1). No allocation.
 * @example cubicWeightsInto(w, 0, 0); // w = [0, 1, 0, 0]
 */
export function cubicWeightsInto(out: Float64Array, offset: number, x: number): void {
  const xm1 = x - 1;
  const xm2 = x - 2;
  const xp1 = x + 1;
  out[offset] = (-x * xm1 * xm2) / 6;
  out[offset + 1] = (xp1 * xm1 * xm2) / 2;
  out[offset + 2] = (-xp1 * x * xm2) / 2;
  out[offset + 3] = (xp1 * x * xm1) / 6;
}
