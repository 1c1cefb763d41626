import { describe, expect, it } from 'vitest';
import { REFRACTORY_PERIOD_TABLE } from '../../../src-core/axon/refractory-table';
import { refractoryPeriodMsAt, temporalPatternOf } from '../../../src-core/perception/temporal-pattern';
import type { Paradigm } from '../../../src-core/program/types';
import { Hz, us } from '../../../src-core/units';

const tonic: Paradigm = { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) };
const burst = (pulsesPerBurst: number, intraBurstRateHz: number): Paradigm => ({
  kind: 'burst',
  pulsesPerBurst,
  intraBurstRateHz: Hz(intraBurstRateHz),
});

describe('the temporal pattern of a pulse train', () => {
  it('is felt stronger and smoother at 200 Hz than at 40 Hz (Gmel 2021)', () => {
    const at40 = temporalPatternOf({ paradigm: tonic, rateHz: Hz(40) });
    const at200 = temporalPatternOf({ paradigm: tonic, rateHz: Hz(200) });
    expect(at200.countFactor).toBeGreaterThan(at40.countFactor);
    expect(at40.quality).toBe('tingling');
    expect(at200.quality).toBe('smooth');
    expect(temporalPatternOf({ paradigm: tonic, rateHz: Hz(4) }).quality).toBe('tapping');
  });

  it('follows each pulse only up to the refractory limit of the cable model', () => {
    const refractoryMs = refractoryPeriodMsAt(10);
    const slowest = 1000 / refractoryMs;
    const below = temporalPatternOf({ paradigm: tonic, rateHz: Hz(Math.floor(slowest * 0.9)) });
    expect(below.impulseRateHz).toBe(below.pulseRateHz);
    const above = temporalPatternOf({ paradigm: tonic, rateHz: Hz(1200) });
    expect(above.impulseRateHz).toBeLessThan(above.pulseRateHz);
    expect(above.impulseRateHz).toBeLessThanOrEqual(slowest);
  });

  it('counts every pulse of a burst the fibres can follow, and fewer when the burst is faster than that', () => {
    expect(temporalPatternOf({ paradigm: burst(5, 500), rateHz: Hz(40) }).impulseRateHz).toBe(200);
    const fast = temporalPatternOf({ paradigm: burst(5, 1000), rateHz: Hz(40) });
    expect(fast.impulseRateHz).toBeLessThan(200);
    expect(fast.quality).toBe('flutter');
  });

  it('interpolates the refractory period between the measured diameters', () => {
    const [[d0, t0], [d1, t1]] = REFRACTORY_PERIOD_TABLE as [[number, number], [number, number]];
    expect(refractoryPeriodMsAt((d0 + d1) / 2)).toBeCloseTo((t0 + t1) / 2, 9);
  });
});
