// The posture day replayed open loop, posture-adaptive and closed loop, on the labelled linear test growth model
// (linear-test-growth.ts — not physiology). Claims checked against EVOKE (Mekhail 2020 Lancet Neurol 19:123;
// 24 months, Mekhail 2022 JAMA Neurol, PMC8742908): ECAP deviation through postures 3.0 µV closed loop vs 66.4 µV
// open loop (22×), and closed-loop patients in the therapeutic range a median 93.9 % of the time.
import { beforeAll, describe, expect, it } from 'vitest';
import { POSTURES, type Posture } from '../../../src-core/anatomy/patient-anatomy';
import { restingCordState } from '../../../src-core/closed-loop/cord-state';
import { currentForEcapMa } from '../../../src-core/closed-loop/growth-inverse';
import { replayPostureDay, type ReplayReport } from '../../../src-core/closed-loop/replay';
import { replayReportForJson, type ReplayReportJson } from '../../../src-core/closed-loop/replay-json';
import type { ClosedLoopMode, ReplaySettings } from '../../../src-core/closed-loop/replay-settings';
import { commonSettings, gainForLoopGain, loadTimeline, SENSIBLE_LOOP_GAIN, TARGET_UV } from './fixtures';
import { linearTestEcapAt as ecapAt } from './linear-test-growth';

const day = loadTimeline('posture-day.json');
const common = commonSettings(ecapAt);
const sittingMa = currentForEcapMa(ecapAt, restingCordState('sitting'), TARGET_UV, 25);
const openLoop: ReplaySettings = { ...common, mode: { kind: 'open-loop', amplitudeMa: sittingMa } };
const closedLoop: ReplaySettings = {
  ...common,
  mode: {
    kind: 'closed-loop',
    targetUv: TARGET_UV,
    gainMaPerUv: gainForLoopGain(ecapAt, SENSIBLE_LOOP_GAIN),
    startAmplitudeMa: 0.8 * sittingMa,
  },
};
const perPosture = Object.fromEntries(
  POSTURES.map((p) => [p, currentForEcapMa(ecapAt, restingCordState(p), TARGET_UV, 25)]),
) as Record<Posture, number>;
const adaptive: ReplaySettings = { ...common, mode: { kind: 'posture-adaptive', amplitudeMaByPosture: perPosture } };

describe('replay of a posture day', () => {
  let open: ReplayReport;
  let closed: ReplayReport;
  let postureAdaptive: ReplayReport;
  beforeAll(() => {
    open = replayPostureDay(day, ecapAt, openLoop);
    closed = replayPostureDay(day, ecapAt, closedLoop);
    postureAdaptive = replayPostureDay(day, ecapAt, adaptive);
  }, 120_000);

  it('closed loop holds the ECAP at least five times closer to its target than fixed output (EVOKE: 3 vs 66 µV)', () => {
    expect(closed.deviation.rmsUv).toBeLessThanOrEqual(open.deviation.rmsUv / 5);
    expect(closed.ecapSdUv).toBeLessThan(open.ecapSdUv / 5);
  }, 60_000);

  it('keeps at least 90 % of pulses in the therapeutic range at a sensible gain (EVOKE 24 months: 93.9 %)', () => {
    expect(closed.inRangePct).toBeGreaterThanOrEqual(90);
    expect(open.inRangePct).toBeLessThan(closed.inRangePct);
  });

  it('posture-adaptive output does better than fixed output and worse than the closed loop', () => {
    expect(postureAdaptive.deviation.rmsUv).toBeLessThan(open.deviation.rmsUv);
    expect(postureAdaptive.deviation.rmsUv).toBeGreaterThan(closed.deviation.rmsUv);
  });

  it('shows the loop gain, stable all day at a sensible gain, and changing with posture', () => {
    expect(closed.loopGain).not.toBeNull();
    expect(closed.loopGain!.max).toBeLessThan(2);
    expect(closed.loopGain!.max).toBeGreaterThan(closed.loopGain!.min);
    expect(open.loopGain).toBeNull();
  });

  it('fixed output is too strong lying on the back and jolts in coughs, and the patient says so', () => {
    const supine = open.byActivity.find((a) => a.activity === 'supine')!;
    const sitting = open.byActivity.find((a) => a.activity === 'sitting')!;
    expect(supine.meanEcapUv).toBeGreaterThan(sitting.meanEcapUv);
    const reports = open.episodes.map((e) => e.report);
    expect(reports).toContain('I felt a jolt when I coughed.');
    expect(reports).toContain('It is too strong lying on my back.');
    expect(open.episodes.every((e) => e.endS > e.startS && e.report.length > 0)).toBe(true);
  });

  it('records a trace per update with ECAP, current and activity', () => {
    const n = closed.trace.timeS.length;
    expect(n).toBe(Math.ceil(closed.updates / 50));
    expect(closed.trace.ecapUv.length).toBe(n);
    expect(closed.trace.activity.length).toBe(n);
    expect(Array.from(closed.trace.ecapUv).every(Number.isFinite)).toBe(true);
  });

  it('is deterministic, measurement noise included', () => {
    const noisy: ReplaySettings = { ...closedLoop, measurementNoiseUv: 5, seed: 7 };
    const hour = loadTimeline('clinic-hour.json');
    const a = replayPostureDay(hour, ecapAt, noisy);
    const b = replayPostureDay(hour, ecapAt, noisy);
    expect(a.deviation).toEqual(b.deviation);
    expect(Array.from(a.trace.amplitudeMa)).toEqual(Array.from(b.trace.amplitudeMa));
    expect(a.inRangePct).toBeGreaterThanOrEqual(90);
  }, 60_000);
});

describe('control rate and stability in the replay', () => {
  it('control at every pulse (Evoke-type, 60 Hz) holds the ECAP as well as 50 Hz sensing', () => {
    const hour = loadTimeline('clinic-hour.json');
    const perPulse = replayPostureDay(hour, ecapAt, { ...closedLoop, controlRateHz: 60, pulseRateHz: 60 });
    const sensed = replayPostureDay(hour, ecapAt, { ...closedLoop, controlRateHz: 50, pulseRateHz: 100 });
    expect(perPulse.pulses).toBe(60 * 3600);
    expect(sensed.pulses).toBe(100 * 3600);
    expect(perPulse.inRangePct).toBeGreaterThanOrEqual(90);
    expect(sensed.inRangePct).toBeGreaterThanOrEqual(90);
  }, 60_000);

  it('a loop gain above 2 throbs through the day, and the patient says so', () => {
    const hour = loadTimeline('clinic-hour.json');
    const unstable = replayPostureDay(hour, ecapAt, {
      ...closedLoop,
      mode: { ...(closedLoop.mode as ClosedLoopMode), gainMaPerUv: gainForLoopGain(ecapAt, 2.5) },
    });
    expect(unstable.loopGain!.unstablePct).toBeGreaterThan(50);
    expect(unstable.inRangePct).toBeLessThan(90);
    expect(unstable.episodes.some((e) => e.cause === 'unstable-loop')).toBe(true);
    expect(unstable.episodes.map((e) => e.report)).toContain('It keeps throbbing on and off, even when I keep still.');
  }, 60_000);
});

describe('limits in the replay', () => {
  const hour = loadTimeline('clinic-hour.json');

  it('holds the closed loop at the patient maximum and reports it', () => {
    const patientMaxMa = 0.9 * sittingMa;
    const report = replayPostureDay(hour, ecapAt, {
      ...closedLoop,
      limits: { patientMaxMa, complianceLimitMa: 15 },
    });
    expect(report.amplitude.maxMa).toBeLessThanOrEqual(patientMaxMa);
    expect(report.atPatientMaximumPct).toBeGreaterThan(0);
    expect(report.alerts.some((a) => a.kind === 'patient-maximum')).toBe(true);
    expect(report.outOfCompliancePct).toBe(0);
  }, 60_000);

  it('raises the out-of-compliance alert when the loop asks for more than the output can drive', () => {
    const complianceLimitMa = 0.9 * sittingMa;
    const report = replayPostureDay(hour, ecapAt, { ...closedLoop, limits: { patientMaxMa: 10, complianceLimitMa } });
    expect(report.amplitude.maxMa).toBeLessThanOrEqual(complianceLimitMa);
    expect(report.outOfCompliancePct).toBeGreaterThan(0);
    const alert = report.alerts.find((a) => a.kind === 'out-of-compliance')!;
    expect(alert.message).toMatch(/^Out of compliance: /);
    expect(alert.requestedMa).toBeGreaterThan(complianceLimitMa);
  }, 60_000);

  it('refuses settings it cannot honour, naming the setting', () => {
    expect(() => replayPostureDay(hour, ecapAt, { ...closedLoop, controlRateHz: 0 })).toThrow(/control rate/);
    expect(() => replayPostureDay(hour, ecapAt, { ...closedLoop, pulseRateHz: 20 })).toThrow(/pulse rate/);
    expect(() =>
      replayPostureDay(hour, ecapAt, { ...closedLoop, range: { perceptionEcapUv: 80, maxComfortEcapUv: 40 } }),
    ).toThrow(/maximum comfort/);
  });
});

describe('the report as JSON', () => {
  it('turns the trace into plain arrays with activity names, and survives JSON.stringify', () => {
    const hour = loadTimeline('clinic-hour.json');
    const report = replayPostureDay(hour, ecapAt, { ...closedLoop, recordEverySteps: 500 });
    const json = JSON.parse(JSON.stringify(replayReportForJson(report))) as ReplayReportJson;
    expect(json.trace.timeS.length).toBe(report.trace.timeS.length);
    expect(json.trace.activity[0]).toBe(hour.segments[0]!.activity);
    expect(json.trace.ecapUv[10]).toBeCloseTo(report.trace.ecapUv[10]!, 1);
    expect(json.inRangePct).toBe(report.inRangePct);
  }, 60_000);
});
