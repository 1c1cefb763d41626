import { describe, expect, it } from 'vitest';
import { areaStartOffsetsUs, PASSIVE_RECHARGE_TAU_US } from '../../../src-core/program/timing';
import { Hz, mA, us } from '../../../src-core/units';
import {
  electrodeCurrentAtMa,
  electrodeNetChargeUc,
  kirchhoffResidualMa,
  segmentChargeUc,
} from '../../../src-core/waveform';
import type { WaveformSegment } from '../../../src-core/waveform';
import { bipole, BURST_DR, electrodeOf, HIGH_FREQUENCY, makeProgram, synth, tripole } from './builders';

const netOf = (segments: readonly WaveformSegment[]) => segments.reduce((q, s) => q + segmentChargeUc(s), 0);

describe('burst (De Ridder: 40 Hz bursts of 5 × 1000 µs pulses at 500 Hz)', () => {
  const program = makeProgram({
    paradigm: BURST_DR,
    rateHz: Hz(40),
    areas: [bipole(4, 5, { amplitudeMa: mA(1.5), pulseWidthUs: us(1000) })],
  });
  const waveforms = synth(program, 50);
  const cathode = electrodeOf(waveforms, 4);
  const firstBurst = cathode.segments.slice(0, 6);

  it('delivers 5 cathodic pulses 2 ms apart, then one passive exponential recharge', () => {
    expect(firstBurst.slice(0, 5).map((s) => [s.kind, s.startUs, s.endUs, s.currentMa])).toEqual([
      ['flat', 0, 1000, -1.5],
      ['flat', 2000, 3000, -1.5],
      ['flat', 4000, 5000, -1.5],
      ['flat', 6000, 7000, -1.5],
      ['flat', 8000, 9000, -1.5],
    ]);
    expect(firstBurst[5]).toMatchObject({
      kind: 'exponential',
      startUs: 9000,
      endUs: 25_000,
      tauUs: PASSIVE_RECHARGE_TAU_US,
    });
    expect(firstBurst[5]!.currentMa).toBeGreaterThan(0);
  });

  it('does not recharge between the pulses of a burst', () => {
    for (const t of [1500, 3500, 5500, 7500]) expect(electrodeCurrentAtMa(cathode, t)).toBe(0);
  });

  it('returns the whole burst charge (5 × 1.5 mA × 1 ms = 7.5 µC) on each electrode with the one recharge', () => {
    expect(segmentChargeUc(firstBurst[5]!)).toBeCloseTo(7.5, 12);
    for (const e of waveforms.electrodes) {
      expect(Math.abs(netOf(e.segments.slice(0, 6)))).toBeLessThan(1e-13);
      expect(Math.abs(electrodeNetChargeUc(e))).toBeLessThan(1e-13);
    }
  });

  it('repeats the burst at the program rate: two whole bursts fit 50 ms', () => {
    expect(waveforms.deliveries.map((d) => [d.startUs, d.endUs])).toEqual([
      [0, 25_000],
      [25_000, 50_000],
    ]);
  });

  it('ends each area’s recharge where the next area’s burst starts', () => {
    const twoAreas = makeProgram({
      paradigm: BURST_DR,
      rateHz: Hz(25), // two bursts with their slow recharges need 32.5 ms
      areas: [bipole(1, 2, { pulseWidthUs: us(1000) }), tripole(4, 5, 6, { pulseWidthUs: us(500) })],
    });
    const w = synth(twoAreas, 40);
    const offset1 = areaStartOffsetsUs(twoAreas)[1]!;
    expect(offset1).toBe(4 * 2000 + 1000 + 3 * PASSIVE_RECHARGE_TAU_US);
    expect(electrodeOf(w, 1).segments[5]).toMatchObject({ kind: 'exponential', startUs: 9000, endUs: offset1 });
    expect(electrodeOf(w, 5).segments[0]).toMatchObject({ startUs: offset1, endUs: offset1 + 500 });
    expect(electrodeOf(w, 5).segments[5]).toMatchObject({ kind: 'exponential', endUs: 40_000 });
    for (let t = 0; t <= 40_000; t += 13.7) expect(Math.abs(kirchhoffResidualMa(w, t))).toBeLessThan(1e-12);
  });
});

describe('high frequency (10 kHz, 30 µs)', () => {
  const program = makeProgram({
    paradigm: HIGH_FREQUENCY,
    rateHz: Hz(10_000),
    areas: [bipole(2, 3, { amplitudeMa: mA(2.5), pulseWidthUs: us(30) })],
  });
  const waveforms = synth(program, 1);

  it('delivers 10 pulses per electrode in 1 ms', () => {
    for (const e of waveforms.electrodes) {
      expect(e.segments.filter((s) => s.currentMa < 0)).toHaveLength(10);
      expect(e.segments.filter((s) => s.currentMa > 0)).toHaveLength(10);
    }
  });

  it('is symmetric biphasic: the recharge follows with no gap, same width, opposite sign', () => {
    const segments = electrodeOf(waveforms, 2).segments;
    for (let i = 0; i < segments.length; i += 2) {
      const [stim, recharge] = [segments[i]!, segments[i + 1]!];
      expect(stim.kind).toBe('flat');
      expect(recharge.kind).toBe('flat');
      expect(recharge.startUs).toBe(stim.endUs);
      expect(recharge.endUs - recharge.startUs).toBeCloseTo(30, 9);
      expect(recharge.currentMa).toBeCloseTo(-stim.currentMa, 12);
      expect(stim.startUs).toBeCloseTo((i / 2) * 100, 9);
    }
    expect(segments[0]!.currentMa).toBe(-2.5);
  });

  it('is charge-balanced on every electrode', () => {
    for (const e of waveforms.electrodes) expect(Math.abs(electrodeNetChargeUc(e))).toBeLessThan(1e-14);
  });
});
