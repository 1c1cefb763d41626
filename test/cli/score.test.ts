import { describe, expect, it } from 'vitest';
import { usage } from '../../cli/run';
import { caseToSession, describeConfiguration, mA, serializeSession, type Session } from '../../src-core';
import { loadCase } from '../core/teaching/cases';
import { runInProcess } from './run-in-process';

const run = runInProcess;

const CASE = 'resources/cases/cervical-hand.case.json';

/** A visit of the cervical case: a bipole saved to the device, with a perception threshold recorded. */
function visitFile(): string {
  const opened = caseToSession(loadCase('cervical-hand.case.json'));
  const base = opened.programs[0]!;
  const program = {
    ...base,
    areas: [
      {
        contacts: [
          { electrode: 3, polarity: 'cathode' as const, fractionPct: 100 },
          { electrode: 4, polarity: 'anode' as const, fractionPct: 100 },
        ],
        amplitudeMa: mA(3),
        pulseWidthUs: base.areas[0]?.pulseWidthUs ?? (300 as never),
        dosing: { mode: 'absolute' as const },
      },
    ],
  };
  const session: Session = { ...opened, programs: [program], devicePrograms: [program], activeProgram: 0 };
  const configuration = describeConfiguration(program, program.areas[0]!);
  return serializeSession(session, {
    thresholds: [{ kind: 'perception', amplitudeMa: 2, configuration, posture: 'supine', atS: 30 }],
    sensations: [],
    safetyOverrides: [],
  });
}

describe('scs-sim score', () => {
  it('prints the checklist, outcome, level and feedback of a saved visit with exit 0', { timeout: 120_000 }, () => {
    const result = run(['score', CASE, 'visit.scs.json'], { 'visit.scs.json': visitFile() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/score \d+(\.\d)?\/100 — (novice|competent|proficient)/);
    expect(result.stdout).toContain('✗ Impedance checked');
    expect(result.stdout).toContain('not recorded for the saved program: comfort, discomfort');
    expect(result.stdout).toContain('Benchmark (the programming assistant');
    expect(result.stdout).toContain('You did not check impedances');
  });

  it('gives the same JSON twice, and a higher score with the impedance check attested', { timeout: 180_000 }, () => {
    const files = { 'visit.scs.json': visitFile() };
    const a = run(['score', CASE, 'visit.scs.json', '--json'], files);
    const b = run(['score', CASE, 'visit.scs.json', '--json'], files);
    const checked = run(['score', CASE, 'visit.scs.json', '--json', '--impedance-checked', '--edits', '7'], files);
    expect(a.code, a.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const score = (s: string) => (JSON.parse(s) as { score: number; editCount: number | null }).score;
    expect(score(checked.stdout)).toBeGreaterThan(score(a.stdout));
    expect((JSON.parse(checked.stdout) as { editCount: number }).editCount).toBe(7);
  });

  it(
    'refuses a session of another patient, a decision-only case and bad input with exit 1',
    { timeout: 60_000 },
    () => {
      const other = run(['score', CASE, 'resources/sessions/leg-pain-first-visit.scs.json']);
      expect(other.code).toBe(1);
      expect(other.stderr).toContain('is not case "cervical-hand"');
      const decision = run(['score', 'resources/cases/candidate-facet-pain.case.json', 'visit.scs.json'], {
        'visit.scs.json': visitFile(),
      });
      expect(decision.code).toBe(1);
      expect(decision.stderr).toContain('no visit to score');
      expect(run(['score', 'missing.case.json', 'visit.scs.json']).stderr).toContain(
        'missing.case.json: no such file.',
      );
      expect(run(['score', CASE, 'visit.scs.json'], { 'visit.scs.json': '{' }).code).toBe(1);
      expect(run(['score', CASE, 'visit.scs.json', '--edits', '2.5'], { 'visit.scs.json': visitFile() }).code).toBe(1);
    },
  );

  it('is a usage error (exit 2) without both files or with an unknown option, and is listed in the usage', () => {
    expect(run(['score', CASE]).code).toBe(2);
    expect(run(['score', CASE, 'a', 'b']).code).toBe(2);
    expect(run(['score', CASE, 'a', '--program', '1']).code).toBe(2);
    expect(usage()).toContain('score CASE_FILE SESSION_FILE');
  });
});
