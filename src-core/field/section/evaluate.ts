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
  const { values } = tableFor(field, contact.lengthMm);
  const { holdsTotal, geometry, sourceTissue } = field;
  const xNodes = field.lateralMm;
  const zNodes = field.dorsalMm;
  const nzT = zNodes.length;
  const plane = xNodes.length * nzT;
  const a = field.axialScaleMm;
  const lastNode = field.axialNodes - 1;
  const lastOffsetMm = a * Math.sinh(lastNode * field.axialStep);
  const length = contact.lengthMm;
  const radius = contact.radiusMm ?? 0;
  const sigma = field.directSigmaSPerM;
  const xs = field.sourceLateralMm;
  const zs = field.sourceDorsalMm;
  const xMin = xNodes[0]!;
  const xMax = xNodes[xNodes.length - 1]!;
  const zMin = zNodes[0]!;
  const zMax = zNodes[nzT - 1]!;
  for (let p = 0; p < n; p += 1) {
    const xq = Math.min(Math.max(lateralMm[p]!, xMin), xMax);
    const zq = Math.min(Math.max(dorsalMm[p]!, zMin), zMax);
    const i = bracket(xNodes, xq);
    const j = bracket(zNodes, zq);
    const fx = (xq - xNodes[i]!) / (xNodes[i + 1]! - xNodes[i]!);
    const fz = (zq - zNodes[j]!) / (zNodes[j + 1]! - zNodes[j]!);
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
    const wantsTotal = sigma === null || sectionTissueAt(geometry, lateralMm[p]!, dorsalMm[p]!) !== sourceTissue;
    let v = 0;
    for (let corner = 0; corner < 4; corner += 1) {
      const ci = i + (corner >> 1);
      const cj = j + (corner & 1);
      const c = ci * nzT + cj;
      const weight = (corner >> 1 === 1 ? fx : 1 - fx) * ((corner & 1) === 1 ? fz : 1 - fz);
      if (weight === 0) continue;
      let value: number;
      if (tail) value = (values[lastNode * plane + c]! * lastOffsetMm) / dy;
      else
        value =
          l0 * values[Math.abs(m) * plane + c]! +
          l1 * values[(m + 1) * plane + c]! +
          l2 * values[(m + 2) * plane + c]! +
          l3 * values[(m + 3) * plane + c]!;
      const cornerTotal = holdsTotal[c] === 1;
      if (cornerTotal !== wantsTotal && sigma !== null) {
        const direct = directPotentialMv(sigma, Math.hypot(xNodes[ci]! - xs, zNodes[cj]! - zs), axialOffset, length, 0);
        value += cornerTotal ? -direct : direct;
      }
      v += weight * value;
    }
    if (!wantsTotal && sigma !== null)
      v += directPotentialMv(sigma, Math.hypot(lateralMm[p]! - xs, dorsalMm[p]! - zs), axialOffset, length, radius);
    outMv[p] = v;
  }
  return outMv;
}
