/**
 * Reference thresholds from the full MRG model for the calibration fields: builds a fibre long
 * enough for the field (end effects below ≈ 0.1–1 %, docs/physics-axon.md §3), samples the field
 * at every compartment along the fibre path, and runs `findThresholdScale`. Also returns Ve at the
 * nodes only — what the predictor sees.
 */
import type { Micrometres } from '../../src-core/units';
import { createMrgFibre, type MrgFibre } from '../../src-core/axon/mrg-fibre';
import { mrgGeometry } from '../../src-core/axon/mrg-geometry';
import { findThresholdScale } from '../../src-core/axon/threshold';
import { pulseOfShape, type CalibrationShape } from './calibration-shapes';
import { fieldAlongFibreMv, type FieldCase } from './field-cases';

/** Fewest internodes on each side of the reference node (as `pointSourceThresholdMa`). */
const MIN_HALF_INTERNODES = 10;
/** Cap on the fibre size so a far field cannot make a run unbounded (as `pointSourceThresholdMa`). */
const MAX_NODES = 401;
/** Largest scale searched; beyond it a case counts as "not activated" (Infinity). */
const MAX_SCALE = 1e4;

/** Fibres built so far, keyed by diameter and node count (a fibre is reused by every search on it). */
export type FibreCache = Map<string, MrgFibre>;

/** Ve of a calibration field along one fibre: every compartment (for MRG) and the nodes only. */
export interface ReferenceProfile {
  readonly fibre: MrgFibre;
  /** Ve per unit stimulus at each compartment, mV. */
  readonly compartmentsMv: Float64Array;
  /** Ve per unit stimulus at each node of Ranvier, mV. */
  readonly nodesMv: Float64Array;
}

/**
 * Odd node count so that the fibre reaches `halfLengthMm` on each side of its centre node
 * (at least 10 internodes, at most 401 nodes).
 *
 * @example
 * referenceNodeCount(10, 23); // 2 · ceil(23 / 1.15) + 1 = 41
 */
export function referenceNodeCount(fibreDiameterUm: number, halfLengthMm: number): number {
  const dxMm = mrgGeometry(fibreDiameterUm as Micrometres).internodeLengthUm / 1000;
  const half = Math.max(MIN_HALF_INTERNODES, Math.ceil(halfLengthMm / dxMm - 1e-9));
  return Math.min(2 * half + 1, MAX_NODES);
}

/**
 * Ve of `field` along an MRG fibre of `fibreDiameterUm` whose centre node is the field's reference
 * node. The fibre comes from `cache` (built once per diameter and length).
 *
 * @example
 * const p = referenceProfile(new Map(), 10, pointCase(1, 0, 1));
 * p.nodesMv[(p.nodesMv.length - 1) / 2]; // 397.9 mV
 */
export function referenceProfile(cache: FibreCache, fibreDiameterUm: number, field: FieldCase): ReferenceProfile {
  const nodeCount = referenceNodeCount(fibreDiameterUm, field.halfLengthMm);
  const key = `${fibreDiameterUm}:${nodeCount}`;
  let fibre = cache.get(key);
  if (fibre === undefined) {
    fibre = createMrgFibre(fibreDiameterUm as Micrometres, { nodeCount });
    cache.set(key, fibre);
  }
  const { positionMm, nodeCompartment, compartmentCount } = fibre.layout;
  const centreMm = positionMm[nodeCompartment[(nodeCount - 1) / 2]!]!;
  const arcMm = new Float64Array(compartmentCount);
  for (let k = 0; k < compartmentCount; k += 1) arcMm[k] = positionMm[k]! - centreMm;
  const compartmentsMv = fieldAlongFibreMv(field, arcMm, compartmentCount);
  const nodesMv = new Float64Array(nodeCount);
  for (let j = 0; j < nodeCount; j += 1) nodesMv[j] = compartmentsMv[nodeCompartment[j]!]!;
  return { fibre, compartmentsMv, nodesMv };
}

/**
 * MRG threshold scale of `field` for a cathodic-first `shape` (Infinity if nothing propagates up to
 * scale 1e4), with `findThresholdScale`'s defaults (dt 2 µs, 0.5 % bracket, monitors 3 nodes in).
 * `initialScale` is only a starting guess.
 *
 * @example
 * mrgReferenceThreshold(new Map(), 10, { waveform: 'monophasic', pulseWidthUs: 100 }, pointCase(1, 0, 1)); // ≈ 0.12
 */
export function mrgReferenceThreshold(
  cache: FibreCache,
  fibreDiameterUm: number,
  shape: CalibrationShape,
  field: FieldCase,
  initialScale = 1,
): number {
  const { fibre, compartmentsMv } = referenceProfile(cache, fibreDiameterUm, field);
  const r = findThresholdScale(fibre, compartmentsMv, pulseOfShape(shape), { initialScale, maxScale: MAX_SCALE });
  return r.fired ? r.thresholdScale : Infinity;
}
