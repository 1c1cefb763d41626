/**
 * Contacts as extended sources, built on a unit-source table at the contact's height:
 * - a ring contact of a percutaneous lead = a uniform line source of the contact's length on the lead
 *   axis (the lead is thin: the insulating body between contacts and the contact's own metal are ignored;
 *   a point inside the lead's radius gets the value on the lead's surface in its radial direction);
 * - a paddle contact = a uniform sheet over its rectangular face, on the paddle's insulating plane.
 * Current density is taken uniform over the contact (real electrodes concentrate it at their edges).
 * The field is split as V = V_direct + V_table: the direct part is integrated over the shape in closed
 * form (direct-shapes.ts), the smooth tabulated part by Gauss–Legendre points whose number follows the
 * point's distance (≈1e−4 quadrature error, the table's own accuracy), so a contact is "a line/grid of
 * point sources" that never shows their graininess.
 */
import type { SpinePoint } from '../anatomy/spine-frame';
import type { ContactShape } from '../hardware/types';
import { gaussOrderFor, lineIntegral, rectangleIntegral } from './direct-shapes';
import { gaussLegendre } from './gauss-legendre';
import type { UnitSourceField } from './unit-source-field';
import { createDepthStencil, prepareDepth, tableValueMv } from './unit-field-eval';

/** What the field needs of a placed contact (hardware/placement.ts `PlacedContact` satisfies it). */
export interface ContactGeometry {
  readonly centre: SpinePoint;
  readonly shape: ContactShape;
  /**
   * The contact's long axis, in degrees from the spine axis (+ turns its rostral end to the patient's left,
   * as `LeadPlacement.rotationDeg`); default 0 (along the cord).
   */
  readonly rotationDeg?: number;
}

/**
 * Fills `outMv[i]` (i < n) with the potential (mV per mA of anodic current, returning through a distant
 * ground) of one contact at the spine-frame points (`lateralMm[i]`, `axialMm[i]`, `dorsalMm[i]`).
 * `field` must be the table built at the contact's height (`contact.centre.dorsalMm`). Finite everywhere.
 * Returns `outMv`.
 *
 * @example
 * const field = buildUnitSourceField(layerStackFor({ dcsfMm: mm(3.2) }), contact.centre.dorsalMm);
 * contactPotentialInto(new Float64Array(n), field, contact, lateral, axial, dorsal, n);
 */
export function contactPotentialInto(
  outMv: Float64Array,
  field: UnitSourceField,
  contact: ContactGeometry,
  lateralMm: Float64Array,
  axialMm: Float64Array,
  dorsalMm: Float64Array,
  n: number,
): Float64Array {
  const h = field.sourceHeightMm;
  if (Math.abs(contact.centre.dorsalMm - h) > 1e-9) {
    throw new RangeError(
      `contactPotentialInto: the table is built for a source at ${h} mm, the contact sits at ${contact.centre.dorsalMm} mm`,
    );
  }
  const angle = ((contact.rotationDeg ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const d = field.source.direct;
  const axisAligned = Math.abs(sin) < 1e-12 || Math.abs(cos) < 1e-12;
  if (!axisAligned && d.sx !== d.sy)
    throw new RangeError('contactPotentialInto: a rotated contact needs an in-plane isotropic medium at the source');
  // Conductivities along and across the contact (they swap if it is turned by 90°).
  const sigmaAlong = Math.abs(cos) >= Math.abs(sin) ? d.sy : d.sx;
  const sigmaAcross = Math.abs(cos) >= Math.abs(sin) ? d.sx : d.sy;
  const shape = contact.shape;
  const isRing = shape.kind === 'ring';
  const length = shape.lengthMm;
  const width = shape.kind === 'rectangle' ? shape.widthMm : 0;
  const radius = shape.kind === 'ring' ? shape.diameterMm / 2 : 0;
  const s = createDepthStencil(field);
  const cx = contact.centre.lateralMm;
  const cy = contact.centre.axialMm;
  for (let i = 0; i < n; i += 1) {
    const dx = lateralMm[i]! - cx;
    const dy = axialMm[i]! - cy;
    const along = -dx * sin + dy * cos;
    let across = dx * cos + dy * sin;
    let dz = dorsalMm[i]! - h;
    if (isRing) {
      // Inside the lead, the potential is that of the lead's surface in the same radial direction.
      const perp = Math.sqrt(across * across + dz * dz);
      if (perp < radius) {
        if (perp > 0) {
          across *= radius / perp;
          dz *= radius / perp;
        } else dz = -radius;
      }
    }
    prepareDepth(field, h + dz, s);
    dz = s.zMm - h;
    // Smooth (tabulated) part: Gauss points over the contact, as many as the point's distance needs.
    const offAlong = Math.max(0, Math.abs(along) - length / 2);
    const offAcross = Math.max(0, Math.abs(across) - width / 2);
    const dq = Math.sqrt(s.scaleMm * s.scaleMm + offAlong * offAlong + offAcross * offAcross);
    const ruleA = gaussLegendre(gaussOrderFor(length, dq));
    const ruleC = gaussLegendre(isRing ? 1 : gaussOrderFor(width, dq));
    let v = 0;
    for (let a = 0; a < ruleA.nodes.length; a += 1) {
      const la = along - (ruleA.nodes[a]! * length) / 2;
      for (let c = 0; c < ruleC.nodes.length; c += 1) {
        const lc = across - (ruleC.nodes[c]! * width) / 2;
        const w = (ruleA.weights[a]! * ruleC.weights[c]!) / 4;
        v += w * tableValueMv(field, s, lc * cos - la * sin, lc * sin + la * cos);
      }
    }
    if (s.residual === 1) {
      const ra = Math.sqrt(sigmaAlong);
      if (isRing) {
        const p = Math.sqrt((across * across) / sigmaAcross + (dz * dz) / d.sz);
        v += ((field.directMv * ra) / length) * lineIntegral(along / ra, p, length / ra);
      } else {
        const rc = Math.sqrt(sigmaAcross);
        const area = rectangleIntegral(across / rc, along / ra, dz / Math.sqrt(d.sz), width / rc, length / ra);
        v += ((field.directMv * ra * rc) / (width * length)) * area;
      }
    }
    outMv[i] = v;
  }
  return outMv;
}
