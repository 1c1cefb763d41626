/**
 * What the curved cross-section changes: over a real thoracic cord (dCSF 4.6 mm, cord 9 × 6.5 mm, sac
 * half-width 7.5 mm) the cord surface curves away from a midline lead, so the axial activating term
 * |∂²V/∂y²| 0.2 mm inside the surface falls off laterally faster than in the planar model of the same dCSF.
 */
import { describe, expect, it } from 'vitest';
import { contactPotentialInto } from '../../../../src-core/field/contact-source';
import { layerStackFor } from '../../../../src-core/field/layer-stack';
import { buildUnitSourceField } from '../../../../src-core/field/unit-source-field';
import { cordSurfaceDorsalMm } from '../../../../src-core/field/section/index';
import { mm } from '../../../../src-core/units';
import {
  axialSecondDifference,
  LEAD_ON_DURA_MM,
  lateralHalfMaximumMm,
  midlineThoracicField,
  sectionMv,
} from './helpers';

describe('curved cord versus planar layers', () => {
  it('narrows the lateral half-maximum of |∂²V/∂y²| 0.2 mm inside the cord surface', () => {
    const { section, field, contact } = midlineThoracicField();
    const sectionV = (x: number, y: number, z: number) => sectionMv(field, contact, x, y, z);
    const sectionWidth = lateralHalfMaximumMm(
      (x) => axialSecondDifference(sectionV, x, 0, cordSurfaceDorsalMm(section, x) - 0.2, 0.5),
      4.4,
    );

    const planar = buildUnitSourceField(layerStackFor({ dcsfMm: mm(4.6) }), LEAD_ON_DURA_MM);
    const ring = {
      centre: { lateralMm: mm(0), axialMm: mm(0), dorsalMm: mm(LEAD_ON_DURA_MM) },
      shape: { kind: 'ring', lengthMm: mm(3), diameterMm: mm(1.35) },
    } as const;
    const one = new Float64Array(1);
    const planarV = (x: number, y: number, z: number) =>
      contactPotentialInto(one, planar, ring, Float64Array.of(x), Float64Array.of(y), Float64Array.of(z), 1)[0]!;
    const planarWidth = lateralHalfMaximumMm((x) => axialSecondDifference(planarV, x, 0, -(0.3 + 4.6) - 0.2, 0.5), 20);
    console.info(
      `lateral half-maximum of |∂²V/∂y²| 0.2 mm inside the cord: section ${sectionWidth.toFixed(2)} mm, planar ${planarWidth.toFixed(2)} mm`,
    );
    expect(sectionWidth).toBeLessThan(planarWidth);
  }, 120_000);
});
