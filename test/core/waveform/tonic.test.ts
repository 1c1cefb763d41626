import { describe, expect, it } from 'vitest';
import { areaStartOffsetsUs, PASSIVE_RECHARGE_TAU_US } from '../../../src-core/program/timing';
import { Hz, mA, us } from '../../../src-core/units';
import {
  electrodeCurrentAtMa,
  electrodeNetChargeUc,
  kirchhoffResidualMa,
  segmentChargeUc,
} from '../../../src-core/waveform';
import { bipole, contact, electrodeOf, makeArea, makeProgram, synth, TONIC_PASSIVE, tripole } from './builders';

describe('tonic, active recharge', () => {
  const waveforms = synth(makeProgram({ areas: [bipole(4, 5, { amplitudeMa: mA(3), pulseWidthUs: us(300) })] }), 100);

  it('places one pulse per period: 50 Hz over 100 ms gives 5 pulses of two phases on each electrode', () => {
    expect(waveforms.deliveries).toHaveLength(5);
    expect(waveforms.deliveries.map((d) => d.startUs)).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
    for (const e of waveforms.electrodes) expect(e.segments).toHaveLength(10);
  });

  it('drives the 100 % cathode at −I for the pulse width, then +I after the gap', () => {
    const [stim, recharge] = electrodeOf(waveforms, 4).segments;
    expect(stim).toEqual({ kind: 'flat', startUs: 0, endUs: 300, currentMa: -3 });
    expect(recharge).toEqual({ kind: 'flat', startUs: 320, endUs: 620, currentMa: 3 });
  });

  it('drives the 100 % anode as the mirror image of the cathode (current leaving into tissue is positive)', () => {
    const [stim, recharge] = electrodeOf(waveforms, 5).segments;
    expect(stim).toMatchObject({ startUs: 0, endUs: 300, currentMa: 3 });
    expect(recharge).toMatchObject({ startUs: 320, endUs: 620, currentMa: -3 });
  });

  it('leaves every electrode with zero net charge', () => {
    for (const e of waveforms.electrodes) expect(electrodeNetChargeUc(e)).toBe(0);
  });
});

describe('tonic contact configurations', () => {
  it('splits the anodic current of a guarded cathode 50/50 between the two anodes', () => {
    const waveforms = synth(makeProgram({ areas: [tripole(3, 4, 5, { amplitudeMa: mA(4) })] }), 20);
    expect(waveforms.electrodes.map((e) => e.electrode)).toEqual([3, 4, 5]);
    expect(electrodeOf(waveforms, 4).segments.map((s) => s.currentMa)).toEqual([-4, 4]);
    expect(electrodeOf(waveforms, 3).segments.map((s) => s.currentMa)).toEqual([2, -2]);
    expect(electrodeOf(waveforms, 5).segments.map((s) => s.currentMa)).toEqual([2, -2]);
  });

  it('uses the case as a distant anode and lists it after the contacts', () => {
    const waveforms = synth(makeProgram({ areas: [bipole(6, 'case', { amplitudeMa: mA(2.5) })] }), 20);
    expect(waveforms.electrodes.map((e) => e.electrode)).toEqual([6, 'case']);
    expect(electrodeOf(waveforms, 'case').segments.map((s) => s.currentMa)).toEqual([2.5, -2.5]);
  });

  it('splits cathodic current 70/30 between two cathodes by their fractions', () => {
    const area = makeArea({
      contacts: [contact(2, 'cathode', 70), contact(3, 'cathode', 30), contact(7, 'anode')],
      amplitudeMa: mA(5),
    });
    const waveforms = synth(makeProgram({ areas: [area] }), 20);
    expect(electrodeOf(waveforms, 2).segments[0]!.currentMa).toBeCloseTo(-3.5, 12);
    expect(electrodeOf(waveforms, 3).segments[0]!.currentMa).toBeCloseTo(-1.5, 12);
    expect(electrodeOf(waveforms, 7).segments[0]!.currentMa).toBe(5);
  });

  it('sums to zero over the electrodes at every sampled instant (Kirchhoff)', () => {
    const waveforms = synth(
      makeProgram({ areas: [tripole(3, 4, 5, { amplitudeMa: mA(3.3) })], paradigm: TONIC_PASSIVE }),
      40,
    );
    for (let t = 0; t <= 40_000; t += 7.3) expect(Math.abs(kirchhoffResidualMa(waveforms, t))).toBeLessThan(1e-12);
  });

  it('delivers nothing from an area without an anode, since the current has no return path', () => {
    const waveforms = synth(makeProgram({ areas: [makeArea({ contacts: [contact(4, 'cathode')] })] }), 40);
    expect(waveforms.electrodes).toEqual([{ electrode: 4, windowUs: 40_000, segments: [] }]);
    expect(waveforms.deliveries).toEqual([]);
  });

  it('lists the electrodes of a zero-amplitude area with no segments', () => {
    const waveforms = synth(makeProgram({ areas: [bipole(1, 2, { amplitudeMa: mA(0) })] }), 40);
    expect(waveforms.electrodes.map((e) => [e.electrode, e.segments.length])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});

describe('tonic, passive recharge', () => {
  const program = makeProgram({
    paradigm: TONIC_PASSIVE,
    areas: [bipole(4, 5, { amplitudeMa: mA(4), pulseWidthUs: us(300) })],
  });
  const waveforms = synth(program, 40);
  const [stim, recharge] = electrodeOf(waveforms, 4).segments;

  it('recharges with a decaying exponential (τ = 400 µs) from the end of the gap until the next pulse', () => {
    expect(recharge).toMatchObject({
      kind: 'exponential',
      startUs: 320,
      endUs: 20_000,
      tauUs: PASSIVE_RECHARGE_TAU_US,
    });
    expect(recharge!.currentMa).toBeGreaterThan(0);
    expect(recharge!.currentMa).toBeLessThan(4);
  });

  it('returns exactly the cathodic charge of each pulse on each electrode', () => {
    expect(segmentChargeUc(stim!)).toBeCloseTo(-1.2, 12);
    expect(segmentChargeUc(stim!) + segmentChargeUc(recharge!)).toBeCloseTo(0, 14);
    for (const e of waveforms.electrodes) expect(Math.abs(electrodeNetChargeUc(e))).toBeLessThan(1e-14);
  });

  it('has decayed to under 1 % of its start after 5 τ', () => {
    const t = 320 + 5 * PASSIVE_RECHARGE_TAU_US;
    const ratio = electrodeCurrentAtMa(electrodeOf(waveforms, 4), t) / recharge!.currentMa;
    expect(ratio).toBeCloseTo(Math.exp(-5), 12);
  });
});

describe('interleaved areas', () => {
  const area0 = bipole(1, 2, { amplitudeMa: mA(4), pulseWidthUs: us(200) });
  const area1 = bipole(5, 6, { amplitudeMa: mA(2), pulseWidthUs: us(450) });
  const program = makeProgram({ rateHz: Hz(60), areas: [area0, area1] });
  const waveforms = synth(program, 50);

  it('starts area 1 at its interleaving offset within each period', () => {
    const offset1 = areaStartOffsetsUs(program)[1]!;
    expect(offset1).toBe(200 + 20 + 200);
    const starts = waveforms.deliveries.filter((d) => d.areaIndex === 1).map((d) => d.startUs);
    expect(starts[0]).toBe(offset1);
    expect(starts[1]).toBeCloseTo(1e6 / 60 + offset1, 9);
  });

  it('never lets one area pulse while another is on', () => {
    const sorted = [...waveforms.deliveries].sort((a, b) => a.startUs - b.startUs);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startUs).toBeGreaterThanOrEqual(sorted[i - 1]!.endUs);
    expect(new Set(sorted.map((d) => d.areaIndex))).toEqual(new Set([0, 1]));
  });

  it('keeps each area its own amplitude and pulse width', () => {
    const [a0] = electrodeOf(waveforms, 1).segments;
    const [a1] = electrodeOf(waveforms, 5).segments;
    expect(a0).toMatchObject({ currentMa: -4, startUs: 0, endUs: 200 });
    expect(a1).toMatchObject({ currentMa: -2, startUs: 420, endUs: 870 });
  });

  it('shares an electrode between areas with segments that stay sorted and do not overlap', () => {
    const shared = makeProgram({
      paradigm: TONIC_PASSIVE,
      rateHz: Hz(50), // two passive areas need 2 × (PW + gap + 3 τ) ≈ 15.6 ms per period
      areas: [bipole(1, 'case'), bipole(3, 'case', { amplitudeMa: mA(6) })],
    });
    const caseWave = electrodeOf(synth(shared, 60), 'case');
    for (let i = 1; i < caseWave.segments.length; i++) {
      expect(caseWave.segments[i]!.startUs).toBeGreaterThanOrEqual(caseWave.segments[i - 1]!.endUs);
    }
    expect(Math.abs(electrodeNetChargeUc(caseWave))).toBeLessThan(1e-13);
  });
});
