import { describe, expect, it } from 'vitest';
import { Hz, mA, us } from '../../../src-core/units';
import { DEFAULT_MAX_PLOT_POINTS, sampleElectrodeForPlot, sampleProgramForPlot } from '../../../src-core/waveform';
import { bipole, BURST_DR, electrodeOf, HIGH_FREQUENCY, makeProgram, synth, TONIC_PASSIVE, tripole } from './builders';

const min = (a: Float64Array) => a.reduce((m, v) => Math.min(m, v), Infinity);
const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), -Infinity);

describe('sampleElectrodeForPlot', () => {
  const tonic = synth(makeProgram({ areas: [bipole(4, 5, { amplitudeMa: mA(3) })] }), 40);

  it('starts and ends at zero at the window edges and reaches the cathodic amplitude', () => {
    const plot = sampleElectrodeForPlot(electrodeOf(tonic, 4));
    expect(plot.decimated).toBe(false);
    expect([plot.tUs[0], plot.currentMa[0]]).toEqual([0, 0]);
    expect([plot.tUs.at(-1), plot.currentMa.at(-1)]).toEqual([40_000, 0]);
    expect(min(plot.currentMa)).toBe(-3);
    expect(max(plot.currentMa)).toBe(3);
  });

  it('draws edges as two points at the same time', () => {
    const plot = sampleElectrodeForPlot(electrodeOf(tonic, 4));
    // 0: 0 → −3, 300: −3 → 0, 320: 0 → 3, 620: 3 → 0
    expect(Array.from(plot.tUs.slice(0, 8))).toEqual([0, 0, 300, 300, 320, 320, 620, 620]);
    expect(Array.from(plot.currentMa.slice(0, 8))).toEqual([0, -3, -3, 0, 0, 3, 3, 0]);
  });

  it('follows a passive recharge with the requested number of points', () => {
    const passive = synth(makeProgram({ paradigm: TONIC_PASSIVE }), 20);
    const segment = electrodeOf(passive, 4).segments[1]!;
    const plot = sampleElectrodeForPlot(electrodeOf(passive, 4), { pointsPerExponential: 8 });
    const inside = Array.from(plot.tUs).filter((t) => t > segment.startUs && t < segment.endUs);
    expect(inside).toHaveLength(7);
    expect(plot.tUs.every((t, i) => i === 0 || t >= plot.tUs[i - 1]!)).toBe(true);
  });

  it('decimates 10 kHz over 50 ms to at most maxPoints while keeping the full ± envelope', () => {
    const hf = synth(
      makeProgram({
        paradigm: HIGH_FREQUENCY,
        rateHz: Hz(10_000),
        areas: [bipole(2, 3, { amplitudeMa: mA(2), pulseWidthUs: us(30) })],
      }),
      50,
    );
    const plot = sampleElectrodeForPlot(electrodeOf(hf, 2), { maxPoints: 1000 });
    expect(plot.decimated).toBe(true);
    expect(plot.tUs.length).toBeLessThanOrEqual(1000);
    // Each 100 µs bucket holds one whole pulse, so every bucket reaches −2 and +2 mA.
    for (let i = 0; i < plot.currentMa.length; i += 2) {
      expect([plot.currentMa[i], plot.currentMa[i + 1]]).toEqual([-2, 2]);
    }
  });

  it('keeps the default bound for a long window', () => {
    const hf = synth(
      makeProgram({ paradigm: HIGH_FREQUENCY, rateHz: Hz(10_000), areas: [bipole(2, 3, { pulseWidthUs: us(30) })] }),
      500,
    );
    const plot = sampleElectrodeForPlot(electrodeOf(hf, 3));
    expect(plot.tUs.length).toBeLessThanOrEqual(DEFAULT_MAX_PLOT_POINTS);
    expect(min(plot.currentMa)).toBe(-3);
    expect(max(plot.currentMa)).toBe(3);
  });

  it('keeps a narrow pulse visible when its bucket is mostly zero', () => {
    const sparse = synth(makeProgram({ rateHz: Hz(2), areas: [bipole(4, 5, { pulseWidthUs: us(50) })] }), 1000);
    const plot = sampleElectrodeForPlot(electrodeOf(sparse, 4), { maxPoints: 10 });
    expect(plot.decimated).toBe(true);
    expect(min(plot.currentMa)).toBe(-3);
    expect(max(plot.currentMa)).toBe(3);
  });
});

describe('sampleProgramForPlot', () => {
  const waveforms = synth(
    makeProgram({ paradigm: BURST_DR, rateHz: Hz(40), areas: [tripole(3, 4, 5, { pulseWidthUs: us(1000) })] }),
    25,
  );

  it('puts the chosen electrodes on one time axis with chart labels', () => {
    const plot = sampleProgramForPlot(waveforms, { electrodes: [4, 'case'] });
    expect(plot.series.map((s) => s.label)).toEqual(['E4', 'case']);
    expect(plot.series[0]!.currentMa.length).toBe(plot.tUs.length);
    expect(max(plot.series[1]!.currentMa)).toBe(0); // the case is not used by this program
  });

  it('samples all electrodes at the same instants, so every row sums to zero', () => {
    const plot = sampleProgramForPlot(waveforms);
    expect(plot.decimated).toBe(false);
    for (let i = 0; i < plot.tUs.length; i++) {
      const sum = plot.series.reduce((s, series) => s + series.currentMa[i]!, 0);
      expect(Math.abs(sum)).toBeLessThan(1e-12);
    }
  });

  it('is bounded by maxPoints when decimated', () => {
    const exact = sampleProgramForPlot(waveforms);
    const plot = sampleProgramForPlot(waveforms, { maxPoints: 21 });
    expect(exact.tUs.length).toBeGreaterThan(21);
    expect(plot.decimated).toBe(true);
    expect(plot.tUs.length).toBe(20);
    expect(min(plot.series[1]!.currentMa)).toBe(-3);
  });
});
