import { describe, expect, it } from 'vitest';
import {
  NOMINAL_ANATOMY,
  PhysiologyEngine,
  titrationAmplitudes,
  titrationCurve,
  strengthDurationPoint,
  weissFit,
  commonAmplitudeThresholds,
  recruitmentIndexFor,
  type PhysiologySetup,
} from '../../../src-core';
import { patientSeed } from '../../../src-core/simulation/simulation-setup';
import { sample, singleLead } from '../../validation/helpers';

/** The sample leg-pain patient's first program, supine: its session and recruitment index (seconds to build). */
function legPainRecruitment() {
  const { session, implant } = sample('tonic-leg-pain');
  const thresholds = new PhysiologyEngine().thresholdsFor({
    implant,
    program: session.programs[0]!,
    patient: NOMINAL_ANATOMY,
    posture: 'supine',
    seed: patientSeed(session.patient.id),
  });
  return { session, index: recruitmentIndexFor(thresholds, commonAmplitudeThresholds(thresholds)) };
}

describe('the titration sweep', () => {
  it('spans past the discomfort threshold, or the device maximum when there is none', () => {
    const withDiscomfort = titrationAmplitudes(4, 25, 5);
    expect(withDiscomfort).toEqual([0, 1.25, 2.5, 3.75, 5]);
    expect(titrationAmplitudes(null, 12, 3)).toEqual([0, 6, 12]);
    expect(titrationAmplitudes(40, 12, 3).at(-1)).toBe(12);
  });

  it('grows coverage and sensation with amplitude on the sample leg-pain patient, from nothing at 0 mA', () => {
    const { session, index } = legPainRecruitment();
    const points = titrationCurve(index, session.patient.painMap, titrationAmplitudes(null, 8, 33));
    expect(points[0]).toMatchObject({
      amplitudeMa: 0,
      painCoveredPct: 0,
      peakIntensity: 0,
      placesFelt: 0,
      uncomfortable: false,
    });
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.peakIntensity).toBeGreaterThanOrEqual(points[i - 1]!.peakIntensity);
      expect(points[i]!.placesFelt).toBeGreaterThanOrEqual(points[i - 1]!.placesFelt);
      expect(points[i]!.painCoveredPct!).toBeGreaterThanOrEqual(points[i - 1]!.painCoveredPct!);
    }
    expect(points.at(-1)!.painCoveredPct).toBeGreaterThan(50);
    expect(points.some((p) => p.uncomfortable)).toBe(true);
  }, 60_000);

  it('reports no coverage without a pain map', () => {
    const { index } = legPainRecruitment();
    expect(titrationCurve(index, [], [0, 5]).map((p) => p.painCoveredPct)).toEqual([null, null]);
  }, 60_000);
});

describe("Weiss's law fit", () => {
  it('recovers the rheobase and chronaxie of exact Weiss data', () => {
    const points = [50, 100, 200, 400, 800].map((pulseWidthUs) => ({
      pulseWidthUs,
      perceptionMa: 2 * (1 + 250 / pulseWidthUs),
    }));
    const fit = weissFit(points)!;
    expect(fit.rheobaseMa).toBeCloseTo(2, 10);
    expect(fit.chronaxieUs).toBeCloseTo(250, 8);
  });

  it('needs two felt points and refuses an unphysical fit', () => {
    expect(
      weissFit([
        { pulseWidthUs: 100, perceptionMa: 3 },
        { pulseWidthUs: 200, perceptionMa: null },
      ]),
    ).toBeNull();
    // Threshold rising with pulse width: negative chronaxie.
    expect(
      weissFit([
        { pulseWidthUs: 100, perceptionMa: 1 },
        { pulseWidthUs: 200, perceptionMa: 2 },
      ]),
    ).toBeNull();
  });
});

describe('strength–duration points', () => {
  it('fall with pulse width for the area, and leave the program’s cached thresholds untouched', () => {
    const restored = singleLead({ tipLevel: 'T9', recharge: 'passive' });
    const engine = new PhysiologyEngine();
    const setup: PhysiologySetup = {
      implant: restored.implant,
      program: restored.session.programs[0]!,
      patient: NOMINAL_ANATOMY,
      posture: 'supine',
      seed: patientSeed(restored.session.patient.id),
    };
    const before = engine.thresholdsFor(setup);
    const area = setup.program.areas[0]!;
    const points = [60, 200, 1000].map((pw) => strengthDurationPoint(engine, setup, area, pw));
    const pt = points.map((p) => p.perceptionMa!);
    expect(pt[0]).toBeGreaterThan(pt[1]!);
    expect(pt[1]).toBeGreaterThan(pt[2]!);
    for (const p of points) expect(p.discomfortMa!).toBeGreaterThan(p.perceptionMa!);
    expect(engine.thresholdsFor(setup)).toBe(before);
  }, 60_000);
});

describe('the engine’s stage reports', () => {
  it('names each expensive stage as it starts, and only the stages that run', () => {
    const restored = singleLead({ tipLevel: 'T9' });
    const stages: string[] = [];
    const fractions: number[] = [];
    const engine = new PhysiologyEngine(
      () => 0,
      // A stage's start, then (for the field solve) how far it has got.
      (stage, fraction) => (fraction === undefined ? stages.push(stage) : fractions.push(fraction)),
    );
    const setup: PhysiologySetup = {
      implant: restored.implant,
      program: restored.session.programs[0]!,
      patient: NOMINAL_ANATOMY,
      posture: 'supine',
      seed: 1,
    };
    engine.thresholdsFor(setup);
    expect(stages).toEqual(['population', 'unitFields', 'thresholds']);
    expect(fractions.at(-1)).toBe(1);
    stages.length = 0;
    engine.thresholdsFor(setup); // everything cached
    expect(stages).toEqual([]);
    const area = setup.program.areas[0]!;
    engine.thresholdsFor({ ...setup, program: { ...setup.program, areas: [{ ...area, pulseWidthUs: 200 as never }] } });
    expect(stages).toEqual(['thresholds']);
  }, 60_000);
});
