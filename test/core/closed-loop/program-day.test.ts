// The posture day on the REAL ECAP model (src-core/sensing through cordStateEcap), tonic sample session: EVOKE's
// relations (Mekhail 2020 Lancet Neurol 19:123; Mekhail 2022 JAMA Neurol, PMC8742908: closed-loop deviation 3.0 vs
// 66.4 µV open loop, 93.9 % in the therapeutic window), the loop gain K × slope (unstable above 2, standard discrete
// control) and the largest ECAP supine (Holsheimer 1994: thinnest dorsal CSF lying on the back).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PhysiologyEngine,
  closedLoopStepResponse,
  configureSimulation,
  ecapAmplitudeAt,
  ecapConfigurationOf,
  oscillationOf,
  restingCordState,
} from '../../../src-core';
import { cordStateEcap, replayProgramDay, type CordStateEcap, type ProgramDayReport } from '../../../src-core';

import { mm } from '../../../src-core/units';
import { sampleSession } from '../sensing/ecap-helpers';
import { loadTimeline } from './fixtures';

const { session, implant } = sampleSession('tonic-leg-pain.scs.json');
const engine = new PhysiologyEngine();
const TIMELINES = ['clinic-hour.json', 'posture-day.json'] as const;

describe('the posture day on the ECAP model (tonic sample)', () => {
  let model: CordStateEcap;
  const days = new Map<string, ProgramDayReport>();
  beforeAll(() => {
    model = cordStateEcap(engine, session, implant, session.activeProgram);
    for (const name of TIMELINES) days.set(name, replayProgramDay(model, loadTimeline(name), {}));
  }, 180_000);

  it('reads the model itself at rest: the tabulated ECAP equals a trace of the sitting configuration', () => {
    const configured = configureSimulation(engine, session, implant, {
      programIndex: session.activeProgram,
      areaIndex: 0,
      posture: 'sitting',
      stimulationOn: true,
    });
    const direct = ecapConfigurationOf(engine, configured);
    for (const a of [5, 6, 7.5])
      expect(model.ecapAt(restingCordState('sitting'), a)).toBeCloseTo(ecapAmplitudeAt(direct, a), 4);
  }, 60_000);

  it('gives the largest ECAP at a fixed current supine, the smallest prone, and a larger one in a cough', () => {
    for (const a of [model.programmedMa, model.maxMa]) {
      const at = (p: 'supine' | 'prone' | 'sitting' | 'standing') => model.ecapAt(restingCordState(p), a);
      expect(at('supine')).toBeGreaterThan(at('sitting'));
      expect(at('sitting')).toBeCloseTo(at('standing'), 9);
      expect(at('sitting')).toBeGreaterThan(at('prone'));
    }
    const cough = { posture: 'sitting' as const, transition: null, dorsalShiftMm: mm(1) };
    expect(model.ecapAt(cough, 5)).toBeGreaterThan(1.5 * model.ecapAt(restingCordState('sitting'), 5));
  });

  it('sets the window sitting, from the ECAP at PT to the ECAP at the maximum comfortable current', () => {
    const day = days.get('clinic-hour.json')!;
    const sitting = restingCordState('sitting');
    expect(day.therapeuticRange.perceptionThresholdMa).toBe(model.perceptionThresholdMa.sitting);
    expect(day.therapeuticRange.perceptionEcapUv).toBeCloseTo(
      model.ecapAt(sitting, day.therapeuticRange.perceptionThresholdMa),
      9,
    );
    expect(day.therapeuticRange.maxComfortEcapUv).toBeCloseTo(
      model.ecapAt(sitting, day.therapeuticRange.maxComfortMa),
      9,
    );
    expect(day.therapeuticRange.maxComfortEcapUv).toBeGreaterThan(day.therapeuticRange.perceptionEcapUv);
  });

  it('derives the posture-adaptive amplitudes from the model: lowest supine, highest prone', () => {
    const { adaptiveMaByPosture: a, targetUv } = days.get('clinic-hour.json')!;
    expect(a.supine).toBeLessThan(a.sitting);
    expect(a.prone).toBeGreaterThan(a.sitting);
    for (const p of ['supine', 'prone', 'sitting'] as const)
      expect(model.ecapAt(restingCordState(p), a[p])).toBeCloseTo(targetUv, 1);
  });

  for (const name of TIMELINES) {
    it(`${name}: closed loop holds the ECAP ≥ 5× closer to the target than fixed output, ≥ 90 % of pulses in the window`, () => {
      const day = days.get(name)!;
      expect(day.closedLoop.deviation.rmsUv).toBeLessThanOrEqual(day.openLoop.deviation.rmsUv / 5);
      expect(day.deviationRatio).toBeLessThanOrEqual(0.2);
      expect(day.closedLoop.inRangePct).toBeGreaterThanOrEqual(90);
      expect(day.openLoop.inRangePct).toBeLessThan(day.closedLoop.inRangePct);
      expect(day.postureAdaptive.deviation.rmsUv).toBeLessThan(day.openLoop.deviation.rmsUv);
      expect(day.openLoop.episodes.map((e) => e.report)).toContain('I felt a jolt when I coughed.');
    });
  }

  it('shows the loop gain K × slope: 0.5 sitting at the default, higher supine where the CSF is thinner', () => {
    const { operatingPoint, gainMaPerUv, closedLoop } = days.get('clinic-hour.json')!;
    expect(operatingPoint.sitting.loopGain).toBeCloseTo(0.5, 9);
    expect(operatingPoint.supine.loopGain).toBeCloseTo(gainMaPerUv * operatingPoint.supine.slopeUvPerMa, 9);
    expect(operatingPoint.supine.loopGain).toBeGreaterThan(operatingPoint.sitting.loopGain);
    expect(closedLoop.loopGain!.max).toBeLessThan(2);
  });

  it('oscillates on a still patient at a loop gain above 2 and settles at 0.5', () => {
    const day = days.get('clinic-hour.json')!;
    const sitting = restingCordState('sitting');
    const slope = day.operatingPoint.sitting.slopeUvPerMa;
    const run = (g: number) =>
      oscillationOf(
        closedLoopStepResponse(
          model.ecapAt,
          sitting,
          { targetUv: day.targetUv, gainMaPerUv: g / slope },
          day.limits,
          0.8 * day.openLoopMa,
          400,
        ).ecapUv,
        day.targetUv,
      );
    expect(run(0.5).sustained).toBe(false);
    expect(run(0.5).peakToPeakUv).toBeLessThan(0.01);
    for (const g of [2.5, 3]) expect(run(g).sustained).toBe(true);
  });

  it('a day at loop gain 2.5 leaves the window far more often than at 0.5', () => {
    const timeline = loadTimeline('clinic-hour.json');
    const unstable = replayProgramDay(model, timeline, { loopGain: 2.5 });
    const stable = days.get('clinic-hour.json')!;
    expect(unstable.closedLoop.inRangePct).toBeLessThan(stable.closedLoop.inRangePct - 10);
    expect(unstable.closedLoop.loopGain!.unstablePct).toBeGreaterThan(20);
  }, 60_000);
});
