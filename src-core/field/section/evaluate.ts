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
  const tables = contacts.map((contact) => tableFor(field, contact.lengthMm).values);
  const { holdsTotal, geometry, sourceTissue } = field;
  const xNodes = field.lateralMm;
  const zNodes = field.dorsalMm;
  const nzT = zNodes.length;
  const axialNodes = field.axialNodes;
  const a = field.axialScaleMm;
  const lastNode = axialNodes - 1;
  const lastOffsetMm = a * Math.sinh(lastNode * field.axialStep);
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
  for (let p = 0; p < n; p += 1) {
    const xq = Math.min(Math.max(lateralMm[p]!, xMin), xMax);
    const zq = Math.min(Math.max(dorsalMm[p]!, zMin), zMax);
    const i = bracket(xNodes, xq);
    const j = bracket(zNodes, zq);
    const fx = (xq - xNodes[i]!) / (xNodes[i + 1]! - xNodes[i]!);
    const fz = (zq - zNodes[j]!) / (zNodes[j + 1]! - zNodes[j]!);
    const wantsTotal = sigma === null || sectionTissueAt(geometry, lateralMm[p]!, dorsalMm[p]!) !== sourceTissue;
    for (let corner = 0; corner < 4; corner += 1) {
      const ci = i + (corner >> 1);
      const cj = j + (corner & 1);
      const c = ci * nzT + cj;
      cornerCell[corner] = c;
      cornerWeight[corner] = (corner >> 1 === 1 ? fx : 1 - fx) * ((corner & 1) === 1 ? fz : 1 - fz);
      const cornerTotal = holdsTotal[c] === 1;
      const converts = cornerTotal !== wantsTotal && sigma !== null;
      cornerConversion[corner] = converts ? (cornerTotal ? -1 : 1) : 0;
      cornerPerpMm[corner] = converts ? Math.hypot(xNodes[ci]! - xs, zNodes[cj]! - zs) : 0;
    }
    const pointPerpMm = !wantsTotal && sigma !== null ? Math.hypot(lateralMm[p]! - xs, dorsalMm[p]! - zs) : 0;
    for (let k = 0; k < contacts.length; k += 1) {
      const contact = contacts[k]!;
      const values = tables[k]!;
      const length = contact.lengthMm;
      const axialOffset = axialMm[p]! - contact.axialMm;
      const dy = Math.abs(axialOffset);
      // Axial stencil: 4 uniform nodes m … m + 3 in u = asinh(Δy/a)/step (node −1 mirrors node 1), or the 1/Δy tail.
      const tail = dy >= lastOffsetMm;
      let m = lastNode;
      let l0 = 0;
      let l1 = 0;
      let l2 = 0;
      let l3 = 0;
      if (!tail) {
        const u = Math.asinh(dy / a) / field.axialStep;
        m = Math.min(Math.floor(u), lastNode - 2) - 1;
        const s = u - m;
        l0 = (-(s - 1) * (s - 2) * (s - 3)) / 6;
        l1 = (s * (s - 2) * (s - 3)) / 2;
        l2 = (-s * (s - 1) * (s - 3)) / 2;
        l3 = (s * (s - 1) * (s - 2)) / 6;
      }
      let v = 0;
      for (let corner = 0; corner < 4; corner += 1) {
        const weight = cornerWeight[corner]!;
        if (weight === 0) continue;
        const run = cornerCell[corner]! * axialNodes;
        let value: number;
        if (tail) value = (values[run + lastNode]! * lastOffsetMm) / dy;
        else
          value =
            l0 * values[run + Math.abs(m)]! +
            l1 * values[run + m + 1]! +
            l2 * values[run + m + 2]! +
            l3 * values[run + m + 3]!;
        const conversion = cornerConversion[corner]!;
        if (conversion !== 0)
          value += conversion * directPotentialMv(sigma!, cornerPerpMm[corner]!, axialOffset, length, 0);
        v += weight * value;
      }
      if (!wantsTotal && sigma !== null)
        v += directPotentialMv(sigma, pointPerpMm, axialOffset, length, contact.radiusMm ?? 0);
      outsMv[k]![p] = v;
    }
  }
  return outsMv;
}
