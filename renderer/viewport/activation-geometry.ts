import { countAtOrBelow, mm } from '../../src-core';
import type { ActivationView, FibreGeometry } from '../physiology/protocol';
import { dermatomeColour, srgbToLinear } from './field-colours';
import { toScene } from './scene-frame';

/**
 * Buffers of the live stimulation layer, built once per worker reply (a configuration change), never per amplitude:
 * an amplitude change only refills the heat colours or moves the fibres' draw range.
 */

/** The activating-function grid as a triangle mesh: one vertex per sample (row-major, like the values). */
export interface FieldSurfaceBuffers {
  readonly positions: Float32Array;
  readonly index: Uint32Array;
  readonly vertexCount: number;
}

/**
 * The heat map's mesh: vertex (row r, column c) at the surface sample (axialMm[r], lateralMm[c], dorsalMm[c]) in
 * scene coordinates, two triangles per grid cell. Vertex i carries value i of `activatingPerMa`.
 */
export function fieldSurfaceBuffers(surface: ActivationView['surface']): FieldSurfaceBuffers {
  const rows = surface.axialMm.length;
  const columns = surface.lateralMm.length;
  const positions = new Float32Array(rows * columns * 3);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const [x, y, z] = toScene({
        axialMm: mm(surface.axialMm[r]!),
        lateralMm: mm(surface.lateralMm[c]!),
        dorsalMm: mm(surface.dorsalMm[c]!),
      });
      positions.set([x, y, z], 3 * (r * columns + c));
    }
  const cells = Math.max(0, rows - 1) * Math.max(0, columns - 1);
  const index = new Uint32Array(cells * 6);
  let k = 0;
  for (let r = 0; r + 1 < rows; r++)
    for (let c = 0; c + 1 < columns; c++) {
      const a = r * columns + c;
      const b = a + columns;
      index.set([a, b, a + 1, a + 1, b, b + 1], k);
      k += 6;
    }
  return { positions, index, vertexCount: rows * columns };
}

/**
 * The fibres as line segments (node to node), ordered by threshold so that the fibres recruited at any amplitude
 * are a prefix: drawing them is setting a draw count, with no per-fibre work on an amplitude change.
 */
export interface FibreSegments {
  /** Segment s: start xyz then end xyz (scene), 6 floats. */
  readonly positions: Float32Array;
  /** Linear RGB of each segment's start and end (its fibre's dermatome colour), 6 floats. */
  readonly colours: Float32Array;
  /** Fibre index (into FibreGeometry) of each drawn slot, in threshold order. */
  readonly order: Uint32Array;
  /** Threshold (mA) of each drawn slot, ascending (Float64, as the worker compares). */
  readonly sortedThresholdsMa: Float64Array;
  readonly segmentsPerFibre: number;
}

/**
 * The excitable fibres (finite threshold) lowest threshold first, with their thresholds at the worker's Float64: the
 * one recruited set that the drawn fibres and the legend's count both read, so neither can disagree with the other
 * or with the worker's own `threshold ≤ amplitude` (a Float32 copy rounds a threshold just above the amplitude down
 * to it, and the fibre would show as firing a frame before the patient feels it).
 */
export interface RecruitmentOrder {
  /** Fibre index (into FibreGeometry) of each slot, in threshold order. */
  readonly order: Uint32Array;
  /** Threshold (mA) of each slot, ascending. */
  readonly sortedThresholdsMa: Float64Array;
}

const recruitmentOrders = new WeakMap<ActivationView['thresholdsMa'], RecruitmentOrder>();

/** The recruitment order of one worker reply's thresholds, sorted once and shared by every reader. */
export function recruitmentOrderFor(thresholdsMa: ActivationView['thresholdsMa']): RecruitmentOrder {
  const known = recruitmentOrders.get(thresholdsMa);
  if (known) return known;
  const excitable: number[] = [];
  for (let f = 0; f < thresholdsMa.length; f++) if (Number.isFinite(thresholdsMa[f])) excitable.push(f);
  excitable.sort((a, b) => thresholdsMa[a]! - thresholdsMa[b]! || a - b);
  const order = Uint32Array.from(excitable);
  const made = { order, sortedThresholdsMa: Float64Array.from(order, (f) => thresholdsMa[f]!) };
  recruitmentOrders.set(thresholdsMa, made);
  return made;
}

/** Segments of every excitable fibre (finite threshold), lowest threshold first. */
export function fibreSegmentsFor(fibres: FibreGeometry, thresholdsMa: ActivationView['thresholdsMa']): FibreSegments {
  const perFibre = Math.max(0, fibres.nodesPerFibre - 1);
  const { order, sortedThresholdsMa } = recruitmentOrderFor(thresholdsMa);
  const positions = new Float32Array(order.length * perFibre * 6);
  const colours = new Float32Array(order.length * perFibre * 6);
  order.forEach((f, slot) => {
    const [r, g, b] = dermatomeColour(fibres.dermatomeIndex[f]!).map(srgbToLinear) as [number, number, number];
    for (let n = 0; n < perFibre; n++) {
      const node = f * fibres.nodesPerFibre + n;
      const start = toScene({
        axialMm: mm(fibres.axialMm[node]!),
        lateralMm: mm(fibres.lateralMm[node]!),
        dorsalMm: mm(fibres.dorsalMm[node]!),
      });
      const end = toScene({
        axialMm: mm(fibres.axialMm[node + 1]!),
        lateralMm: mm(fibres.lateralMm[node + 1]!),
        dorsalMm: mm(fibres.dorsalMm[node + 1]!),
      });
      const at = (slot * perFibre + n) * 6;
      positions.set(start, at);
      positions.set(end, at + 3);
      colours.set([r, g, b, r, g, b], at);
    }
  });
  return {
    positions,
    colours,
    order,
    sortedThresholdsMa,
    segmentsPerFibre: perFibre,
  };
}

/**
 * How many fibres fire at `amplitudeMa` (threshold ≤ amplitude): a binary search of the ascending thresholds.
 * `null` = the device is not stimulating: nothing fires, not even fibres another area recruits.
 */
export function recruitedCount(sortedThresholdsMa: ArrayLike<number>, amplitudeMa: number | null): number {
  return amplitudeMa === null ? 0 : countAtOrBelow(sortedThresholdsMa, amplitudeMa);
}
