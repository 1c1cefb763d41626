import { PASSIVE_RECHARGE_TAU_US } from '../../../src-core/program/timing';
import { describe, expect, it } from 'vitest';
import { programmedPulseFacts, programmedPulseShape } from '../../../src-core/axon/programmed-pulse';
import { netChargeUs } from '../../../src-core/axon/pulse-shape';
import { Hz, ms, us } from '../../../src-core/units';

describe('programmed pulse shapes for the MRG cable', () => {
  it('a tonic active pulse with a gap is −1, 0, +1 and nets zero charge', () => {
    const p = programmedPulseShape({ kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) }, us(60), 'cathodic');
    expect(Array.from(p.edgesUs)).toEqual([0, 60, 80, 140]);
    expect(Array.from(p.values)).toEqual([-1, 0, 1]);
  });

  it('a tonic passive pulse recharges with the device’s decaying exponential over 3 τ, returning all its charge', () => {
    const p = programmedPulseShape({ kind: 'tonic', recharge: 'passive', interphaseGapUs: us(0) }, us(200), 'cathodic');
    expect(p.durationUs).toBe(200 + 3 * PASSIVE_RECHARGE_TAU_US);
    expect(p.values[0]).toBe(-1);
    const recharge = Array.from(p.values.slice(1));
    expect(recharge.every((v, i) => v > 0 && (i === 0 || v < recharge[i - 1]!))).toBe(true);
    expect(recharge[0]).toBeLessThan(200 / PASSIVE_RECHARGE_TAU_US / 0.95); // below its starting current Q/(τ(1 − e⁻³))
    expect(netChargeUs(p)).toBeCloseTo(0, 9);
  });

  it('a burst is its pulses at the intra-burst rate, then one passive recharge of the whole burst’s charge', () => {
    const waveform = { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) } as const;
    const p = programmedPulseShape(waveform, us(1000), 'cathodic');
    expect(Array.from(p.edgesUs.slice(0, 10))).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000]);
    expect(Array.from(p.values.slice(0, 9))).toEqual([-1, 0, -1, 0, -1, 0, -1, 0, -1]);
    expect(netChargeUs(p)).toBeCloseTo(0, 9);
    expect(programmedPulseFacts(waveform)).toEqual({
      stimulatingPhases: 5,
      passiveRecharge: { tauUs: 2500, windowUs: 7500 },
    });
    expect(programmedPulseShape(waveform, us(1000), 'anodic').values[0]).toBe(1);
  });

  it('a kHz train repeats a symmetric biphasic pulse every period for as long as the train lasts', () => {
    const waveform = { kind: 'train', rateHz: Hz(10_000), trainMs: ms(1) } as const;
    const p = programmedPulseShape(waveform, us(30), 'cathodic');
    expect(programmedPulseFacts(waveform).stimulatingPhases).toBe(10);
    expect(p.durationUs).toBe(900 + 60);
    expect(Array.from(p.edgesUs.slice(0, 5))).toEqual([0, 30, 60, 100, 130]);
    expect(Array.from(p.values.slice(0, 4))).toEqual([-1, 1, 0, -1]);
    expect(netChargeUs(p)).toBeCloseTo(0, 9);
  });

  it('refuses pulses that do not fit their period', () => {
    expect(() =>
      programmedPulseShape({ kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(1000) }, us(1000), 'cathodic'),
    ).toThrow(RangeError);
    expect(() =>
      programmedPulseShape({ kind: 'train', rateHz: Hz(10_000), trainMs: ms(1) }, us(60), 'cathodic'),
    ).toThrow(RangeError);
  });
});
