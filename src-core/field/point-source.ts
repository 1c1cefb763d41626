/**
 * Potential of a point current source in an infinite, homogeneous, isotropic volume conductor:
 * V = I / (4πσr). With I in mA, σ in S/m and r in mm, I/(4πσr) comes out in volts; ×1000 gives mV.
 * Positive current = anodic (current leaves the electrode into the tissue).
 */
import type { Millimetres, Milliamps, Millivolts, SiemensPerMetre } from '../units';

const MV_PER_V = 1000;

/**
 * Potential (mV) at distance `distanceMm` from a point source of `currentMa` in a medium of
 * conductivity `conductivitySPerM`. Infinite at r = 0.
 *
 * @example
 * pointSourcePotentialMv(mA(1), mm(1), sPerM(0.2)); // 397.887… mV
 */
export function pointSourcePotentialMv(
  currentMa: Milliamps,
  distanceMm: Millimetres,
  conductivitySPerM: SiemensPerMetre,
): Millivolts {
  return ((MV_PER_V * currentMa) / (4 * Math.PI * conductivitySPerM * distanceMm)) as Millivolts;
}

/**
 * Fills `outMv[i]` (i < n) with the potential of a point source at (`sourceXMm`, `sourceYMm`,
 * `sourceZMm`) at the points `pointsXyzMm[3i..3i+2]` (mm, any one Cartesian frame). No allocation.
 * Returns `outMv`.
 *
 * @example
 * const pts = Float64Array.of(0, 0, 1, 0, 0, 2);
 * pointSourcePotentialsMvInto(new Float64Array(2), pts, 2, 0, 0, 0, 1, 0.2); // [397.9, 198.9]
 */
export function pointSourcePotentialsMvInto(
  outMv: Float64Array,
  pointsXyzMm: Float64Array,
  n: number,
  sourceXMm: number,
  sourceYMm: number,
  sourceZMm: number,
  currentMa: number,
  conductivitySPerM: number,
): Float64Array {
  const k = (MV_PER_V * currentMa) / (4 * Math.PI * conductivitySPerM);
  for (let i = 0; i < n; i += 1) {
    const dx = pointsXyzMm[3 * i]! - sourceXMm;
    const dy = pointsXyzMm[3 * i + 1]! - sourceYMm;
    const dz = pointsXyzMm[3 * i + 2]! - sourceZMm;
    outMv[i] = k / Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
  return outMv;
}

/**
 * Fills `outMv[i]` (i < n) with the potential at axial positions `axialMm[i]` of a straight line, from
 * a point source at axial position `sourceAxialMm` and perpendicular distance `perpendicularMm` from
 * the line. No allocation. Returns `outMv`.
 *
 * @example
 * pointSourceAlongLineMvInto(new Float64Array(1), Float64Array.of(0), 1, 0, 1, 1, 0.2); // [397.9]
 */
export function pointSourceAlongLineMvInto(
  outMv: Float64Array,
  axialMm: Float64Array,
  n: number,
  sourceAxialMm: number,
  perpendicularMm: number,
  currentMa: number,
  conductivitySPerM: number,
): Float64Array {
  const k = (MV_PER_V * currentMa) / (4 * Math.PI * conductivitySPerM);
  const r2 = perpendicularMm * perpendicularMm;
  for (let i = 0; i < n; i += 1) {
    const dz = axialMm[i]! - sourceAxialMm;
    outMv[i] = k / Math.sqrt(dz * dz + r2);
  }
  return outMv;
}
