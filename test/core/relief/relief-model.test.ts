import { describe, expect, it } from 'vitest';
import {
  DOSE_RATIO_FULL,
  DOSE_RATIO_ONSET,
  FAST_HALF_TIME_MIN,
  WASH_IN_HALF_TIME_MIN,
  doseEffect,
  paresthesiaFreeActionOf,
  washInFraction,
} from '../../../src-core/relief/relief-model';
import { describeRelief } from '../../../src-core/relief/relief-words';
import type { Relief } from '../../../src-core/relief/relief';
import { Hz, us } from '../../../src-core/units';

const tonic = { kind: 'tonic' as const, recharge: 'active' as const, interphaseGapUs: us(20) };

describe('the relief teaching model', () => {
  it('gives tonic at absolute amplitude no paresthesia-free action, and the others their wash-in', () => {
    expect(paresthesiaFreeActionOf({ paradigm: tonic, rateHz: Hz(50) }, false)).toBeNull();
    expect(
      paresthesiaFreeActionOf({ paradigm: { kind: 'highFrequency' }, rateHz: Hz(10000) }, false)!.halfTimeMin,
    ).toBe(WASH_IN_HALF_TIME_MIN);
    expect(paresthesiaFreeActionOf({ paradigm: tonic, rateHz: Hz(90) }, true)!.halfTimeMin).toBe(FAST_HALF_TIME_MIN);
    expect(paresthesiaFreeActionOf({ paradigm: tonic, rateHz: Hz(1000) }, true)!.halfTimeMin).toBe(
      WASH_IN_HALF_TIME_MIN,
    );
  });

  it('builds relief over its half-time: half at one half-time, none at zero', () => {
    expect(washInFraction(0, 60)).toBe(0);
    expect(washInFraction(60, 60)).toBeCloseTo(0.5, 12);
    expect(washInFraction(600, 60)).toBeGreaterThan(0.99);
  });

  it('has no effect below the dose onset and the full effect from the full dose', () => {
    expect(doseEffect(DOSE_RATIO_ONSET * 0.99)).toBe(0);
    expect(doseEffect(DOSE_RATIO_FULL)).toBe(1);
    expect(doseEffect((DOSE_RATIO_ONSET + DOSE_RATIO_FULL) / 2)).toBeCloseTo(0.5, 12);
  });
});

describe('the patient’s words about relief', () => {
  const relief = (places: [string, 'left' | 'right', number][], extra: Partial<Relief> = {}): Relief => ({
    elapsedMin: 60,
    overallPct: places.reduce((s, p) => s + p[2], 0) / places.length,
    places: places.map(([dermatome, side, reliefPct]) => ({
      dermatome: dermatome as never,
      side,
      reliefPct,
      mechanism: reliefPct > 0 ? 'paresthesia' : 'none',
      doseRatio: 1,
    })),
    paresthesiaFree: null,
    washedInFraction: 1,
    ...extra,
  });

  it('says how much better each painful part is', () => {
    expect(describeRelief(relief([['L5', 'left', 50]]))).toBe('My left leg pain is about half of what it was.');
    expect(
      describeRelief(
        relief([
          ['L5', 'left', 70],
          ['L5', 'right', 0],
        ]),
      ),
    ).toBe('My left leg pain is much better — most of it has gone, and my right leg pain is no better.');
    expect(describeRelief(relief([['L1', 'left', 90]]))).toBe('My back pain is almost gone.');
  });

  it('says nothing before time has passed, and that it is too early while a paresthesia-free program washes in', () => {
    expect(describeRelief(relief([['L5', 'left', 50]], { elapsedMin: 0 }))).toBeNull();
    const early = relief([['L5', 'left', 0]], {
      paresthesiaFree: { kind: 'kilohertz', reliefMax: 0.7, halfTimeMin: WASH_IN_HALF_TIME_MIN },
      washedInFraction: 0.01,
    });
    expect(describeRelief(early)).toBe('It’s too early to tell whether it helps my pain.');
  });
});
