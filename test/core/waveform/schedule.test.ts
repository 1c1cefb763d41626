import { describe, expect, it } from 'vitest';
import { Hz, mA, ms, us } from '../../../src-core/units';
import { isCyclingOn, softStartScale, synthesizeProgramWaveforms } from '../../../src-core/waveform';
import {
  bipole,
  BURST_DR,
  electrodeOf,
  HIGH_FREQUENCY,
  makeArea,
  makeProgram,
  STEP_MA,
  synth,
  TONIC_PASSIVE,
} from './builders';

describe('soft start', () => {
  const program = makeProgram({ softStartS: 1, rateHz: Hz(50), areas: [bipole(4, 5, { amplitudeMa: mA(4) })] });

  it('ramps the amplitude linearly from zero at switch-on, held for each pulse', () => {
    const waveforms = synth(program, 100, { startMs: ms(0) });
    // The pulse at t = 0 has zero amplitude and is left out; then 20, 40, 60, 80 ms of a 1 s ramp.
    expect(waveforms.deliveries.map((d) => d.amplitudeMa)).toEqual([4 * 0.02, 4 * 0.04, 4 * 0.06, 4 * 0.08]);
    expect(electrodeOf(waveforms, 4).segments[0]).toMatchObject({ startUs: 20_000, currentMa: -0.08 });
  });

  it('is halfway up the ramp half a second after switch-on', () => {
    const waveforms = synth(program, 10, { startMs: ms(500) });
    expect(waveforms.deliveries[0]).toMatchObject({ startUs: 0, amplitudeMa: 2 });
    expect(waveforms.windowStartMs).toBe(500);
  });

  it('delivers the full amplitude after the ramp, and in steady state when no start time is given', () => {
    expect(synth(program, 10, { startMs: ms(1500) }).deliveries[0]!.amplitudeMa).toBe(4);
    expect(synth(program, 10).deliveries[0]!.amplitudeMa).toBe(4);
  });

  it('is a clamped linear factor', () => {
    expect(softStartScale(2, 500_000)).toBe(0.25);
    expect(softStartScale(2, 5_000_000)).toBe(1);
    expect(softStartScale(0, 0)).toBe(1);
  });
});

describe('cycling', () => {
  const program = makeProgram({ cycling: { onS: 1, offS: 2 }, areas: [bipole(4, 5)] });

  it('delivers no pulses while cycling is off', () => {
    const waveforms = synth(program, 100, { startMs: ms(1500) });
    expect(waveforms.deliveries).toEqual([]);
    expect(waveforms.electrodes.map((e) => e.segments.length)).toEqual([0, 0]);
  });

  it('resumes at the start of the next on phase', () => {
    expect(synth(program, 100, { startMs: ms(3000) }).deliveries).toHaveLength(5);
  });

  it('stops at the on-to-off boundary inside a window', () => {
    const waveforms = synth(program, 100, { startMs: ms(950) });
    // Window 950–1050 ms; pulses every 20 ms from switch-on: 960 and 980 ms are on, 1000 ms onward is off.
    expect(waveforms.deliveries.map((d) => d.startUs)).toEqual([10_000, 30_000]);
  });

  it('is continuous with an off time of zero', () => {
    expect(isCyclingOn({ onS: 1, offS: 0 }, 5e6)).toBe(true);
    expect(isCyclingOn(undefined, 5e6)).toBe(true);
    expect(isCyclingOn({ onS: 1, offS: 2 }, 3.5e6)).toBe(true);
  });
});

describe('window edges', () => {
  it('anchors the pulse grid at switch-on, not at the window start', () => {
    const waveforms = synth(makeProgram({ rateHz: Hz(50) }), 40, { startMs: ms(10) });
    expect(waveforms.deliveries.map((d) => d.startUs)).toEqual([10_000, 30_000]);
  });

  it('leaves out a pulse whose recharge would end after the window', () => {
    // Passive recharge lasts until the next pulse, so in a 30 ms window only the first 50 Hz pulse is whole.
    const waveforms = synth(makeProgram({ paradigm: TONIC_PASSIVE, rateHz: Hz(50) }), 30);
    expect(waveforms.deliveries.map((d) => [d.startUs, d.endUs])).toEqual([[0, 20_000]]);
  });

  it('leaves out a burst cut by the window end', () => {
    const burst = makeProgram({
      paradigm: BURST_DR,
      rateHz: Hz(40),
      areas: [bipole(4, 5, { pulseWidthUs: us(1000) })],
    });
    expect(synth(burst, 49).deliveries).toHaveLength(1);
  });
});

describe('amplitude and validity', () => {
  it('uses the sub-perception dose rounded to the device step', () => {
    const area = makeArea({ dosing: { mode: 'subPerception', percentOfPerception: 33, perceptionThresholdMa: mA(4) } });
    const waveforms = synth(makeProgram({ areas: [area] }), 20);
    expect(waveforms.deliveries[0]!.amplitudeMa).toBe(1.3);
  });

  it('refuses a program whose pulses do not fit the period', () => {
    const tooFast = makeProgram({
      paradigm: HIGH_FREQUENCY,
      rateHz: Hz(10_000),
      areas: [bipole(1, 2, { pulseWidthUs: us(30) }), bipole(3, 4, { pulseWidthUs: us(30) })],
    });
    expect(() => synthesizeProgramWaveforms(tooFast, { windowMs: ms(1), amplitudeStepMa: STEP_MA })).toThrow(
      RangeError,
    );
  });

  it('refuses a burst whose pulses are longer than the intra-burst period', () => {
    const overlapping = makeProgram({
      paradigm: BURST_DR,
      rateHz: Hz(40),
      areas: [bipole(1, 2, { pulseWidthUs: us(2500) })],
    });
    expect(() => synth(overlapping, 10)).toThrow(/intra-burst/);
  });
});
