import { describe, expect, it } from 'vitest';
import { configureSimulation, simulateProgram, strengthDurationCurve, type RestoredSession } from '../../src-core';
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

  it('a burst’s perception threshold never rises with more pulses, falls by 10, and moves with the intra-burst rate', () => {
    // At 30 Hz so that 10 pulses and their 7.5 ms recharge fit the period. In MRG 1 ms pulses 1 ms apart barely sum in
    // the large fibres that set PT, so 2–5 pulses share it; from 7 pulses the recharge after the burst, cathodic under
    // the anodes, decides (docs/physics-predictor.md §3.1).
    const b = (pulses: number, rateHz: number) =>
      perception(
        variant('burst-t9', (f) => {
          f.programs[0].rateHz = 30;
          f.programs[0].paradigm.pulsesPerBurst = pulses;
          f.programs[0].paradigm.intraBurstRateHz = rateHz;
        }),
      );
    const byCount = [2, 3, 5, 7, 10].map((n) => b(n, 500));
    for (let i = 1; i < byCount.length; i++) expect(byCount[i]!).toBeLessThanOrEqual(byCount[i - 1]! * (1 + 1e-9));
    expect(byCount.at(-1)!).toBeLessThan(0.9 * byCount[0]!);
    expect(Math.abs(b(5, 200) / byCount[2]! - 1)).toBeGreaterThan(0.01);
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

  it('perception chronaxie: passive recharge in the clinical range; an active recharge lengthens it, a gap shortens it', () => {
    // Yearwood et al. 2010 (19 patients, PW 50–1000 µs): perception chronaxie 295 (242–326) µs; clinical range
    // ≈ 150–450 µs. The immediate equal recharge of an active pulse cancels more of a short pulse, and more so for the
    // distant fibres a thoracic lead reaches (MRG, 12 µm, 50 µs: biphasic/monophasic 1.17 at 3 mm, 1.28 at 7 mm), so
    // the default active program's chronaxie is longer than the clinical one (docs/physics.md, limits).
    const chronaxie = (recharge: 'active' | 'passive', gapUs: number) => {
      const s = variant(
        'tonic-leg-pain',
        (f) => (f.programs[0].paradigm = { kind: 'tonic', recharge, interphaseGapUs: gapUs }),
      );
      const configured = configureSimulation(engine, s.session, s.implant, { ...target, stimulationOn: true });
      return strengthDurationCurve(engine, configured.setup, configured.area).fit!.chronaxieUs;
    };
    const passive = chronaxie('passive', 20);
    expect(passive).toBeGreaterThan(150);
    expect(passive).toBeLessThan(450);
    const activeDefault = chronaxie('active', 20);
    expect(activeDefault).toBeGreaterThan(passive);
    expect(activeDefault).toBeLessThan(chronaxie('active', 0));
  }, 120_000);
});
