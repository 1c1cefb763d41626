import { describe, expect, it } from 'vitest';
import {
  axialMmOf,
  defaultCatalogue,
  levelPositionAt,
  mm,
  upperEndplateMm,
  type LeadPlacement,
} from '../../../src-core';
import { contactAreaMm2, placeLead } from '../../../src-core/hardware/placement';

const atT8: LeadPlacement = { tip: { level: 'T8', offsetMm: mm(0) }, lateralMm: mm(0), depthMm: mm(0), rotationDeg: 0 };
const lead = (id: string) => {
  const model = defaultCatalogue().leads.get(id);
  if (!model) throw new Error(`no lead ${id}`);
  return model;
};

describe('contact geometry', () => {
  it('a 3 mm × 1.3 mm ring contact has π·1.3·3 = 12.25 mm² of surface', () => {
    expect(contactAreaMm2({ kind: 'ring', lengthMm: mm(3), diameterMm: mm(1.3) })).toBeCloseTo(12.252, 3);
  });
  it('a 4 × 2 mm paddle contact conducts on one face only: 8 mm²', () => {
    expect(contactAreaMm2({ kind: 'rectangle', lengthMm: mm(4), widthMm: mm(2) })).toBe(8);
  });
});

describe('placing a lead in the spine frame', () => {
  it('spaces 3 mm contacts with 4 mm gaps 7 mm apart, contact 0 nearest the tip', () => {
    const contacts = placeLead(lead('perc-8-3x4'), atT8, 0, 0);
    expect(contacts.map((c) => c.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const t8 = upperEndplateMm('T8');
    expect(contacts[0]!.centre.axialMm).toBeCloseTo(t8 + 1 + 1.5, 9);
    expect(contacts[7]!.centre.axialMm - contacts[0]!.centre.axialMm).toBeCloseTo(49, 9); // 7 pitches of 7 mm
  });

  it('numbers a second lead after the first, as devices do', () => {
    const second = placeLead(lead('perc-8-3x4'), atT8, 1, 8);
    expect(second[0]!.number).toBe(8);
    expect(second[0]!.leadIndex).toBe(1);
  });

  it('puts a lateral lead at its offset and a lead on the dura at half its diameter dorsally', () => {
    const [first] = placeLead(lead('perc-8-3x4'), { ...atT8, lateralMm: mm(3) }, 0, 0);
    expect(first!.centre.lateralMm).toBe(3);
    expect(first!.centre.dorsalMm).toBeCloseTo(0.65, 9);
  });

  it('lays paddle contacts on the dura, facing it, in columns', () => {
    const contacts = placeLead(lead('paddle-5-6-5'), atT8, 0, 0);
    expect(contacts).toHaveLength(16);
    expect(new Set(contacts.map((c) => c.centre.lateralMm))).toEqual(new Set([3.5, 0, -3.5]));
    expect(contacts.every((c) => c.facesVentrallyOnly && c.centre.dorsalMm === 0)).toBe(true);
  });

  it('rotating a paddle swings its body to the patient’s right (positive angle), keeping the tip', () => {
    const straight = placeLead(lead('paddle-2x8'), atT8, 0, 0);
    const rotated = placeLead(lead('paddle-2x8'), { ...atT8, rotationDeg: 10 }, 0, 0);
    // Contact 7 is the most caudal of the left column: it moves right (negative lateral) and slightly up.
    expect(rotated[7]!.centre.lateralMm).toBeLessThan(straight[7]!.centre.lateralMm - 5);
    expect(rotated[7]!.centre.axialMm).toBeLessThan(straight[7]!.centre.axialMm + 1e-9);
  });
});

describe('vertebral levels', () => {
  it('turns "T8 + 6 mm" into an axial position and back', () => {
    const axial = axialMmOf({ level: 'T8', offsetMm: mm(6) });
    expect(levelPositionAt(axial)).toEqual({ level: 'T8', offsetMm: 6 });
  });
  it('orders levels rostral to caudal', () => {
    expect(upperEndplateMm('T9')).toBeGreaterThan(upperEndplateMm('T8'));
    expect(upperEndplateMm('L1') - upperEndplateMm('T12')).toBeCloseTo(23 + 8, 9); // T12 body + T12/L1 disc
  });
});
