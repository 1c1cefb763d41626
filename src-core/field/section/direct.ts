/**
 * The source's own field in its homogeneous, isotropic medium (mV per mA), the part the 2.5-D solver
 * subtracts before solving and adds back in closed form: a point current I/(4πσr), or a uniform line of length L
 * along the cord, (I/(4πσL))·[asinh((L/2 − Δy)/ρ) + asinh((L/2 + Δy)/ρ)] (the planar code's ring-contact kernel).
 */
import { lineIntegral } from '../direct-shapes';

const MV_PER_V = 1000;

/**
 * Direct potential at cross-section distance `perpMm` (clamped to ≥ `radiusMm`, the lead's surface) and
 * axial offset `axialOffsetMm` from the contact's centre.
 *
 * @example
 * directPotentialMv(0.04, 3, 0, 0, 0); // 1000/(4π·0.04·3) ≈ 663 mV
 */
export function directPotentialMv(
  sigmaSPerM: number,
  perpMm: number,
  axialOffsetMm: number,
  lengthMm: number,
  radiusMm: number,
): number {
  const perp = Math.max(perpMm, radiusMm, 1e-6);
  const scale = MV_PER_V / (4 * Math.PI * sigmaSPerM);
  return lengthMm > 0
    ? (scale / lengthMm) * lineIntegral(axialOffsetMm, perp, lengthMm)
    : scale / Math.sqrt(perp * perp + axialOffsetMm * axialOffsetMm);
}
