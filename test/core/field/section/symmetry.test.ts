/** Mirror symmetry of the 2.5-D solution: a mirrored canal and source give the mirrored field. */
import { describe, expect, it } from 'vitest';
import { buildSectionField, cordSurfaceDorsalMm } from '../../../../src-core/field/section/index';
import { midlineThoracicField, sectionMv, thoracicSection } from './helpers';

describe('mirror symmetry', () => {
  it('gives a midline source a field symmetric in the lateral coordinate (within 1e−5)', () => {
    const { section, field, contact } = midlineThoracicField();
    for (const x of [0.3, 1, 2.5, 4, 6.5])
      for (const y of [0, 2, 7])
        for (const z of [cordSurfaceDorsalMm(section, Math.min(x, 4)) - 0.3, -1, 2]) {
          const left = sectionMv(field, contact, x, y, z);
          expect(Math.abs(sectionMv(field, contact, -x, y, z) / left - 1)).toBeLessThan(1e-5);
        }
  }, 120_000);

  it('mirrors the field of a lateral lead over a laterally displaced cord when both are mirrored', () => {
    const left = buildSectionField(thoracicSection(1), {
      sourceLateralMm: 2,
      sourceDorsalMm: 0.6,
      contactLengthsMm: [3],
    });
    const right = buildSectionField(thoracicSection(-1), {
      sourceLateralMm: -2,
      sourceDorsalMm: 0.6,
      contactLengthsMm: [3],
    });
    const contact = { axialMm: 5, lengthMm: 3, radiusMm: 0.675 };
    let worst = 0;
    for (const x of [-4, -1, 0, 2, 3.5, 5])
      for (const y of [5, 6, 11])
        for (const z of [-5.2, -6, -1.5, 1]) {
          const a = sectionMv(left, contact, x, y, z);
          worst = Math.max(worst, Math.abs(sectionMv(right, contact, -x, y, z) / a - 1));
        }
    expect(worst).toBeLessThan(1e-4);
  }, 120_000);

  it('is even along the cord about the contact centre', () => {
    const section = thoracicSection(0.5);
    const field = buildSectionField(section, { sourceLateralMm: 1, sourceDorsalMm: 0.7, contactLengthsMm: [3] });
    const contact = { axialMm: 10, lengthMm: 3, radiusMm: 0.675 };
    for (const dy of [0.4, 3, 20, 150]) {
      const z = cordSurfaceDorsalMm(section, 1) - 0.2;
      expect(sectionMv(field, contact, 1, 10 + dy, z)).toBeCloseTo(sectionMv(field, contact, 1, 10 - dy, z), 10);
    }
  }, 120_000);
});
