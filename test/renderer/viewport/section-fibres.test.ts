import { describe, expect, it } from 'vitest';
import type { FibreGeometry } from '../../../renderer/physiology/protocol';
import { recruitedCount } from '../../../renderer/viewport/activation-geometry';
import { CUT_TOLERANCE_MM, sectionPointsFor } from '../../../renderer/viewport/section-fibres';
import { sceneX, sceneY } from '../../../renderer/viewport/scene-frame';

/** Three fibres of 3 nodes: a straight column fibre along the cut, a root that reaches it, and one that stays away. */
function fibres(): FibreGeometry {
  return {
    version: 1,
    count: 3,
    nodesPerFibre: 3,
    axialMm: Float32Array.of(99, 100.4, 101.8, 96, 98, 99.6, 120, 121, 122),
    lateralMm: Float32Array.of(1, 1, 1, 3, 4, 5, -2, -2, -2),
    dorsalMm: Float32Array.of(-5.1, -5.1, -5.1, -4, -4.5, -5, -5, -5, -5),
    dermatomeIndex: Uint8Array.of(20, 10, 21),
    kind: Uint8Array.of(0, 1, 0),
    side: Uint8Array.of(0, 0, 1),
  };
}

describe('the fibres in the axial cut', () => {
  const thresholds = Float64Array.of(4, 2.5, 1);

  it('places each fibre that crosses the cut at its own lateral position and depth, in the cut plane', () => {
    const section = sectionPointsFor(fibres(), thresholds, 100, 0);
    expect(section.positions.length).toBe(6); // the third fibre stays 20 mm away
    // Lowest threshold first: the root (2.5 mA) at its node nearest the cut (99.6 mm), then the column fibre.
    expect(Array.from(section.sortedThresholdsMa)).toEqual([2.5, 4]);
    expect(Array.from(section.positions.slice(0, 3))).toEqual([sceneX(5), sceneY(100), -5]);
    expect(Array.from(section.positions.slice(3, 6))).toEqual([Math.fround(sceneX(1)), sceneY(100), Math.fround(-5.1)]);
  });

  it('keeps only fibres with a node within the tolerance of the cut', () => {
    expect(sectionPointsFor(fibres(), thresholds, 100 + 1.8 + CUT_TOLERANCE_MM + 0.01).positions.length).toBe(0);
  });

  it('fires the prefix of fibres whose threshold the amplitude reaches', () => {
    const section = sectionPointsFor(fibres(), thresholds, 100);
    expect(recruitedCount(section.sortedThresholdsMa, 2)).toBe(0);
    expect(recruitedCount(section.sortedThresholdsMa, 3)).toBe(1);
    expect(recruitedCount(section.sortedThresholdsMa, 5)).toBe(2);
    expect(recruitedCount(section.sortedThresholdsMa, null)).toBe(0);
  });
});
