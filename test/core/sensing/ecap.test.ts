/**
 * The ECAP model against what clinical and modelling studies report. Sources: Parker et al. 2012 (Pain 153:593: no
 * measurable ECAP below a threshold, growth with current); Gmel et al. 2021 (Front Neurosci 15:625835: linear growth
 * above threshold); Pilitsis et al. 2021 (Front Neurosci 15:673998: ET correlates with PT, r = 0.93); Chakravarthy,
 * Bink & Dinsmoor 2020 (J Pain Res: longer pulse width → longer ECAP latency); Mekhail et al. 2020/2022 (EVOKE: the
 * ECAP at fixed current changes with posture).
 */
import { describe, expect, it } from 'vitest';
import {
  ECAP_DETECTION_UV,
  ECAP_SAMPLE_US,
  POSTURES,
  PhysiologyEngine,
  configureSimulation,
  ecapAmplitudeAt,
  ecapConfigurationOf,
  ecapGrowthCurve,
  ecapGrowthFit,
  ecapMeasuresOf,
  ecapThresholdMa,
  ecapTraceAt,
  postureEcap,
  us,
} from '../../../src-core';
import { apStartMs } from '../../../src-core/sensing/ecap-trace';
import type { Microseconds } from '../../../src-core/units';
import { ecapOf, pearson, sampleSession } from './ecap-helpers';

const TONIC = 'tonic-leg-pain.scs.json';
/** Sample sessions whose active program is tonic on percutaneous leads (the configurations ECAP systems sense). */
const TONIC_SESSIONS = ['tonic-leg-pain.scs.json', 'cervical-arm-pain.scs.json', 'lateral-lead-t10.scs.json'];

describe('the ECAP trace', () => {
  it('lasts at least 2 ms at 100 kHz and is the same for the same seed, with only the noise changing with it', () => {
    const { ecap } = ecapOf(TONIC, 'supine');
    const a = ecapTraceAt(ecap, 7, { seed: 3 });
    const b = ecapTraceAt(ecap, 7, { seed: 3 });
    const c = ecapTraceAt(ecap, 7, { seed: 4 });
    expect(a.recordedUv.length * ECAP_SAMPLE_US).toBeGreaterThanOrEqual(2000);
    expect(ECAP_SAMPLE_US).toBeLessThanOrEqual(10);
    expect(Array.from(a.recordedUv)).toEqual(Array.from(b.recordedUv));
    expect(Array.from(a.neuralUv)).toEqual(Array.from(c.neuralUv));
    expect(Array.from(a.noiseUv)).not.toEqual(Array.from(c.noiseUv));
  }, 60_000);

  it('has an artefact that is larger for recording contacts nearer the stimulating ones and has decayed by 2 ms', () => {
    const { ecap: near } = ecapOf(TONIC, 'supine');
    const { ecap: far } = ecapOf(TONIC, 'supine', { recording: 1, reference: 0 });
    expect(near.contacts).toEqual({ recording: 2, reference: 1 });
    expect(near.artefactCouplingMvPerMa).toBeGreaterThan(far.artefactCouplingMvPerMa);
    const art = ecapTraceAt(near, 5).artefactUv;
    const atEnd = Math.abs(art[Math.round(near.pulseWidthUs / ECAP_SAMPLE_US)]!);
    expect(Math.abs(art[Math.round(2000 / ECAP_SAMPLE_US)]!)).toBeLessThan(0.05 * atEnd);
  }, 60_000);
});

describe('the ECAP growth curve (Parker 2012, Gmel 2021)', () => {
  it('shows no ECAP below the ECAP threshold and none at all below the lowest fibre threshold', () => {
    for (const name of ['tonic-leg-pain.scs.json', 'lateral-lead-t10.scs.json']) {
      const { ecap } = ecapOf(name, 'supine');
      const et = ecapThresholdMa(ecap);
      expect(et).not.toBeNull();
      const lowest = Math.min(...ecap.thresholdMa);
      expect(ecapAmplitudeAt(ecap, 0.99 * lowest)).toBe(0);
      for (const p of ecapGrowthCurve(ecap, 41).filter((q) => q.amplitudeMa < et!))
        expect(p.ecapUv).toBeLessThan(ECAP_DETECTION_UV);
    }
  }, 60_000);

  it('grows near-linearly above the ECAP threshold (r² ≥ 0.98 of a straight line)', () => {
    for (const name of ['tonic-leg-pain.scs.json', 'lateral-lead-t10.scs.json']) {
      const { ecap } = ecapOf(name, 'supine');
      const et = ecapThresholdMa(ecap)!;
      const above = ecapGrowthCurve(ecap, 81).filter((p) => p.amplitudeMa >= et);
      expect(above.length).toBeGreaterThanOrEqual(4);
      const r = pearson(
        above.map((p) => p.amplitudeMa),
        above.map((p) => p.ecapUv),
      );
      expect(r * r).toBeGreaterThanOrEqual(0.98);
    }
  }, 60_000);
});

describe('the ECAP threshold against the perception threshold (Pilitsis 2021)', () => {
  // Known failure (docs/physics-ecap.md, "Why ET ≫ PT: the investigation"): the perception model reaches PT with
  // 15–30 real fibres, whose ECAP at the recording pair is ≈ 1 µV, below the 6 µV detection criterion; measured ET/PT
  // 1.62 (tonic) and 1.96 (lateral lead) supine, no ET within the 8 mA ceiling in the other postures. The single-fibre
  // potential and the recording pair check out (scripts/investigate-ecap-size.ts); the shortfall is the number of
  // large fibres recruited near PT. Neither the criterion nor the noise was tuned to pass.
  it.fails(
    'finds ET within 0.8–1.3 × PT over the tonic sample sessions and the four postures',
    () => {
      for (const name of TONIC_SESSIONS)
        for (const posture of POSTURES) {
          const { ecap, perceptionThresholdMa } = ecapOf(name, posture);
          const et = ecapThresholdMa(ecap);
          expect(et).not.toBeNull();
          expect(et! / perceptionThresholdMa!).toBeGreaterThanOrEqual(0.8);
          expect(et! / perceptionThresholdMa!).toBeLessThanOrEqual(1.3);
        }
    },
    120_000,
  );
});

describe('the extrapolated ECAP threshold (x-intercept of the linear growth) against PT', () => {
  it('correlates with PT over the tonic sample sessions and postures (r ≥ 0.9; Pilitsis 2021: r = 0.93)', () => {
    const pts: number[] = [];
    const intercepts: number[] = [];
    for (const name of TONIC_SESSIONS) {
      const engine = new PhysiologyEngine();
      for (const posture of POSTURES) {
        const { ecap, perceptionThresholdMa } = ecapOf(name, posture, undefined, engine);
        const fit = ecapGrowthFit(ecap);
        expect(fit).not.toBeNull();
        pts.push(perceptionThresholdMa!);
        intercepts.push(fit!.interceptMa);
      }
    }
    expect(pearson(pts, intercepts)).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});

describe('the ECAP latency', () => {
  it('moves along the lead at the conduction velocity: N1 at contacts 14 mm apart differs by distance/CV within 10 %', () => {
    const amplitudeMa = 7;
    const at = (contact: number) => {
      // Monopolar (distant reference), so N1 is the volley passing under this one contact.
      const { ecap } = ecapOf(TONIC, 'supine', { recording: contact, reference: null });
      let weight = 0;
      let start = 0;
      let site = 0;
      let velocity = 0;
      for (let f = 0; f < ecap.fibreCount; f++) {
        if (!(ecap.thresholdMa[f]! <= amplitudeMa)) continue;
        const w = ecap.weight[f]!;
        weight += w;
        start += w * apStartMs(ecap, f, amplitudeMa);
        site += w * ecap.excitationAxialMm[f]!;
        velocity += w * ecap.conductionVelocityMPerS[f]!;
      }
      const distanceMm = Math.abs(ecap.recordingAxialMm - site / weight);
      const trace = ecapTraceAt(ecap, amplitudeMa);
      const n1 = ecapMeasuresOf(trace.neuralUv, trace.sampleUs, ecap.pulseWidthUs / 1000).n1LatencyMs;
      return {
        n1,
        distanceMm,
        velocity: velocity / weight,
        arrivalMs: start / weight + distanceMm / (velocity / weight),
      };
    };
    // Contacts 2 and 0 lie rostral of the active ones (3, 4), 7 and 21 mm past the mean excitation site.
    const near = at(2);
    const far = at(0);
    const expected = (far.distanceMm - near.distanceMm) / near.velocity;
    expect(Math.abs(far.n1 - near.n1 - expected) / expected).toBeLessThanOrEqual(0.1);
    // N1 cannot come before the volley arrives (10 %: the sample step and the spread of sites and velocities).
    for (const p of [near, far]) expect(p.n1).toBeGreaterThanOrEqual(0.9 * p.arrivalMs);
  }, 60_000);

  it('grows with the pulse width at the same multiple of the perception threshold (Chakravarthy 2020)', () => {
    const { session, implant } = sampleSession(TONIC);
    const latencyAt = (pulseWidthUs: Microseconds) => {
      const programs = session.programs.map((p, i) =>
        i === session.activeProgram
          ? { ...p, areas: p.areas.map((a, k) => (k === 0 ? { ...a, pulseWidthUs } : a)) }
          : p,
      );
      const engine = new PhysiologyEngine();
      const configured = configureSimulation(engine, { ...session, programs } as typeof session, implant, {
        programIndex: session.activeProgram,
        areaIndex: 0,
        posture: 'supine',
        stimulationOn: true,
      });
      const ecap = ecapConfigurationOf(engine, configured, { recording: 2, reference: null });
      const amplitude = 1.5 * configured.perceptionThresholdMa!;
      const trace = ecapTraceAt(ecap, amplitude);
      return ecapMeasuresOf(trace.neuralUv, trace.sampleUs, ecap.pulseWidthUs / 1000).n1LatencyMs;
    };
    const latencies = [150, 300, 600].map((w) => latencyAt(us(w)));
    expect(latencies[1]!).toBeGreaterThan(latencies[0]!);
    expect(latencies[2]!).toBeGreaterThan(latencies[1]!);
  }, 120_000);
});

describe('the ECAP by posture (EVOKE, Mekhail 2020/2022)', () => {
  it('is largest supine at a fixed current, where the dorsal CSF is thinnest', () => {
    for (const name of TONIC_SESSIONS) {
      const { session, implant } = sampleSession(name);
      const byPosture = postureEcap(new PhysiologyEngine(), session, implant, session.activeProgram, 0);
      const maxMa = byPosture.configurations.supine.maxMa;
      const supine = byPosture.ecapAmplitudeUv('supine', maxMa);
      expect(supine).toBeGreaterThan(0);
      for (const posture of POSTURES.filter((p) => p !== 'supine'))
        expect(supine).toBeGreaterThan(byPosture.ecapAmplitudeUv(posture, maxMa));
    }
  }, 120_000);
});
