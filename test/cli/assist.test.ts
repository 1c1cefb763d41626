import { describe, expect, it } from 'vitest';
import { usage } from '../../cli/run';
import { caseToSession, serializeSession } from '../../src-core';
import { loadCase } from '../core/teaching/cases';
import { runInProcess } from './run-in-process';

const CASE = 'resources/cases/crps-foot.case.json';

describe('scs-sim assist', () => {
  it('prints the best program with its coverage, outside-pain share and energy', { timeout: 120_000 }, () => {
    const text = runInProcess(['assist', CASE]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/supine: lead 1: .+ · 50 Hz · \d+ µs · \d+\.\d mA/);
    expect(text.stdout).toMatch(/pain covered \d+ %, paresthesia outside the pain \d+ %, comfortable/);
    expect(text.stdout).toMatch(/energy: \d+\.\d\d mW from the battery, \d+ min\/day recharging/);
    const json = runInProcess(['assist', CASE, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      programs: { painCoveredPct: number; comfortable: boolean; description: string }[];
      complete: boolean;
    };
    expect(parsed.complete).toBe(true);
    expect(parsed.programs[0]!.painCoveredPct).toBeGreaterThanOrEqual(80);
    expect(parsed.programs[0]!.comfortable).toBe(true);
    expect(text.stdout).toContain(parsed.programs[0]!.description);
  });

  it('gives one next step for a session with nothing programmed yet', { timeout: 120_000 }, () => {
    const files = { 'visit.scs.json': serializeSession(caseToSession(loadCase('crps-foot.case.json'))) };
    const result = runInProcess(['assist', CASE, '--hint', 'visit.scs.json', '--json'], files);
    expect(result.code, result.stderr).toBe(0);
    const { hint } = JSON.parse(result.stdout) as { hint: { kind: string; text: string } };
    expect(hint.kind).toBe('startProgram');
    expect(hint.text).toMatch(/^Start with the cathode \(−\) on contact \d+/);
  });

  it('refuses a decision-only case, another case’s session and a --hint without a file', () => {
    const decision = runInProcess(['assist', 'resources/cases/candidate-facet-pain.case.json']);
    expect(decision.code).toBe(1);
    expect(decision.stderr).toContain('decision without programming');
    const other = runInProcess(['assist', CASE, '--hint', 'other.scs.json'], {
      'other.scs.json': serializeSession(caseToSession(loadCase('fbss-left-leg.case.json'))),
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('is not case "crps-foot"');
    expect(runInProcess(['assist', CASE, '--hint']).code).toBe(2);
    expect(usage()).toContain('assist CASE_FILE [--hint SESSION_FILE] [--json]');
  });
});
