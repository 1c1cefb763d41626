/**
 * Training and held-out test fields of the predictor calibration. The two sets share no
 * configuration: the test set uses other distances, other offsets of the contacts relative to the
 * nodes, other contact spacings, and curved (dorsal-root-like) fibres that the training set lacks.
 * Offsets are given in internodes and converted with the fibre's own internode length.
 */
import { bipoleCase, curvedCase, pointCase, tripoleCase, type FieldCase } from './field-cases';

const SIGNS = [1, -1] as const;

/**
 * The training fields for a fibre with internode length `internodeMm` (84 cases):
 * point sources at 0.5, 1, 2, 3, 4, 6 mm, over a node, ⅓ and ½ internode off it; bipoles and
 * tripoles with 5 and 7 mm contact spacing at 1, 2.5 and 5 mm, centred on a node or half-way;
 * each with both polarities.
 *
 * @example
 * trainingFieldCases(1.15).length; // 84
 */
export function trainingFieldCases(internodeMm: number): FieldCase[] {
  const out: FieldCase[] = [];
  for (const sign of SIGNS) {
    for (const r of [0.5, 1, 2, 3, 4, 6]) {
      for (const o of [0, 1 / 3, 1 / 2]) out.push(pointCase(r, o * internodeMm, sign));
    }
    for (const spacing of [5, 7]) {
      for (const r of [1, 2.5, 5]) {
        for (const o of [0, 1 / 2]) {
          out.push(bipoleCase(r, spacing, o * internodeMm, sign));
          out.push(tripoleCase(r, spacing, o * internodeMm, sign));
        }
      }
    }
  }
  return out;
}

/**
 * The held-out test fields (40 cases): point sources at 0.75, 1.5, 2.5, 3.5, 5 mm, 0.25 and 0.4
 * internode off a node; bipoles (4, 7, 10 mm spacing) and tripoles (4, 7, 10 mm) at other
 * distances and offsets; fibres bending through 60° or 90° under a point contact. Both polarities.
 *
 * @example
 * testFieldCases(1.15).length; // 40
 */
export function testFieldCases(internodeMm: number): FieldCase[] {
  const out: FieldCase[] = [];
  for (const sign of SIGNS) {
    for (const r of [0.75, 1.5, 2.5, 3.5, 5]) {
      for (const o of [0.25, 0.4]) out.push(pointCase(r, o * internodeMm, sign));
    }
    out.push(bipoleCase(1.5, 4, 0.25 * internodeMm, sign));
    out.push(bipoleCase(4, 4, 0.1 * internodeMm, sign));
    out.push(bipoleCase(2, 7, 0.25 * internodeMm, sign));
    out.push(bipoleCase(3.5, 10, 0.4 * internodeMm, sign));
    out.push(tripoleCase(2, 4, 0.2 * internodeMm, sign));
    out.push(tripoleCase(4, 7, 0.3 * internodeMm, sign));
    out.push(tripoleCase(1.5, 10, 0.4 * internodeMm, sign));
    out.push(curvedCase(1, 4, 90, 1, sign));
    out.push(curvedCase(3, 4, 90, 2, sign));
    out.push(curvedCase(2, 2, 60, 0, sign));
  }
  return out;
}
