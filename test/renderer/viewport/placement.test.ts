import { describe, expect, it } from 'vitest';
import { axialMmOf, levelDimensions, mm, type LeadPlacement } from '../../../src-core';
import { describePlacement, nudgeForKey, nudgePlacement } from '../../../renderer/viewport/placement';

const at = (level: LeadPlacement['tip']['level'], offsetMm: number, lateralMm = 0): LeadPlacement => ({
  tip: { level, offsetMm: mm(offsetMm) },
  lateralMm: mm(lateralMm),
  depthMm: mm(0),
  rotationDeg: 0,
});

describe('keyboard placement of the active lead', () => {
  it('maps Up/Down to 1 mm rostral/caudal (5 mm with Shift) and Left/Right to 0.5 mm to the patient’s left/right', () => {
    expect(nudgeForKey('ArrowUp', false)).toEqual({ caudalMm: -1, leftMm: 0 });
    expect(nudgeForKey('ArrowDown', true)).toEqual({ caudalMm: 5, leftMm: 0 });
    expect(nudgeForKey('ArrowLeft', false)).toEqual({ caudalMm: 0, leftMm: 0.5 });
    expect(nudgeForKey('ArrowRight', true)).toEqual({ caudalMm: 0, leftMm: -0.5 });
    expect(nudgeForKey('a', false)).toBeUndefined();
  });

  it('moves the tip along the canal and restates it as level + offset across an endplate', () => {
    const up = nudgePlacement(at('T8', 2), { caudalMm: -5, leftMm: 0 });
    expect(up.tip.level).toBe('T7');
    expect(axialMmOf(up.tip)).toBeCloseTo(axialMmOf(at('T8', 2).tip) - 5, 6);
    const { bodyHeightMm, discBelowMm } = levelDimensions('T7');
    expect(up.tip.offsetMm).toBeCloseTo(bodyHeightMm + discBelowMm - 3, 6);
    const down = nudgePlacement(at('T8', 2, 1.5), { caudalMm: 1, leftMm: -0.5 });
    expect(down).toEqual({ ...at('T8', 3, 1), tip: { level: 'T8', offsetMm: 3 } });
  });

  it('reads the placement as a clinician says it', () => {
    expect(describePlacement(0, at('T8', 3, 1.5))).toBe('Lead 1 tip: T8 + 3 mm, 1.5 mm left');
    expect(describePlacement(1, at('T9', 0.25, -2))).toBe('Lead 2 tip: T9 + 0.3 mm, 2 mm right');
    expect(describePlacement(0, at('T10', 12, 0))).toBe('Lead 1 tip: T10 + 12 mm, midline');
  });
});
