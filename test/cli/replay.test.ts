import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process';

const TONIC = 'resources/sessions/tonic-leg-pain.scs.json';
const HOUR = 'resources/timelines/clinic-hour.json';
const run = (argv: string[], files: Record<string, string> = {}) => runInProcess(argv, files);

describe('scs-sim replay', () => {
  it('replays the posture day on the ECAP model: per-step ECAP, current and posture, % in window, patient reports', () => {
    const { code, stdout, stderr } = run([
      'replay',
      TONIC,
      '--timeline',
      HOUR,
      '--closed-loop',
      '--loop-gain',
      '0.5',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.postureAdaptive).toBeUndefined();
    expect(r.closedLoop.inRangePct).toBeGreaterThanOrEqual(90);
    expect(r.closedLoop.inRangePct).toBeGreaterThan(r.openLoop.inRangePct);
    expect(r.deviationRatio).toBeLessThanOrEqual(0.2);
    expect(r.deviationRatio).toBeCloseTo(r.closedLoop.deviation.rmsUv / r.openLoop.deviation.rmsUv, 9);
    expect(r.operatingPoint.sitting.loopGain).toBeCloseTo(0.5, 9);
    expect(r.gainMaPerUv).toBeCloseTo(0.5 / r.operatingPoint.sitting.slopeUvPerMa, 9);
    const trace = r.closedLoop.trace;
    expect(trace.timeS.length).toBeGreaterThan(1000);
    for (const column of [trace.ecapUv, trace.amplitudeMa, trace.activity, trace.loopGain])
      expect(column.length).toBe(trace.timeS.length);
    expect(new Set(trace.activity)).toEqual(new Set(['sitting', 'supine', 'standing', 'walking', 'prone']));
    expect(r.openLoop.episodes.map((e: { report: string }) => e.report)).toContain('I felt a jolt when I coughed.');
    expect(r.window.maxComfortEcapUv).toBeGreaterThan(r.window.perceptionEcapUv);
    expect(r.recordingContacts).toEqual({ recording: 2, reference: 1 });
  }, 120_000);

  it('prints a summary comparing the three modes without --json', () => {
    const { code, stdout } = run(['replay', TONIC, '--timeline', HOUR, '--control-hz', '10']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Window \(sitting\): /m);
    expect(stdout).toMatch(/^Open loop: [\d.]+ % of pulses in the window/m);
    expect(stdout).toMatch(/^Posture-adaptive \(supine [\d.]+/m);
    expect(stdout).toMatch(/^Closed loop: [\d.]+ % of pulses in the window/m);
    expect(stdout).toMatch(/deviation ÷ open-loop deviation: 0\.\d+/);
  }, 120_000);

  it.each([
    [['--timeline', HOUR, '--target-uv', '2'], 2, '--target-uv sets the closed loop'],
    [['--timeline', HOUR, '--closed-loop', '--gain', '0.1', '--loop-gain', '1'], 2, 'not both'],
    [['--timeline', HOUR, '--closed-loop', '--gain', '0'], 1, '--gain must be above 0'],
    [
      ['--timeline', HOUR, '--closed-loop', '--target-uv', '5000'],
      1,
      '--target-uv must be above 0 and at most 1000 µV, not 5000',
    ],
    [['--timeline', HOUR, '--control-hz', '5000'], 1, '--control-hz must be from 1 to 1200 Hz'],
    [['--timeline', HOUR, '--noise-uv', 'NaN'], 2, '--noise-uv must be a finite decimal number'],
    [[], 2, 'Give the posture timeline'],
    [['--timeline'], 2, '--timeline needs a value'],
    [['--timeline', 'missing.json'], 1, 'missing.json'],
    [['--timeline', 'bad.json'], 1, 'bad.json: '],
    [['--timeline', 'zero.json'], 1, 'must be a number from 1 to 43200 s, not 0'],
    [['--timeline', HOUR, '--program', '3'], 1, '--program 3'],
    [['--timeline', HOUR, '--speed', '2'], 2, 'Unknown option --speed'],
  ])('refuses %j with exit %i naming the problem', (extra, exit, message) => {
    const zero = JSON.stringify({
      format: 'scs-sim-posture-timeline',
      version: 1,
      name: 'x',
      segments: [{ activity: 'sitting', durationS: 0 }],
    });
    const { code, stderr } = run(['replay', TONIC, ...(extra as string[])], {
      'bad.json': '{ not json',
      'zero.json': zero,
    });
    expect(code).toBe(exit);
    expect(stderr).toContain(message);
  });
});
