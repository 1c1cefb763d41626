/**
 * Evaluation of a built SectionField. The table holds the residual V − V_D in cells of the source's tissue
 * (smooth there: V_D carries the singularity) and the total V in every other cell (where −V_D would be large and
 * curved). Per point: cubic Lagrange along the cord at each of the 4 surrounding cell centres (in the table's
 * uniform variable asinh(Δy/a); continued as 1/|Δy| beyond the last axial node), each corner converted to the
 * point's own kind (residual if the point lies in the source's tissue, total otherwise) by the closed-form
 * direct term, bilinear across the cross-section, plus the direct term at the point if it lies in the source's
 * tissue. Points outside the tabulated region of the cross-section are clamped to its edge.
 */
import type { SectionField, SectionResidualTable } from './build';
import { directPotentialMv } from './direct';
import { sectionTissueAt } from './geometry';

/** A contact of the lead that built the field: its centre along the cord and its length (0 = point source). */
export interface SectionContact {
  readonly axialMm: number;
  readonly lengthMm: number;
  /** Lead radius (mm): points closer to the lead's axis take the direct term on its surface. Default 0. */
  readonly radiusMm?: number;
}

function tableFor(field: SectionField, lengthMm: number): SectionResidualTable {
  for (const table of field.residuals) if (Math.abs(table.lengthMm - lengthMm) < 1e-9) return table;
  throw new RangeError(`sectionPotentialInto: no table for a ${lengthMm} mm contact`);
}

/** Largest i with nodes[i] ≤ v, within [0, nodes.length − 2]. */
function bracket(nodes: Float64Array, v: number): number {
  let lo = 0;
  let hi = nodes.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodes[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Fills `outMv[i]` (i < n) with the potential (mV per mA of anodic current, distant ground) of one contact of
 * the lead whose source position built `field`, at the spine-frame points (`lateralMm[i]`, `axialMm[i]`,
 * `dorsalMm[i]`). The contact's length must be one of the field's `contactLengthsMm`. Returns `outMv`.
 *
 * @example
 * sectionPotentialInto(out, field, { axialMm: 12, lengthMm: 3, radiusMm: 0.675 }, lateral, axial, dorsal, n);
 */
export function sectionPotentialInto(
  outMv: Float64Array,
  field: SectionField,
  contact: SectionContact,
  lateralMm: Float64Array,
  axialMm: Float64Array,
  dorsalMm: Float64Array,
  n: number,
): Float64Array {
  sectionPotentialsInto([outMv], field, [contact], lateralMm, axialMm, dorsalMm, n);
  return outMv;
}

/**
 * `sectionPotentialInto` for every contact of one lead at once (`outsMv[c]` for `contacts[c]`, each of length ≥ n):
 * the cross-section part of each point's stencil (cell bracket, weights, tissue, corner kinds and distances) does
 * not depend on the contact, so it is found once per point and shared by all of them. Same values as one call per
 * contact. Returns `outsMv`.
 *
 * @example
 * sectionPotentialsInto([out0, out1], field, [contact0, contact1], lateral, axial, dorsal, n);
 */
export function sectionPotentialsInto(
  outsMv: readonly Float64Array[],
  field: SectionField,
  contacts: readonly SectionContact[],
  lateralMm: Float64Array,
  axialMm: Float64Array,
  dorsalMm: Float64Array,
  n: number,
): readonly Float64Array[] {
  if (outsMv.length !== contacts.length)
    throw new RangeError('sectionPotentialsInto: give one output array per contact');
  const tables = contacts.map((contact) => tableFor(field, contact.lengthMm));
  const tableIndex = Int32Array.from(tables, (table) => field.residuals.indexOf(table));
  const { holdsTotal, geometry, sourceTissue } = field;
  const xNodes = field.lateralMm;
  const zNodes = field.dorsalMm;
  const nzT = zNodes.length;
  const axialNodes = field.axialNodes;
  const a = field.axialScaleMm;
  const step = field.axialStep;
  const lastNode = axialNodes - 1;
  const lastOffsetMm = a * Math.sinh(lastNode * step);
  const sigma = field.directSigmaSPerM;
  const xs = field.sourceLateralMm;
  const zs = field.sourceDorsalMm;
  const xMin = xNodes[0]!;
  const xMax = xNodes[xNodes.length - 1]!;
  const zMin = zNodes[0]!;
  const zMax = zNodes[nzT - 1]!;
  // Per point, shared by the contacts: each corner's table cell, bilinear weight, and whether (and at which
  // cross-section distance) its value must be converted between residual and total.
  const cornerCell = new Int32Array(4);
  const cornerWeight = new Float64Array(4);
  const cornerConversion = new Float64Array(4); // 0: none; +1: add V_D; −1: subtract V_D
  const cornerPerpMm = new Float64Array(4);
  // The bilinear combination of the 4 corners' axial runs, per table: for a run of points at one place in the
  // cross-section (the nodes of a dorsal-column fibre), each contact then needs one axial interpolation.
  const columns = field.residuals.map(() => new Float64Array(axialNodes));
  let p = 0;
  while (p < n) {
    const lateral = lateralMm[p]!;
    const dorsal = dorsalMm[p]!;
    let end = p + 1;
    while (end < n && lateralMm[end] === lateral && dorsalMm[end] === dorsal) end += 1;
    const xq = Math.min(Math.max(lateral, xMin), xMax);
    const zq = Math.min(Math.max(dorsal, zMin), zMax);
    const i = bracket(xNodes, xq);
    const j = bracket(zNodes, zq);
    const fx = (xq - xNodes[i]!) / (xNodes[i + 1]! - xNodes[i]!);
    const fz = (zq - zNodes[j]!) / (zNodes[j + 1]! - zNodes[j]!);
    const wantsTotal = sigma === null || sectionTissueAt(geometry, lateral, dorsal) !== sourceTissue;
    let converts = false;
    for (let corner = 0; corner < 4; corner += 1) {
      const ci = i + (corner >> 1);
      const cj = j + (corner & 1);
      const c = ci * nzT + cj;
      cornerCell[corner] = c;
      cornerWeight[corner] = (corner >> 1 === 1 ? fx : 1 - fx) * ((corner & 1) === 1 ? fz : 1 - fz);
      const cornerTotal = holdsTotal[c] === 1;
      const cornerConverts = cornerTotal !== wantsTotal && sigma !== null;
      converts ||= cornerConverts;
      cornerConversion[corner] = cornerConverts ? (cornerTotal ? -1 : 1) : 0;
      cornerPerpMm[corner] = cornerConverts ? Math.hypot(xNodes[ci]! - xs, zNodes[cj]! - zs) : 0;
    }
    const pointPerpMm = !wantsTotal && sigma !== null ? Math.hypot(lateral - xs, dorsal - zs) : 0;
    const combined = end - p > 1 && !converts;
    if (combined) {
      for (let t = 0; t < columns.length; t += 1) {
        if (!tableIndex.includes(t)) continue;
        const values = field.residuals[t]!.values;
        const column = columns[t]!;
        const [c0, c1, c2, c3] = cornerCell as unknown as [number, number, number, number];
        const [w0, w1, w2, w3] = cornerWeight as unknown as [number, number, number, number];
        for (let m = 0; m < axialNodes; m += 1)
          column[m] =
            w0 * values[c0 * axialNodes + m]! +
            w1 * values[c1 * axialNodes + m]! +
            w2 * values[c2 * axialNodes + m]! +
            w3 * values[c3 * axialNodes + m]!;
      }
    }
    for (let q = p; q < end; q += 1) {
      const pointAxialMm = axialMm[q]!;
      for (let k = 0; k < contacts.length; k += 1) {
        const contact = contacts[k]!;
        const length = contact.lengthMm;
        const axialOffset = pointAxialMm - contact.axialMm;
        const dy = Math.abs(axialOffset);
        // Axial stencil: 4 uniform nodes m … m + 3 in u = asinh(Δy/a)/step (node −1 mirrors node 1), or the tail.
        const tail = dy >= lastOffsetMm;
        let m = lastNode;
        let l0 = 0;
        let l1 = 0;
        let l2 = 0;
        let l3 = 0;
        if (!tail) {
          const u = Math.asinh(dy / a) / step;
          m = Math.min(Math.floor(u), lastNode - 2) - 1;
          const t = u - m;
          l0 = (-(t - 1) * (t - 2) * (t - 3)) / 6;
          l1 = (t * (t - 2) * (t - 3)) / 2;
          l2 = (-t * (t - 1) * (t - 3)) / 2;
          l3 = (t * (t - 1) * (t - 2)) / 6;
        }
        let v = 0;
        if (combined) {
          const column = columns[tableIndex[k]!]!;
          v = tail
            ? (column[lastNode]! * lastOffsetMm) / dy
            : l0 * column[Math.abs(m)]! + l1 * column[m + 1]! + l2 * column[m + 2]! + l3 * column[m + 3]!;
        } else {
          const values = tables[k]!.values;
          for (let corner = 0; corner < 4; corner += 1) {
            const weight = cornerWeight[corner]!;
            if (weight === 0) continue;
            const run = cornerCell[corner]! * axialNodes;
            let value = tail
              ? (values[run + lastNode]! * lastOffsetMm) / dy
              : l0 * values[run + Math.abs(m)]! +
                l1 * values[run + m + 1]! +
                l2 * values[run + m + 2]! +
                l3 * values[run + m + 3]!;
            const conversion = cornerConversion[corner]!;
            if (conversion !== 0)
              value += conversion * directPotentialMv(sigma!, cornerPerpMm[corner]!, axialOffset, length, 0);
            v += weight * value;
          }
        }
        if (!wantsTotal && sigma !== null)
          v += directPotentialMv(sigma, pointPerpMm, axialOffset, length, contact.radiusMm ?? 0);
        outsMv[k]![q] = v;
      }
    }
    p = end;
  }
  return outsMv;
}
