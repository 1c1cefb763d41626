/**
 * The programming assistant on small cases: deterministic, progress and cancellation, faulty contacts left alone,
 * ahead of a naive program under the rubric, and its contact patterns and goal reading.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contactPatternsForTest,
  goalOf,
  impedanceCheck,
  PhysiologyEngine,
  programmingAssistant,
  scoreVisit,
  type AssistantResult,
  type ResolvedImplant,
  type Session,
  type TeachingCase,
} from './helpers';
import { farBipole, makePoles, openCase, setHalfway, visitRecording } from '../score-helpers';

describe('programming assistant', () => {
  let crps: { teachingCase: TeachingCase; session: Session; implant: ResolvedImplant };
  let engine: PhysiologyEngine;
  let best: AssistantResult;
  beforeAll(() => {
    crps = openCase('crps-foot');
    engine = new PhysiologyEngine();
    best = programmingAssistant(engine, crps.teachingCase, crps.session, crps.implant);
  }, 120_000);

  it('finds the same program twice for the same case, with fresh engines', { timeout: 120_000 }, () => {
    const again = programmingAssistant(new PhysiologyEngine(), crps.teachingCase, crps.session, crps.implant);
    expect(again.programs.map((p) => p.program)).toEqual(best.programs.map((p) => p.program));
    expect(again.configurationsTried).toBe(best.configurationsTried);
    expect(again.complete).toBe(true);
  });

  it('finds a comfortable program inside the usage range that covers the foot pain', () => {
    const [p] = best.programs;
    expect(p).toBeDefined();
    expect(p!.result.uncomfortable).toBe(false);
    const amplitudeMa = p!.program.areas[0]!.amplitudeMa as number;
    expect(amplitudeMa).toBeGreaterThanOrEqual(p!.comfortMa! - 1e-9);
    expect(amplitudeMa).toBeLessThan(p!.discomfortMa!);
    expect(p!.result.coverage!.painCoveredPct).toBeGreaterThanOrEqual(80);
    expect(best.session.devicePrograms).toEqual([p!.program]);
  });

  it('scores higher under the rubric than a bipole at the far end of its lead', { timeout: 120_000 }, () => {
    const { teachingCase, session, implant } = crps;
    const cathode = best.programs[0]!.pattern.cathodes[0]!.contact;
    const [far, anode] = farBipole(implant, cathode);
    const naive = setHalfway(engine, session, implant, makePoles(session.programs[0]!, far, [anode], 300, 0));
    const log = { impedanceChecked: true };
    const expert = scoreVisit(teachingCase, visitRecording(engine, session, implant, best.session.devicePrograms), {
      engine,
      log,
    });
    const poor = scoreVisit(teachingCase, visitRecording(engine, session, implant, [naive]), { engine, log });
    expect(expert.score).toBeGreaterThan(poor.score);
  });

  it('reports progress from 0 to 1 without going back, and stops when cancelled', { timeout: 120_000 }, () => {
    const seen: number[] = [];
    const signal = { aborted: false };
    const stopped = programmingAssistant(new PhysiologyEngine(), crps.teachingCase, crps.session, crps.implant, {
      signal,
      onProgress: (f) => {
        seen.push(f);
        if (seen.length === 5) signal.aborted = true;
      },
    });
    expect(stopped.complete).toBe(false);
    expect(stopped.configurationsTried).toBe(5);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    const full: number[] = [];
    programmingAssistant(engine, crps.teachingCase, crps.session, crps.implant, { onProgress: (f) => full.push(f) });
    expect(full.length).toBe(best.configurationsTried + 1);
    expect(full.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('never uses a contact the impedance check shows open', { timeout: 120_000 }, () => {
    const used = best.programs[0]!.program.areas[0]!.contacts.map((c) => c.electrode as number);
    const open = used[0]!;
    const impedance = impedanceCheck(crps.implant, [{ kind: 'open', contact: open }]);
    const avoiding = programmingAssistant(engine, crps.teachingCase, crps.session, crps.implant, { impedance });
    expect(avoiding.avoidedContacts).toEqual([open]);
    const now = avoiding.programs[0]!.program.areas[0]!.contacts.map((c) => c.electrode);
    expect(now).not.toContain(open);
  });
});

describe('contact patterns and goals', () => {
  it('offers poles across two leads, never a faulty contact, with each polarity summing to 100 %', () => {
    const { implant } = openCase('bilateral-legs');
    const patterns = contactPatternsForTest(implant, new Set([4, 12]));
    expect(patterns.some((p) => p.kind === 'sideBySide')).toBe(true);
    expect(patterns.some((p) => p.kind === 'guardedCathode')).toBe(true);
    for (const p of patterns) {
      const all = [...p.cathodes, ...p.anodes].map((q) => q.contact);
      expect(all).not.toContain(4);
      expect(all).not.toContain(12);
      expect(new Set(all).size).toBe(all.length);
      for (const side of [p.cathodes, p.anodes])
        expect(side.reduce((s, q) => s + q.fractionPct, 0)).toBeCloseTo(100, 9);
    }
    const leadsOf = (p: (typeof patterns)[number]) =>
      new Set([...p.cathodes, ...p.anodes].map((q) => implant.contacts[q.contact]!.leadIndex));
    expect(patterns.filter((p) => p.kind === 'sideBySide').every((p) => leadsOf(p).size === 2)).toBe(true);
  });

  it('reads one device program per posture a case names, and relief for a paresthesia-free case', () => {
    expect(goalOf(openCase('posture-sensitive').teachingCase).postures).toEqual(['supine', 'sitting']);
    const relief = goalOf(openCase('paresthesia-free-10khz').teachingCase);
    expect(relief.outcome).toBe('relief');
    expect(relief.paresthesiaFree).toBe(true);
    expect(relief.afterMin).toBe(2880);
    expect(goalOf(openCase('fbss-left-leg').teachingCase).outcome).toBe('coverage');
  });
});
