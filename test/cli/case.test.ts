import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usage } from '../../cli/run';
import { runInProcess } from './run-in-process';

const run = runInProcess;

/** Runs the CLI in-process with a fake terminal; files are read from disk unless `files` provides them. */

const CASE = 'resources/cases/migrated-lead.case.json';
const caseJson = () => JSON.parse(readFileSync(CASE, 'utf8')) as Record<string, unknown>;

describe('scs-sim case', () => {
  it('prints the brief of a valid case with exit 0: title, story, pain drawing and goals', () => {
    const result = run(['case', CASE]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('valid case "migrated-lead"');
    expect(result.stdout).toContain('Paresthesia has moved');
    expect(result.stdout).toContain('right L5');
    expect(result.stdout).toContain('paresthesia covers ≥ 66 % of the pain');
  });

  it('keeps the hidden truth out of the brief: the teaching points and where a migrated lead really lies', () => {
    const file = caseJson();
    const result = run(['case', CASE, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const brief = JSON.parse(result.stdout) as { implant: { leads: { placement: unknown }[] }; hidden?: unknown };
    const leads = (file.implant as { leads: { placement: unknown; intendedPlacement: unknown }[] }).leads;
    expect(brief.hidden).toBeUndefined();
    expect(brief.implant.leads.map((l) => l.placement)).toEqual(leads.map((l) => l.intendedPlacement));
    expect(brief.implant.leads.map((l) => l.placement)).not.toEqual(leads.map((l) => l.placement));
    const points = (file.hidden as { teachingPoints: string[] }).teachingPoints;
    for (const point of points) expect(result.stdout).not.toContain(point);
  });

  it('exits 1 naming the field of an invalid case', () => {
    const bad = { ...caseJson(), difficulty: 9 };
    const result = run(['case', 'bad.case.json'], { 'bad.case.json': JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.case.json');
    expect(result.stderr).toContain('"difficulty"');
  });

  it('exits 1 for a session file and for a missing file, 2 for a stray option', () => {
    expect(run(['case', 'resources/sessions/burst-t9.scs.json']).stderr).toMatch(/not an SCS simulator case file/);
    expect(run(['case', 'resources/sessions/burst-t9.scs.json']).code).toBe(1);
    expect(run(['case', 'no-such.case.json']).stderr).toMatch(/no such file/);
    expect(run(['case', CASE, '--program', '1']).code).toBe(2);
  });

  it('has its JSON Schema printed by schema --case, with the format tag and version', () => {
    const result = run(['schema', '--case']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { properties: Record<string, { const?: unknown }> };
    expect(schema.properties.format!.const).toBe('scs-sim-case');
    expect(schema.properties.version!.const).toBe(1);
    expect(run(['validate', CASE, '--case']).code).toBe(2);
  });

  it('is listed in the usage text', () => {
    expect(usage()).toMatch(/scs-sim case FILE \[--json\]/);
  });
});
