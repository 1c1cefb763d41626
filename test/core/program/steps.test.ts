import { describe, expect, it } from 'vitest';
import { mA, stepWithin } from '../../../src-core';
import { isOnStep } from '../../../src-core/program/steps';

const range = { min: mA(0), max: mA(25.5), step: mA(0.1) };

describe('stepWithin', () => {
  it('moves by whole device steps without binary noise', () => {
    expect(stepWithin(mA(3.4), range, 1)).toBe(3.5);
    expect(stepWithin(mA(0.3), range, -1)).toBe(0.2);
  });
  it('stops at the limits instead of leaving the range', () => {
    expect(stepWithin(mA(25.4), range, 5)).toBe(25.5);
    expect(stepWithin(mA(0.1), range, -5)).toBe(0);
  });
  it('snaps an off-grid value to the nearest step before moving', () => {
    expect(stepWithin(mA(1.04), range, 0)).toBe(1);
  });
});

describe('isOnStep', () => {
  it('accepts values on the grid despite binary fractions and rejects values between steps', () => {
    expect(isOnStep(0.3, range)).toBe(true);
    expect(isOnStep(0.35, range)).toBe(false);
  });
});
