import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { usage } from '../../cli/run';
import { writeTextFileAtomically } from '../../cli/write-file';
import { caseToSession, describeConfiguration, mA, serializeSession, type Session } from '../../src-core';
import { loadCase } from '../core/teaching/cases';
import { runInProcess } from './run-in-process';

const CASE = 'resources/cases/cervical-hand.case.json';
const folder = mkdtempSync(join(tmpdir(), 'scs-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A visit of the cervical case: a bipole saved to the device, a perception threshold and a sensation recorded. */
function visitFile(programName = 'Hand'): string {
  const opened = caseToSession(loadCase('cervical-hand.case.json'));
  const base = opened.programs[0]!;
  const program = {
    ...base,
    name: programName,
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
    sensations: [
      {
        amplitudeMa: 3,
        configuration,
        posture: 'supine',
        patientSaid: 'Buzzing in my hand',
        painCoveredPct: 60,
        atS: 50,
      },
    ],
    safetyOverrides: [],
  });
}

describe('scs-sim report', () => {
  it(
    'writes the report of a saved visit atomically, with the score the score command gives',
    { timeout: 180_000 },
    () => {
      const out = join(folder, 'report.html');
      const files = { 'visit.scs.json': visitFile('<b>Hand</b>') };
      const result = runInProcess(
        ['report', CASE, 'visit.scs.json', '--out', out, '--locale', 'en-US', '--impedance-checked', '--edits', '5'],
        files,
        undefined,
        writeTextFileAtomically,
      );
      expect(result.code, result.stderr).toBe(0);
      const score = runInProcess(
        ['score', CASE, 'visit.scs.json', '--json', '--impedance-checked', '--edits', '5'],
        files,
      );
      const expected = (JSON.parse(score.stdout) as { score: number }).score;
      expect(result.stdout).toContain(`score ${expected}/100`);
      const html = readFileSync(out, 'utf8');
      expect(html).toBe(result.written[out]);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('size: Letter');
      expect(html).toContain('&lt;b&gt;Hand&lt;/b&gt;');
      expect(html).toContain('Buzzing in my hand');
      expect(html).toContain(`${expected.toFixed(1)}/100`);
      expect(html).toContain('Teaching model — not for clinical use.');
      expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('refuses a missing --out, a bad locale and an unwritable folder with clear messages', { timeout: 120_000 }, () => {
    const files = { 'visit.scs.json': visitFile() };
    const noOut = runInProcess(['report', CASE, 'visit.scs.json'], files);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Give --out FILE');
    const badLocale = runInProcess(
      ['report', CASE, 'visit.scs.json', '--out', 'r.html', '--locale', 'not a tag!'],
      files,
    );
    expect(badLocale.code).toBe(1);
    expect(badLocale.stderr).toContain('not a language tag');
    const missingFolder = join(folder, 'no-such-folder', 'r.html');
    const unwritable = runInProcess(
      ['report', CASE, 'visit.scs.json', '--out', missingFolder],
      files,
      undefined,
      writeTextFileAtomically,
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('cannot write the report: its folder does not exist');
    const other = runInProcess(['report', CASE, 'resources/sessions/leg-pain-first-visit.scs.json', '--out', 'r.html']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('is not case "cervical-hand"');
    expect(runInProcess(['report', CASE, '--out', 'r.html']).code).toBe(2);
  });

  it('is listed in the usage', () => {
    expect(usage()).toContain('report CASE_FILE SESSION_FILE --out report.html');
  });
});
