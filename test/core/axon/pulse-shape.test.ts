import { describe, expect, it } from 'vitest';
import {
  biphasicPulse,
  monophasicPulse,
  netChargeUs,
  sampledWaveform,
  stepAveragesInto,
} from '../../../src-core/axon/pulse-shape';
import { us } from '../../../src-core/units';

const sum = (a: Float64Array): number => a.reduce((s, v) => s + v, 0);

describe('pulse shapes', () => {
  it('a cathodic monophasic pulse is −1 for its width and 0 after', () => {
    const w = stepAveragesInto(new Float64Array(10), monophasicPulse(us(6), 'cathodic'), 1, 10);
    expect(Array.from(w)).toEqual([-1, -1, -1, -1, -1, -1, 0, 0, 0, 0]);
    expect(monophasicPulse(us(6), 'anodic').values[0]).toBe(1);
  });

  it('keeps the delivered charge exact when an edge falls inside a step', () => {
    const w = stepAveragesInto(new Float64Array(20), monophasicPulse(us(25), 'cathodic'), 2, 20);
    expect(sum(w) * 2).toBeCloseTo(-25, 12);
    expect(w[12]).toBeCloseTo(-0.5, 12);
  });

  it('a symmetric biphasic pulse is charge balanced, with or without an interphase gap', () => {
    expect(netChargeUs(biphasicPulse(us(100)))).toBe(0);
    const gapped = biphasicPulse(us(60), { interphaseGapUs: us(20) });
    expect(netChargeUs(gapped)).toBe(0);
    expect(Array.from(gapped.edgesUs)).toEqual([0, 60, 80, 140]);
    expect(Array.from(gapped.values)).toEqual([-1, 0, 1]);
    expect(biphasicPulse(us(60), { firstPhase: 'anodic' }).values[0]).toBe(1);
  });

  it('a sampled waveform holds each sample for one interval', () => {
    const p = sampledWaveform([-1, 0.5, 0.5], us(10));
    expect(p.durationUs).toBe(30);
    const w = stepAveragesInto(new Float64Array(6), p, 5, 6);
    expect(Array.from(w)).toEqual([-1, -1, 0.5, 0.5, 0.5, 0.5]);
  });

  it('rejects non-positive widths, negative gaps and non-finite samples', () => {
    expect(() => monophasicPulse(us(0), 'cathodic')).toThrow(RangeError);
    expect(() => biphasicPulse(us(10), { interphaseGapUs: us(-1) })).toThrow(RangeError);
    expect(() => sampledWaveform([1, Number.NaN], us(1))).toThrow(RangeError);
    expect(() => sampledWaveform([], us(1))).toThrow(RangeError);
  });
});
