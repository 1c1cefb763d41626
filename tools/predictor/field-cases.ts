/**
 * Extracellular fields used to calibrate and test the threshold predictor against the MRG model:
 * point sources, bipoles and tripoles near a straight fibre, and a fibre that bends away under the
 * electrode (dorsal-root-like), in an infinite homogeneous medium (`src-core/field/point-source.ts`).
 *
 * Frame: the fibre's reference node is at the origin; the straight part of the fibre runs along +x
 * (arc length s = x). A curved fibre is straight for s ≤ 0 and then bends in the x–y plane towards +y
 * on a circular arc. Sources are points (x, y, z) in mm with a current weight per unit stimulus
 * (+1 = the unit current leaves that contact, i.e. anodic for a positive stimulus).
 */
import { pointSourcePotentialsMvInto } from '../../src-core/field/point-source';

/** One point contact of a field case. */
export interface FieldSource {
  readonly xMm: number;
  readonly yMm: number;
  readonly zMm: number;
  /** Current per unit stimulus (sum of |weight| of the contacts of one polarity is 1). */
  readonly weight: number;
}

/** A field around a fibre: a set of point sources and the fibre's path. */
export interface FieldCase {
  readonly id: string;
  readonly kind: 'point' | 'bipole' | 'tripole' | 'curved';
  /**
   * Polarity of the primary contact (the point, the first bipole contact, the tripole centre) during
   * the first phase of the cathodic-first calibration pulses: weight +1 → cathodic, −1 → anodic.
   */
  readonly polarity: 'cathodic' | 'anodic';
  readonly sources: readonly FieldSource[];
  /** Bend radius of a curved fibre (mm); 0 for a straight fibre. */
  readonly bendRadiusMm: number;
  /** Bend angle (rad) after which the curved fibre continues straight. */
  readonly bendAngleRad: number;
  /** Half-length (mm) the fibre needs on each side of the reference node to avoid end effects. */
  readonly halfLengthMm: number;
}

/** Conductivity of the homogeneous calibration medium (S/m); thresholds scale with it exactly. */
export const CALIBRATION_CONDUCTIVITY_S_PER_M = 0.2; // grey-/white-matter order, as pointSourceThresholdMa
/** Half-length per unit distance for a net-cathodic or balanced field (docs/physics-axon.md §3). */
const HALF_LENGTH_PER_DISTANCE = 5;
/** Half-length per unit distance when the field is a net anodic monopole (end excitation; §3). */
const HALF_LENGTH_PER_DISTANCE_ANODIC = 8;

/**
 * Half-length (mm) a fibre needs around its reference node for a set of sources: the farthest
 * contact's axial position plus k × its distance from the fibre axis (k = 8 for a net anodic
 * monopole, 5 otherwise), as in the point-source convergence study of docs/physics-axon.md.
 */
function halfLengthFor(sources: readonly FieldSource[]): number {
  let net = 0;
  for (const s of sources) net += s.weight;
  const k = net < 0 ? HALF_LENGTH_PER_DISTANCE_ANODIC : HALF_LENGTH_PER_DISTANCE;
  let half = 0;
  for (const s of sources) half = Math.max(half, Math.abs(s.xMm) + k * Math.hypot(s.yMm, s.zMm));
  return half;
}

/** 'cathodic' for sign +1 (Ve falls at the contact during a cathodic phase), else 'anodic'. */
function polarityOf(sign: 1 | -1): FieldCase['polarity'] {
  return sign > 0 ? 'cathodic' : 'anodic';
}

function straight(id: string, kind: FieldCase['kind'], sign: 1 | -1, sources: FieldSource[]): FieldCase {
  const polarity = polarityOf(sign);
  return {
    id: `${id} ${polarity}`,
    kind,
    polarity,
    sources,
    bendRadiusMm: 0,
    bendAngleRad: 0,
    halfLengthMm: halfLengthFor(sources),
  };
}

/**
 * A point source at `distanceMm` from the fibre axis, `offsetMm` along it from the reference node.
 * `sign` +1: weight +1 (the contact is the cathode of a cathodic-first pulse); −1: weight −1 (anode).
 *
 * @example
 * pointCase(2, 0.3, -1).sources; // [{ xMm: 0.3, yMm: 0, zMm: 2, weight: -1 }]
 */
export function pointCase(distanceMm: number, offsetMm: number, sign: 1 | -1): FieldCase {
  return straight(`point r=${distanceMm} dx=${offsetMm.toFixed(3)}`, 'point', sign, [
    { xMm: offsetMm, yMm: 0, zMm: distanceMm, weight: sign },
  ]);
}

/**
 * A bipole parallel to the fibre at `distanceMm`: weight `sign` at x = `offsetMm`, −`sign` at
 * x = `offsetMm` + `spacingMm`.
 *
 * @example
 * bipoleCase(3, 7, 0, -1).sources.length; // 2
 */
export function bipoleCase(distanceMm: number, spacingMm: number, offsetMm: number, sign: 1 | -1): FieldCase {
  const id = `bipole r=${distanceMm} s=${spacingMm} dx=${offsetMm.toFixed(3)}`;
  return straight(id, 'bipole', sign, [
    { xMm: offsetMm, yMm: 0, zMm: distanceMm, weight: sign },
    { xMm: offsetMm + spacingMm, yMm: 0, zMm: distanceMm, weight: -sign },
  ]);
}

/**
 * A tripole parallel to the fibre: weight `sign` at the centre (x = `offsetMm`), −`sign`/2 at
 * ± `spacingMm` (sign −1 with a positive stimulus = guarded cathode).
 *
 * @example
 * tripoleCase(2, 7, 0, -1).sources[1].weight; // 0.5
 */
export function tripoleCase(distanceMm: number, spacingMm: number, offsetMm: number, sign: 1 | -1): FieldCase {
  const id = `tripole r=${distanceMm} s=${spacingMm} dx=${offsetMm.toFixed(3)}`;
  return straight(id, 'tripole', sign, [
    { xMm: offsetMm - spacingMm, yMm: 0, zMm: distanceMm, weight: -sign / 2 },
    { xMm: offsetMm, yMm: 0, zMm: distanceMm, weight: sign },
    { xMm: offsetMm + spacingMm, yMm: 0, zMm: distanceMm, weight: -sign / 2 },
  ]);
}

/**
 * A fibre that runs along +x and bends towards +y on an arc of radius `bendRadiusMm` through
 * `bendAngleDeg`, starting at the reference node, with a point source above the arc (z =
 * `distanceMm`) at arc length `arcOffsetMm` — a dorsal-root fibre turning under a contact.
 *
 * @example
 * curvedCase(2, 4, 90, 1, -1).bendRadiusMm; // 4
 */
export function curvedCase(
  distanceMm: number,
  bendRadiusMm: number,
  bendAngleDeg: number,
  arcOffsetMm: number,
  sign: 1 | -1,
): FieldCase {
  const angle = (bendAngleDeg * Math.PI) / 180;
  const p = new Float64Array(3);
  pathPointInto(p, 0, arcOffsetMm, bendRadiusMm, angle);
  const sources = [{ xMm: p[0]!, yMm: p[1]!, zMm: distanceMm, weight: sign }];
  const polarity = polarityOf(sign);
  const id = `curved r=${distanceMm} R=${bendRadiusMm} ${bendAngleDeg}° at ${arcOffsetMm} ${polarity}`;
  const half =
    Math.abs(arcOffsetMm) + (sign < 0 ? HALF_LENGTH_PER_DISTANCE_ANODIC : HALF_LENGTH_PER_DISTANCE) * distanceMm;
  return { id, kind: 'curved', polarity, sources, bendRadiusMm, bendAngleRad: angle, halfLengthMm: half };
}

/** Writes the point at arc length `sMm` of the fibre path into out[k..k+2]. */
function pathPointInto(out: Float64Array, k: number, sMm: number, radiusMm: number, angleRad: number): void {
  if (radiusMm <= 0 || sMm <= 0) {
    out[k] = sMm;
    out[k + 1] = 0;
  } else {
    const arc = radiusMm * angleRad;
    const a = Math.min(sMm, arc) / radiusMm;
    const rest = Math.max(0, sMm - arc);
    out[k] = radiusMm * Math.sin(a) + rest * Math.cos(a);
    out[k + 1] = radiusMm * (1 - Math.cos(a)) + rest * Math.sin(a);
  }
  out[k + 2] = 0;
}

/**
 * Ve (mV per unit stimulus) of `field` at arc lengths `arcMm[i]` (i < n) along the fibre path,
 * relative to the reference node, σ = `CALIBRATION_CONDUCTIVITY_S_PER_M`. Allocates a point buffer.
 *
 * @example
 * fieldAlongFibreMv(pointCase(1, 0, 1), Float64Array.of(0), 1)[0]; // 397.9 mV
 */
export function fieldAlongFibreMv(field: FieldCase, arcMm: Float64Array, n: number): Float64Array {
  const points = new Float64Array(3 * n);
  for (let i = 0; i < n; i += 1) pathPointInto(points, 3 * i, arcMm[i]!, field.bendRadiusMm, field.bendAngleRad);
  const out = new Float64Array(n);
  const part = new Float64Array(n);
  for (const s of field.sources) {
    pointSourcePotentialsMvInto(part, points, n, s.xMm, s.yMm, s.zMm, s.weight, CALIBRATION_CONDUCTIVITY_S_PER_M);
    for (let i = 0; i < n; i += 1) out[i] = out[i]! + part[i]!;
  }
  return out;
}
