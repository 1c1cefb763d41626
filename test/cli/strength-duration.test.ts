import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PhysiologyEngine,
  STRENGTH_DURATION_PULSE_WIDTHS_US,
  configureSimulation,
  restoreSession,
  strengthDurationPoint,
  weissFit,
} from '../../src-core';
import { runInProcess } from './run-in-process';

const run = (argv: string[]) => runInProcess(argv);

const TONIC = 'resources/sessions/tonic-leg-pain.scs.json';

/** The app's sweep computed directly with the core: the active program, its first area, supine. */
function coreCurve(file: string) {
  const restored = restoreSession(readFileSync(file, 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  const engine = new PhysiologyEngine(() => 0);
  const configured = configureSimulation(engine, restored.session, restored.implant, {
    programIndex: restored.session.activeProgram,
    areaIndex: 0,
    posture: 'supine',
    stimulationOn: true,
  });
  const points = STRENGTH_DURATION_PULSE_WIDTHS_US.map((w) =>
    strengthDurationPoint(engine, configured.setup, configured.area, w),
  );
  return { points, fit: weissFit(points) };
}

// Builds a fibre population and its fields, then 12 threshold passes: seconds on a busy machine.
describe('scs-sim strength-duration', { timeout: 120_000 }, () => {
  it('prints the same points, rheobase and chronaxie as the core sweep, with a positive chronaxie', () => {
    const result = run(['strength-duration', TONIC, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const core = coreCurve(TONIC);
    expect(report.points).toEqual(core.points);
    expect(report.rheobaseMa).toBe(core.fit!.rheobaseMa);
    expect(report.chronaxieUs).toBe(core.fit!.chronaxieUs);
    expect(report.chronaxieUs).toBeGreaterThan(0);
    expect(report).toMatchObject({ programIndex: 0, areaIndex: 0, posture: 'supine', polarity: 'cathodic' });
  });

  it('refuses a program or area the session lacks with exit 1, and an unknown posture with exit 2', () => {
    expect(run(['strength-duration', TONIC, '--program', '7'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--program 7/),
    });
    expect(run(['strength-duration', TONIC, '--area', '3'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--area 3/),
    });
    expect(run(['strength-duration', TONIC, '--posture', 'handstand'])).toMatchObject({ code: 2 });
    expect(run(['strength-duration'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/FILE/) });
  });
});
