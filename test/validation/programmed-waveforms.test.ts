import { describe, expect, it } from 'vitest';
import { simulateProgram, strengthDurationCurve, configureSimulation, type RestoredSession } from '../../src-core';
import { engine, variant } from './helpers';

// Thresholds of the programmed train (docs/physics-predictor.md, "Programmed waveforms"): the cable model's own
// response to interphase gap, recharge, pulses per burst, intra-burst rate and kHz rate/width reaches the patient.
// The factors are MRG measurements, not fitted to these relations; these tests check their direction on the sample
// sessions, and test/core/axon/predictor/waveform-factor.test.ts checks their size against full MRG runs.

const target = { programIndex: 0, areaIndex: 0, posture: 'supine' as const };
const perception = (s: RestoredSession) => simulateProgram(engine, s.session, s.implant, target).perceptionThresholdMa!;

describe('validation: thresholds of the programmed pulse train (MRG; McIntyre, Richardson & Grill 2002)', () => {
  it('a 10 kHz program’s perception threshold moves with its pulse width and its rate', () => {
    const hf = (rateHz: number, widthUs: number) =>
      perception(
        variant('hf10k-t9-t10', (f) => {
          f.programs[0].rateHz = rateHz;
          for (const a of f.programs[0].areas) a.pulseWidthUs = widthUs;
        }),
      );
    const base = hf(10000, 30);
    // Wider phases carry more charge: lower threshold (strength–duration).
    expect(hf(10000, 50)).toBeLessThan(base * 0.95);
    // At 5 kHz each phase is followed by a longer pause, so less of its depolarisation is cancelled.
    expect(Math.abs(hf(5000, 30) / base - 1)).toBeGreaterThan(0.02);
  }, 120_000);

  it('a burst’s perception threshold falls with more pulses per burst and a faster intra-burst rate', () => {
    const b = (pulses: number, rateHz: number) =>
      perception(
        variant('burst-t9', (f) => {
          f.programs[0].paradigm.pulsesPerBurst = pulses;
          f.programs[0].paradigm.intraBurstRateHz = rateHz;
        }),
      );
    const three = b(3, 500);
    const five = b(5, 500);
    expect(five).toBeLessThan(three);
    expect(b(10, 500)).toBeLessThan(five);
    expect(b(5, 900)).toBeLessThan(b(5, 250));
  }, 120_000);

  it('an interphase gap lowers an active-recharge tonic threshold; a passive recharge is lower still', () => {
    const tonic = (recharge: 'active' | 'passive', gapUs: number, widthUs = 60) =>
      perception(
        variant('tonic-leg-pain', (f) => {
          f.programs[0].paradigm = { kind: 'tonic', recharge, interphaseGapUs: gapUs };
          for (const a of f.programs[0].areas) a.pulseWidthUs = widthUs;
        }),
      );
    const noGap = tonic('active', 0);
    expect(tonic('active', 50)).toBeLessThan(noGap * 0.99);
    expect(tonic('passive', 0)).toBeLessThan(tonic('active', 50));
  }, 120_000);

  it('the default active-recharge program’s perception chronaxie (Weiss fit over 20–1000 µs) is reported', () => {
    const s = variant('tonic-leg-pain', () => undefined);
    const configured = configureSimulation(engine, s.session, s.implant, { ...target, stimulationOn: true });
    const { fit } = strengthDurationCurve(engine, configured.setup, configured.area);
    expect(fit).not.toBeNull();
    expect(fit!.chronaxieUs).toBeGreaterThan(0);
  }, 120_000);
});
