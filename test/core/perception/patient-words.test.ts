import { describe, expect, it } from 'vitest';
import { DERMATOMES, type Dermatome, type Side } from '../../../src-core/anatomy/dermatomes';
import type { FibreKind } from '../../../src-core/fibres/population';
import { BODY_REGION } from '../../../src-core/perception/body-regions';
import type { FeltRegion, Sensation } from '../../../src-core/perception/perception';
import { describeSensation } from '../../../src-core/perception/patient-words';
import { COMFORT_INTENSITY, STRONG_INTENSITY } from '../../../src-core/policy';

/** A sensation felt at `intensity` in each of `dermatomes` on each of `sides`, all through `via`. */
function sensationIn(
  sides: readonly Side[],
  dermatomes: readonly Dermatome[],
  via: FibreKind = 'dorsalColumn',
  intensity = COMFORT_INTENSITY,
): Sensation {
  const regions: FeltRegion[] = dermatomes.flatMap((dermatome) =>
    sides.map((side) => ({ dermatome, side, intensity, via, fibres: 50 })),
  );
  return { amplitudeMa: 3, regions, maxIntensity: intensity, uncomfortable: false, quality: 'tingling' };
}

/** Two sensations felt at once. */
const together = (a: Sensation, b: Sensation): Sensation => ({ ...a, regions: [...a.regions, ...b.regions] });

/** How often `phrase` stands in `text`. */
function occurrences(text: string, phrase: string): number {
  return text.split(phrase).length - 1;
}

describe('the patient’s words for neighbouring places', () => {
  it('names the lower belly once when T11 and T12 tingle on one side (a lead around T11–T12)', () => {
    expect(describeSensation(sensationIn(['left'], ['T11', 'T12', 'L1']))).toBe(
      'I feel tingling in my left lower belly and hip and in my left groin. It’s comfortable.',
    );
  });

  it('names the lower belly once when T11 and T12 tingle on both sides', () => {
    expect(describeSensation(sensationIn(['left', 'right'], ['T11', 'T12']))).toBe(
      'I feel tingling in my lower belly and hips. It’s comfortable.',
    );
  });

  it('names the lower belly once a side when T11 and T12 tingle on different sides', () => {
    expect(describeSensation(together(sensationIn(['left', 'right'], ['T11']), sensationIn(['left'], ['T12'])))).toBe(
      'I feel tingling in my right lower belly and in my left lower belly and hip. It’s comfortable.',
    );
    expect(describeSensation(together(sensationIn(['left'], ['T11']), sensationIn(['left', 'right'], ['T12'])))).toBe(
      'I feel tingling in my lower belly and hips. It’s comfortable.',
    );
  });

  it('speaks of one band around the lower belly and hips when the T11 and T12 roots are driven hard', () => {
    expect(describeSensation(sensationIn(['right'], ['T11', 'T12'], 'dorsalRoot', STRONG_INTENSITY))).toBe(
      'It feels like a band around my lower belly and hips. It’s strong, but I can bear it.',
    );
  });

  it('never names the place of a dermatome twice when it tingles with any other on the same side', () => {
    for (const side of ['left', 'right'] as const)
      for (const first of DERMATOMES)
        for (const second of DERMATOMES) {
          if (first === second) continue;
          const words = describeSensation(sensationIn([side], [first, second]));
          expect(occurrences(words, BODY_REGION[first].one(`my ${side}`)), words).toBeLessThanOrEqual(1);
        }
  });

  it('does not name a place again for the roots’ prickling where the columns already tingle', () => {
    const both = together(sensationIn(['left'], ['T12']), sensationIn(['left'], ['T12', 'L1'], 'dorsalRoot'));
    expect(describeSensation(both)).toBe(
      'I feel tingling in my left lower belly and hip; there’s also prickling there and in my left groin. It’s comfortable.',
    );
    const same = together(sensationIn(['left'], ['T11', 'T12']), sensationIn(['left'], ['T11'], 'dorsalRoot'));
    expect(describeSensation(same)).toBe(
      'I feel tingling in my left lower belly and hip; there’s prickling there too. It’s comfortable.',
    );
  });

  it('says one-sided neck and head places in plain English', () => {
    expect(describeSensation(sensationIn(['left'], ['C2']))).toBe(
      'I feel tingling in the left side of the back of my head. It’s comfortable.',
    );
    expect(describeSensation(sensationIn(['right'], ['C3']))).toBe(
      'I feel tingling in the right side of my neck. It’s comfortable.',
    );
  });
});
