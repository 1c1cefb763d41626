import { describe, expect, it } from 'vitest';
import type { FibrePopulation } from '../../../src-core/fibres/population';
import { buildRecruitmentIndex, recruitedWeight } from '../../../src-core/perception/recruitment-index';
import {
  COLUMN_DISCOMFORT_FIBRES,
  PERCEPTION_FIBRES,
  perceive,
  sensationThresholds,
} from '../../../src-core/perception/perception';
import { describeSensation } from '../../../src-core/perception/patient-words';
import { coverageOf } from '../../../src-core/perception/coverage';
import type { Dermatome, Side } from '../../../src-core';

/** A population of fibres with given labels and one node each (geometry is irrelevant here). */
function population(
  fibres: { dermatome: Dermatome; side: Side; kind?: 'dorsalColumn' | 'dorsalRoot'; weight?: number }[],
): FibrePopulation {
  const n = fibres.length;
  return {
    count: n,
    nodesPerFibre: 1,
    kind: fibres.map((f) => f.kind ?? 'dorsalColumn'),
    side: fibres.map((f) => f.side),
    dermatome: fibres.map((f) => f.dermatome),
    diameterUm: new Float64Array(n).fill(12),
    weight: Float64Array.from(fibres.map((f) => f.weight ?? 1)),
    nodeAxialMm: new Float64Array(n),
    nodeLateralMm: new Float64Array(n),
    nodeDorsalMm: new Float64Array(n),
    nodeExcitable: new Uint8Array(n).fill(1),
  };
}

describe('recruitment and perception', () => {
  const fibres = Array.from({ length: 400 }, (_, i) => ({
    dermatome: (i % 2 ? 'L5' : 'S1') as Dermatome,
    side: 'left' as Side,
  }));
  const thresholds = Float64Array.from(fibres.map((_, i) => 1 + i * 0.05));
  const index = buildRecruitmentIndex(population(fibres), thresholds);

  it('counts the fibres whose threshold is at or below the amplitude', () => {
    const s1 = index.groups.find((g) => g.dermatome === 'S1')!;
    expect(recruitedWeight(s1, 0.5)).toBe(0);
    expect(recruitedWeight(s1, 1)).toBe(1);
    expect(recruitedWeight(s1, 1.5)).toBe(6); // thresholds 1.0, 1.1, …, 1.5 for the even fibres
  });

  it('feels nothing below the perception count and something at it', () => {
    expect(perceive(index, 1.2).regions.filter((r) => r.intensity > 0)).toHaveLength(0);
    const felt = perceive(index, 1.5).regions.filter((r) => r.intensity > 0);
    expect(felt.map((r) => r.dermatome)).toEqual(['S1']);
  });

  it('orders perception < comfort < discomfort and becomes uncomfortable at the discomfort threshold', () => {
    const t = sensationThresholds(index);
    expect(t.perceptionMa).toBeLessThan(t.comfortMa);
    expect(t.comfortMa).toBeLessThan(t.discomfortMa);
    expect(perceive(index, t.discomfortMa).uncomfortable).toBe(true);
    expect(perceive(index, t.discomfortMa - 1e-6).uncomfortable).toBe(false);
    expect(PERCEPTION_FIBRES).toBeLessThan(COLUMN_DISCOMFORT_FIBRES);
  });

  it('grows intensity monotonically with amplitude', () => {
    let previous = -1;
    for (let a = 1; a < 12; a += 0.25) {
      const intensity = perceive(index, a).maxIntensity;
      expect(intensity).toBeGreaterThanOrEqual(previous);
      previous = intensity;
    }
  });

  it('lets the patient say where and how strong in plain words, without model terms', () => {
    const words = describeSensation(perceive(index, 2));
    expect(words).toMatch(/I feel tingling in my left outer calf and the top of the foot and in my left sole and heel/);
    expect(words).toMatch(/It’s (very faint|mild|comfortable|strong)/);
    expect(words).not.toMatch(/fibre|fiber|threshold|dermatome|mA/);
    expect(describeSensation(perceive(index, 0))).toBe('I don’t feel anything yet.');
  });

  it('speaks of the leg when most of a leg tingles, and of both legs when both do', () => {
    const legs = (sides: Side[]) =>
      population(
        sides.flatMap((side) =>
          (['L3', 'L4', 'L5', 'S1'] as Dermatome[]).flatMap((dermatome) =>
            Array.from({ length: 10 }, () => ({ dermatome, side })),
          ),
        ),
      );
    const words = (sides: Side[]) => {
      const p = legs(sides);
      return describeSensation(perceive(buildRecruitmentIndex(p, new Float64Array(p.count).fill(1)), 2));
    };
    expect(words(['left'])).toMatch(/^I feel tingling down my left leg to the foot\./);
    expect(words(['left', 'right'])).toMatch(/^I feel tingling down both legs to the feet\./);
  });

  it('describes a strong dorsal-root sensation on the trunk as a band', () => {
    const root = population(
      Array.from({ length: 60 }, () => ({
        dermatome: 'T8' as Dermatome,
        side: 'right' as Side,
        kind: 'dorsalRoot' as const,
      })),
    );
    const rootIndex = buildRecruitmentIndex(root, new Float64Array(60).fill(1));
    expect(describeSensation(perceive(rootIndex, 2))).toMatch(/band around my ribs/);
  });

  it('has the patient first say “comfortable” at the comfort threshold a visit records, and “mild” just below', () => {
    const { comfortMa, discomfortMa } = sensationThresholds(index);
    expect(describeSensation(perceive(index, comfortMa))).toMatch(/It’s comfortable\.$/);
    expect(describeSensation(perceive(index, comfortMa - 0.1))).toMatch(/It’s mild\.$/);
    expect(describeSensation(perceive(index, discomfortMa))).toMatch(/too strong/);
  });

  it('computes coverage of the pain map and paresthesia outside it', () => {
    const sensation = perceive(index, 3);
    expect(
      coverageOf(sensation.regions, [
        { dermatome: 'S1', side: 'left' },
        { dermatome: 'S1', side: 'right' },
      ]),
    ).toEqual({ painCoveredPct: 50, extraneousPct: 50 });
  });
});
