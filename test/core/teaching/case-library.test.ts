import { describe, expect, it } from 'vitest';
import {
  caseToSession,
  CURRICULUM_LEVELS,
  parseCase,
  PhysiologyEngine,
  restoreSession,
  serializeSession,
  simulateProgram,
} from '../../../src-core';
import { caseFiles, loadCase } from './cases';

const files = caseFiles();
const cases = files.map((f) => loadCase(f.name));

describe('the case library', () => {
  it('holds at least 12 cases, each accepted by parseCase and named after its id', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const result = parseCase(file.text);
      expect(result.ok, result.ok ? '' : `${file.name}: ${result.error}`).toBe(true);
      if (result.ok) expect(`${result.case.id}.case.json`).toBe(file.name);
    }
  });

  it('runs from easy to hard over every curriculum level', () => {
    const difficulties = cases.map((c) => c.difficulty);
    expect(Math.min(...difficulties)).toBe(1);
    expect(Math.max(...difficulties)).toBeGreaterThanOrEqual(4);
    for (const level of CURRICULUM_LEVELS) expect(cases.some((c) => c.level === level)).toBe(true);
  });

  it('has the situations the curriculum asks for', () => {
    const painIn = (c: (typeof cases)[number], dermatomes: string[]) =>
      c.patient.painMap.some((r) => dermatomes.includes(r.dermatome));
    const sides = (c: (typeof cases)[number]) => new Set(c.patient.painMap.map((r) => r.side)).size;
    const leads = (c: (typeof cases)[number]) => c.implant?.leads ?? [];
    const checks: Record<string, (c: (typeof cases)[number]) => boolean> = {
      'unilateral leg': (c) => painIn(c, ['L5', 'S1']) && sides(c) === 1,
      'bilateral legs': (c) => painIn(c, ['L5', 'S1']) && sides(c) === 2,
      'axial low back only': (c) => c.patient.painMap.every((r) => ['L1', 'L2'].includes(r.dermatome)) && !!c.implant,
      'hand and arm': (c) => painIn(c, ['C6', 'C7', 'C8']),
      'lateral lead': (c) => leads(c).some((l) => Math.abs(l.placement.lateralMm) >= 3),
      'migrated lead': (c) => leads(c).some((l) => l.intendedPlacement !== undefined),
      'posture criteria': (c) =>
        c.success.some((s) => 'posture' in s && s.posture !== undefined && s.posture !== 'supine'),
      paddle: (c) => leads(c).some((l) => l.modelId.startsWith('paddle')),
      'open contact': (c) => (c.implant?.faults ?? []).some((f) => f.kind === 'open'),
      'short contacts': (c) => (c.implant?.faults ?? []).some((f) => f.kind === 'short'),
      'paresthesia-free relief': (c) =>
        c.success.some((s) => s.kind === 'relief') && c.success.some((s) => s.kind === 'paresthesiaFree'),
      'candidate selection, SCS': (c) => c.candidateSelection?.correct === 'scs',
      'candidate selection, not SCS': (c) => !!c.candidateSelection && c.candidateSelection.correct !== 'scs',
    };
    const missing = Object.entries(checks)
      .filter(([, has]) => !cases.some(has))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('opens every case as a session that restoreSession accepts, with the true lead placement', () => {
    for (const c of cases) {
      const session = caseToSession(c);
      const restored = restoreSession(serializeSession(session));
      expect(restored.ok, restored.ok ? '' : `${c.id}: ${restored.error}`).toBe(true);
      if (!restored.ok) continue;
      expect(restored.session.patient.painMap).toEqual(c.patient.painMap);
      if (c.implant) {
        expect(restored.session.hardware.leads.map((l) => l.placement)).toEqual(
          c.implant.leads.map((l) => l.placement),
        );
        expect(restored.session.faults).toEqual(c.implant.faults ?? []);
        expect(restored.session.devicePrograms.length).toBe(c.startingPrograms?.length ?? 0);
      }
      if (c.hidden.anatomy) expect(restored.session.patient.anatomy).toEqual(c.hidden.anatomy);
    }
  });

  it('opens a decision-only case on the practice implant with nothing on the device and the story as its summary', () => {
    const decisionOnly = cases.filter((c) => !c.implant);
    expect(decisionOnly.length).toBeGreaterThan(0);
    for (const c of decisionOnly) {
      const session = caseToSession(c);
      expect(session.devicePrograms).toEqual([]);
      expect(session.patient.summary).toBe(c.patient.story);
      expect(session.patient.id).toBe(`case-${c.id}`);
      expect(restoreSession(serializeSession(session)).ok).toBe(true);
    }
  });

  it(
    'simulates every programming case at its starting program, or at a bipole on the first lead',
    { timeout: 120_000 },
    () => {
      const engine = new PhysiologyEngine(() => 0);
      for (const c of cases.filter((x) => x.implant)) {
        const session = caseToSession(c);
        const restored = restoreSession(serializeSession(session));
        if (!restored.ok) throw new Error(restored.error);
        const starting = (c.startingPrograms?.length ?? 0) > 0;
        const program = session.programs[0]!;
        const run = starting
          ? session
          : {
              ...session,
              programs: [
                {
                  ...program,
                  areas: [
                    {
                      ...program.areas[0]!,
                      contacts: [
                        { electrode: 3, polarity: 'cathode' as const, fractionPct: 100 },
                        { electrode: 4, polarity: 'anode' as const, fractionPct: 100 },
                      ],
                    },
                  ],
                },
              ],
            };
        const result = simulateProgram(engine, run, restored.implant, {
          programIndex: 0,
          areaIndex: 0,
          posture: 'supine',
          ...(starting ? {} : { amplitudeMa: 2 }),
        });
        expect(result.coverage, c.id).not.toBeNull();
        expect(result.coverage!.painCoveredPct).toBeGreaterThanOrEqual(0);
        expect(result.coverage!.painCoveredPct).toBeLessThanOrEqual(100);
        expect(Number.isFinite(result.perceptionThresholdMa ?? 0)).toBe(true);
      }
    },
  );
});
