/** The public surface of the cross-section field: progress, cache keys, contact lengths, input checks. */
import { describe, expect, it } from 'vitest';
import {
  buildSectionField,
  crossSectionFromDimensions,
  sectionFieldKey,
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
