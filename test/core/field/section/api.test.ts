/** The public surface of the cross-section field: progress, cache keys, contact lengths, input checks. */
import { describe, expect, it } from 'vitest';
import {
  buildSectionField,
  crossSectionFromDimensions,
  sectionFieldKey,
  sectionPotentialInto,
  sectionPotentialsInto,
} from '../../../../src-core/field/section/index';
import { LEAD_ON_DURA_MM, sectionMv, thoracicSection } from './helpers';

const SOURCE = { sourceLateralMm: 0, sourceDorsalMm: LEAD_ON_DURA_MM, contactLengthsMm: [3, 1.5] };

describe('cross-section field API', () => {
  it('reports increasing progress up to 1 and serves every requested contact length', () => {
    const fractions: number[] = [];
    const field = buildSectionField(thoracicSection(), SOURCE, {
      gridScale: 0.6,
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions.length).toBeGreaterThan(10);
    for (let i = 1; i < fractions.length; i += 1) expect(fractions[i]!).toBeGreaterThan(fractions[i - 1]!);
    expect(fractions[fractions.length - 1]).toBeCloseTo(1, 12);
    const z = -5.1;
    // A longer ring spreads the same current: lower potential right under its centre.
    expect(sectionMv(field, { axialMm: 0, lengthMm: 3 }, 0, 0, z)).toBeLessThan(
      sectionMv(field, { axialMm: 0, lengthMm: 1.5 }, 0, 0, z),
    );
    expect(() => sectionMv(field, { axialMm: 0, lengthMm: 2 }, 0, 0, z)).toThrow(RangeError);
  }, 120_000);

  it('gives all contacts of a lead at once exactly the potentials it gives them one at a time', () => {
    const field = buildSectionField(thoracicSection(), SOURCE, { gridScale: 0.5 });
    const contacts = [
      { axialMm: -6, lengthMm: 3, radiusMm: 0.675 },
      { axialMm: 0, lengthMm: 1.5, radiusMm: 0.675 },
      { axialMm: 140, lengthMm: 3 },
    ];
    // Points in the fat beside the lead, the dura, the CSF, the cord, lateral to the canal, and far along the cord
    // (beyond the last tabulated offset).
    const lateral = Float64Array.of(0.9, 0, 0, 0, 2, 12, 0.3);
    const axial = Float64Array.of(0, 1, -2, 4, 30, 0, -200);
    const dorsal = Float64Array.of(0.7, -0.15, -2, -5.1, -6, -3, -5);
    const n = lateral.length;
    const together = contacts.map(() => new Float64Array(n));
    sectionPotentialsInto(together, field, contacts, lateral, axial, dorsal, n);
    contacts.forEach((contact, c) => {
      const alone = sectionPotentialInto(new Float64Array(n), field, contact, lateral, axial, dorsal, n);
      expect(Array.from(together[c]!)).toEqual(Array.from(alone));
      for (const v of alone) expect(Number.isFinite(v) && v > 0).toBe(true);
    });
    expect(() => sectionPotentialsInto([new Float64Array(n)], field, contacts, lateral, axial, dorsal, n)).toThrow(
      RangeError,
    );
  }, 120_000);

  it('gives the nodes of a fibre along the cord (one place in the section) the potentials of lone points', () => {
    const field = buildSectionField(thoracicSection(), SOURCE, { gridScale: 0.5 });
    const contacts = [
      { axialMm: -3.5, lengthMm: 3, radiusMm: 0.675 },
      { axialMm: 3.5, lengthMm: 1.5, radiusMm: 0.675 },
    ];
    for (const [x, z] of [
      [0.4, -5.2], // in the cord
      [0.9, 0.7], // in the fat beside the lead: residual corners plus the direct term
    ] as const) {
      const axial = Float64Array.from({ length: 40 }, (_, m) => -150 + 7.7 * m);
      const n = axial.length;
      const lateral = new Float64Array(n).fill(x);
      const dorsal = new Float64Array(n).fill(z);
      const along = contacts.map(() => new Float64Array(n));
      sectionPotentialsInto(along, field, contacts, lateral, axial, dorsal, n);
      contacts.forEach((contact, c) => {
        for (let m = 0; m < n; m += 1) {
          const alone = sectionMv(field, contact, x, axial[m]!, z);
          expect(Math.abs(along[c]![m]! - alone)).toBeLessThanOrEqual(1e-12 * Math.abs(alone));
        }
      });
    }
  }, 120_000);

  it('gives equal keys for equal inputs and different keys when the anatomy or the source changes', () => {
    const key = sectionFieldKey(thoracicSection(), SOURCE);
    expect(sectionFieldKey(thoracicSection(), { ...SOURCE, contactLengthsMm: [1.5, 3] })).toBe(key);
    expect(sectionFieldKey(thoracicSection(0.5), SOURCE)).not.toBe(key);
    expect(sectionFieldKey(thoracicSection(), { ...SOURCE, sourceLateralMm: 1 })).not.toBe(key);
    expect(sectionFieldKey(thoracicSection(), SOURCE, { gridScale: 2 })).not.toBe(key);
  });

  it('refuses a source inside the anisotropic white matter and a cord that does not fit the sac', () => {
    expect(() => buildSectionField(thoracicSection(), { ...SOURCE, sourceDorsalMm: -6 })).toThrow(RangeError);
    expect(() =>
      crossSectionFromDimensions({
        dcsfMm: 3,
        duraThicknessMm: 0.3,
        cordWidthMm: 9,
        cordDepthMm: 6.5,
        cordLateralOffsetMm: 4,
        sacHalfWidthMm: 7.5,
      }),
    ).toThrow(RangeError);
  });
});
