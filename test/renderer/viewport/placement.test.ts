import { describe, expect, it } from 'vitest';
import { axialMmOf, levelDimensions, mm, upperEndplateMm, type LeadPlacement } from '../../../src-core';
import {
  LATERAL_LIMIT_MM,
  describePlacement,
  draggedPlacement,
  nudgeForKey,
  nudgePlacement,
  sceneShiftBetween,
  snapPlacementToLevel,
} from '../../../renderer/viewport/placement';

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

describe('dragging a lead on the coronal plane', () => {
  it('moves the tip caudally when dragged down the screen and to the patient’s left when dragged to the viewer’s left (posterior view)', () => {
    // Scene y = −axial and x = −lateral: dragging 6.2 mm down and 1.1 mm towards −x.
    const moved = draggedPlacement(at('T8', 0, 1.5), -1.1, -6.2, false);
    expect(axialMmOf(moved.tip)).toBeCloseTo(axialMmOf(at('T8', 0).tip) + 6, 6); // rounded to 0.5 mm
    expect(moved.lateralMm).toBe(2.5);
    expect(moved.depthMm).toBe(0);
  });

  it('previews exactly the committed move', () => {
    const from = at('T8', 0, 1.5);
    const to = draggedPlacement(from, 2.3, 13.7, false);
    const [dx, dy] = sceneShiftBetween(from, to);
    expect(dx).toBeCloseTo(-(to.lateralMm - from.lateralMm), 9);
    expect(dy).toBeCloseTo(-(axialMmOf(to.tip) - axialMmOf(from.tip)), 9);
    expect(dy).toBeCloseTo(13.5, 6);
  });

  it('snaps the tip to the nearest vertebral endplate with Shift', () => {
    const nearT9 = draggedPlacement(at('T8', 0, 1.5), 0, -(upperEndplateMm('T9') - upperEndplateMm('T8') - 2), true);
    expect(nearT9.tip).toEqual({ level: 'T9', offsetMm: 0 });
    expect(snapPlacementToLevel(at('T8', 3, 1.3))).toEqual({ ...at('T8', 0, 1.5), tip: { level: 'T8', offsetMm: 0 } });
  });

  it('keeps the lead inside the range a session file allows', () => {
    expect(draggedPlacement(at('T8', 0, 10), -40, 0, false).lateralMm).toBe(LATERAL_LIMIT_MM);
    expect(nudgePlacement(at('T8', 0, -11.8), { caudalMm: 0, leftMm: -0.5 }).lateralMm).toBe(-LATERAL_LIMIT_MM);
  });
});
