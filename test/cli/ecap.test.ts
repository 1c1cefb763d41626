import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PhysiologyEngine,
  configureSimulation,
  ecapConfigurationOf,
  ecapThresholdMa,
  restoreSession,
} from '../../src-core';
import { runInProcess } from './run-in-process';

const run = (argv: string[]) => runInProcess(argv);

const TONIC = 'resources/sessions/tonic-leg-pain.scs.json';

describe('scs-sim ecap', () => {
  it('reports the trace, N1/P2, the ECAP threshold and the growth curve the core computes', () => {
    const { code, stdout } = run(['ecap', TONIC, '--posture', 'supine', '--amplitude-ma', '7', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const restored = restoreSession(readFileSync(TONIC, 'utf8'));
    if (!restored.ok) throw new Error(restored.error);
    const engine = new PhysiologyEngine();
    const configured = configureSimulation(engine, restored.session, restored.implant, {
      programIndex: restored.session.activeProgram,
      areaIndex: 0,
      posture: 'supine',
      stimulationOn: true,
    });
    const core = ecapThresholdMa(ecapConfigurationOf(engine, configured));
    expect(report.ecapThresholdMa).toBeCloseTo(core!, 3);
    expect(report.perceptionThresholdMa).toBeCloseTo(configured.perceptionThresholdMa!, 3);
    expect(report.trace.recordedUv.length * report.sampleUs).toBeGreaterThanOrEqual(2000);
    expect(report.n1Uv).toBeLessThan(0);
    expect(report.ecapUv).toBeCloseTo(report.p2Uv - report.n1Uv, 2);
    expect(report.n1LatencyMs).toBeGreaterThan(0.3); // after the 300 µs pulse
    expect(report.growthCurve.length).toBe(21);
    expect(report.growthFit.slopeUvPerMa).toBeGreaterThan(0);
    expect(report.growthFit.interceptMa).toBeLessThan(report.ecapThresholdMa);
    expect(report.recordingContacts).toEqual({ recording: 2, reference: 1 });
  }, 60_000);

  it('prints a readable summary without --json', () => {
    const { code, stdout } = run(['ecap', TONIC, '--amplitude-ma', '6']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ECAP at 6 mA, supine, recording contact 2 against 1/);
    expect(stdout).toMatch(/ECAP threshold .* perception threshold 3\.50 mA/);
  }, 60_000);

  it('refuses bad input with exit 1 and a message, and bad usage with exit 2', () => {
    expect(run(['ecap', TONIC, '--amplitude-ma', '-1']).code).toBe(1);
    const above = run(['ecap', TONIC, '--amplitude-ma', '50']);
    expect(above.code).toBe(1);
    expect(above.stderr).toMatch(/--amplitude-ma/);
    const noCathode = run(['ecap', 'resources/sessions/leg-pain-first-visit.scs.json']);
    expect(noCathode.code).toBe(1);
    expect(noCathode.stderr).toMatch(/cathode|cannot be delivered/);
    expect(run(['ecap', TONIC, '--program', '9']).code).toBe(1);
    expect(run(['ecap', TONIC, '--posture', 'handstand']).code).toBe(2);
    expect(run(['ecap', TONIC, '--rate-hz', '50']).code).toBe(2);
    expect(run(['ecap']).code).toBe(2);
  }, 60_000);

  it('is listed in the usage text', () => {
    const { stdout } = run(['help']);
    expect(stdout).toMatch(/scs-sim ecap FILE \[--program N\] \[--area N\] \[--posture P\] \[--amplitude-ma A\]/);
  });
});
