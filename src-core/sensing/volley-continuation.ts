/**
 * The volley past a fibre's last sampled node, for the recording only. The population samples each fibre over a
 * fixed number of nodes around the leads (31 for a dorsal-column fibre: ±15–23 mm at 1.0–1.5 mm internodes), which
 * is all the thresholds need. A real dorsal-column axon runs on for many segments (Smith & Deacon 1984), so its AP
 * keeps passing under recording contacts that lie near or past the sampled end; stopping it there at a sealed end
 * removes the part of the volley that the recording pair sees best (docs/physics-ecap.md, "Fibre ends"). Here each
 * fibre is continued straight along its end internodes, at its own node spacing, and the recording sensitivity is
 * evaluated at the added nodes with the same field model (`unitFieldsAtPoints`); thresholds and excitation sites
 * stay on the sampled nodes.
 */
import type { FibrePopulation } from '../fibres/population';
import type { PhysiologySetup } from '../simulation/engine';
import { unitFieldsAtPoints, type UnitFields } from '../simulation/unit-fields';
import type { RecordingContacts } from './recording-contacts';

/**
 * How far each fibre is continued past each sampled end (mm) [U]: past that, a one-fibre volley 3 mm from a contact
 * adds < 1 % to P2 − N1 (scripts/investigate-ecap-size.ts, §3a: it converges within ≈ 10 mm past the contact).
 */
export const CONTINUATION_MM = 30;

/** A population's nodes with `extra` continued nodes before and after each fibre's sampled ones (fibre-major). */
export interface ContinuedNodes {
  /** Continued nodes on each side of a fibre. */
  readonly extra: number;
  readonly nodesPerFibre: number;
  /**
   * Per fibre and end (fibre-major: before the first node, after the last): how many added nodes the continuation
   * needs at that end's own internode; the ones further out repeat the last one's sensitivity (no current is seen).
   */
  readonly reach: Int32Array;
  readonly axialMm: Float64Array;
  readonly lateralMm: Float64Array;
  readonly dorsalMm: Float64Array;
}

/**
 * Continues every fibre straight past both ends by enough nodes that its shortest end internode reaches
 * `continuationMm` (fibres with longer internodes reach further).
 * @example continuedNodes(population).nodesPerFibre; // 31 + 2 × 60 for a population whose thinnest fibres are 5.7 µm
 */
export function continuedNodes(population: FibrePopulation, continuationMm = CONTINUATION_MM): ContinuedNodes {
  const { count, nodesPerFibre: n, nodeAxialMm: ax, nodeLateralMm: lat, nodeDorsalMm: dor } = population;
  const spacing = (i: number, j: number) => Math.hypot(ax[j]! - ax[i]!, lat[j]! - lat[i]!, dor[j]! - dor[i]!);
  let shortest = Infinity;
  for (let f = 0; f < count; f++) {
    const b = f * n;
    shortest = Math.min(shortest, spacing(b, b + 1), spacing(b + n - 2, b + n - 1));
  }
  const extra = count > 0 && n >= 2 && shortest > 0 ? Math.ceil(continuationMm / shortest) : 0;
  const m = n + 2 * extra;
  const reach = new Int32Array(2 * count);
  for (let f = 0; f < count && extra > 0; f++) {
    const b = f * n;
    reach[2 * f] = Math.min(extra, Math.ceil(continuationMm / spacing(b, b + 1)));
    reach[2 * f + 1] = Math.min(extra, Math.ceil(continuationMm / spacing(b + n - 2, b + n - 1)));
  }
  const axialMm = new Float64Array(count * m);
  const lateralMm = new Float64Array(count * m);
  const dorsalMm = new Float64Array(count * m);
  for (let f = 0; f < count; f++) {
    const b = f * n;
    for (let k = 0; k < m; k++) {
      const j = k - extra;
      // Before the first node: back along the first internode; after the last: on along the last one.
      const [from, to, end, steps] =
        j < 0 ? [b + 1, b, b, -j] : j >= n ? [b + n - 2, b + n - 1, b + n - 1, j - n + 1] : [b + j, b + j, b + j, 0];
      const o = f * m + k;
      axialMm[o] = ax[end]! + steps * (ax[to]! - ax[from]!);
      lateralMm[o] = lat[end]! + steps * (lat[to]! - lat[from]!);
      dorsalMm[o] = dor[end]! + steps * (dor[to]! - dor[from]!);
    }
  }
  return { extra, nodesPerFibre: m, reach, axialMm, lateralMm, dorsalMm };
}

/**
 * Recording minus reference potential per unit current at every continued node (mV per mA): the engine's unit
 * fields on the sampled nodes, the same field model evaluated on the added ones within each end's reach.
 * @example recordingSensitivityOf(setup, population, engine.currentUnitFields(), nodes, { recording: 2, reference: 1 });
 */
export function recordingSensitivityOf(
  setup: Pick<PhysiologySetup, 'implant' | 'patient' | 'posture'>,
  population: FibrePopulation,
  unit: UnitFields,
  nodes: ContinuedNodes,
  contacts: RecordingContacts,
): Float64Array {
  const { count, nodesPerFibre: n } = population;
  const { extra, nodesPerFibre: m } = nodes;
  const N = unit.nodeCount;
  const differential = (mv: Float64Array, stride: number, i: number) =>
    mv[contacts.recording * stride + i]! - (contacts.reference === null ? 0 : mv[contacts.reference * stride + i]!);
  // The added nodes within each end's reach only, packed fibre by fibre (before the first node, then after the last).
  const { reach } = nodes;
  const offset = new Int32Array(count + 1);
  for (let f = 0; f < count; f++) offset[f + 1] = offset[f]! + reach[2 * f]! + reach[2 * f + 1]!;
  const total = offset[count]!;
  const pick = (source: Float64Array) => {
    const out = new Float64Array(total);
    for (let f = 0; f < count; f++) {
      const before = reach[2 * f]!;
      const after = reach[2 * f + 1]!;
      for (let e = 0; e < before; e++) out[offset[f]! + e] = source[f * m + extra - before + e]!;
      for (let e = 0; e < after; e++) out[offset[f]! + before + e] = source[f * m + extra + n + e]!;
    }
    return out;
  };
  const far =
    total > 0
      ? unitFieldsAtPoints(setup.implant, setup.patient, setup.posture, {
          axialMm: pick(nodes.axialMm),
          lateralMm: pick(nodes.lateralMm),
          dorsalMm: pick(nodes.dorsalMm),
          count: total,
        })
      : null;
  const sensitivity = new Float64Array(count * m);
  for (let f = 0; f < count; f++) {
    const before = reach[2 * f]!;
    const after = reach[2 * f + 1]!;
    for (let j = 0; j < n; j++) sensitivity[f * m + extra + j] = differential(unit.mv, N, f * n + j);
    for (let e = 0; e < before; e++)
      sensitivity[f * m + extra - before + e] = differential(far!.mv, total, offset[f]! + e);
    for (let e = 0; e < after; e++)
      sensitivity[f * m + extra + n + e] = differential(far!.mv, total, offset[f]! + before + e);
    // Past an end's reach the sensitivity stays at its outermost value: no link difference, nothing recorded.
    for (let k = 0; k < extra - before; k++) sensitivity[f * m + k] = sensitivity[f * m + extra - before]!;
    for (let k = extra + n + after; k < m; k++) sensitivity[f * m + k] = sensitivity[f * m + extra + n + after - 1]!;
  }
  return sensitivity;
}
