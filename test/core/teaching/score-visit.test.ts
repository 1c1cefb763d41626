/**
 * Scoring a visit: the rubric's behaviour on programs the tests build from the model's own thresholds (nothing here
 * sets an expected score; each test compares two visits that differ in one respect).
 */
import { describe, expect, it } from 'vitest';
import {
  blockingFindings,
  expertBenchmark,
  PhysiologyEngine,
  scoreVisit,
  type ScoredVisit,
  type VisitScore,
} from '../../../src-core';
import { farBipole, makePoles, openCase, saved, setHalfway, visitRecording } from './score-helpers';

const newEngine = () => new PhysiologyEngine();

describe('scoreVisit', () => {
  it('gives the same score for the same case, session, record and log', { timeout: 120_000 }, () => {
    const { teachingCase, session, implant } = openCase('fbss-left-leg');
    const run = () => {
      const engine = newEngine();
      const program = setHalfway(engine, session, implant, makePoles(session.programs[0]!, 2, [3], 300, 0));
      const benchmark = expertBenchmark(engine, teachingCase, session, implant);
      const visit = visitRecording(engine, session, implant, [program], 1.15);
      return scoreVisit(teachingCase, visit, { engine, benchmark, log: { impedanceChecked: true, editCount: 12 } });
    };
    const first = run();
    const second = run();
    expect(second).toEqual(first);
    expect(first.score).toBeGreaterThan(0);
    expect(first.editCount).toBe(12);
  });

  it('penalises recorded thresholds far from the model’s', { timeout: 120_000 }, () => {
    const { teachingCase, session, implant } = openCase('cervical-hand');
    const engine = newEngine();
    const program = setHalfway(engine, session, implant, makePoles(session.programs[0]!, 3, [4], 300, 0));
    const score = (factor: number) =>
      scoreVisit(teachingCase, visitRecording(engine, session, implant, [program], factor), {
        engine,
        log: { impedanceChecked: true },
      });
    const right = score(1);
    const high = score(1.6);
    const low = score(0.6);
    expect(high.score).toBeLessThan(right.score);
    expect(low.score).toBeLessThan(right.score);
    expect(right.thresholds.every((t) => t.relativeError !== null && t.relativeError < 0.01)).toBe(true);
    expect(high.thresholds.every((t) => t.relativeError! > 0.5)).toBe(true);
    expect(high.feedback.some((f) => /recorded comfort threshold .* above the model/.test(f))).toBe(true);
  });

  it('fails the impedance step, and scores lower, when the log has no impedance check', { timeout: 120_000 }, () => {
    const { teachingCase, session, implant } = openCase('fbss-left-leg');
    const engine = newEngine();
    const program = setHalfway(engine, session, implant, makePoles(session.programs[0]!, 3, [4], 300, 0));
    const visit = visitRecording(engine, session, implant, [program]);
    const checked = scoreVisit(teachingCase, visit, { engine, log: { impedanceChecked: true } });
    const unchecked = scoreVisit(teachingCase, visit, { engine, log: { impedanceChecked: false } });
    const unknown = scoreVisit(teachingCase, visit, { engine });
    const step = (s: typeof checked) => s.checklist.find((i) => i.id === 'impedanceChecked')!;
    expect(step(checked).status).toBe('pass');
    expect(step(unchecked).status).toBe('fail');
    expect(step(unknown).status).toBe('fail');
    expect(step(unknown).reason).toContain('visit log');
    expect(unchecked.score).toBeLessThan(checked.score);
    expect(unchecked.feedback[0]).toContain('did not check impedances');
  });

  it('scores paresthesia outside the pain lower than the same coverage inside it', { timeout: 180_000 }, () => {
    const { teachingCase, session, implant } = openCase('fbss-left-leg');
    const engine = newEngine();
    const base = session.programs[0]!;
    // Neighbouring bipoles both ways on both leads, set between comfort and discomfort, scored with the same checklist.
    const scores: VisitScore[] = [];
    for (const c of implant.contacts)
      for (const anode of [c.number - 1, c.number + 1]) {
        if (implant.contacts.find((k) => k.number === anode)?.leadIndex !== c.leadIndex) continue;
        const program = setHalfway(engine, session, implant, makePoles(base, c.number, [anode], 300, 0));
        scores.push(
          scoreVisit(teachingCase, visitRecording(engine, session, implant, [program]), {
            engine,
            log: { impedanceChecked: true },
          }),
        );
      }
    const pairs = scores.flatMap((a) =>
      scores
        .filter(
          (b) =>
            b.outcome.painCoveredPct === a.outcome.painCoveredPct &&
            b.outcome.comfortable === a.outcome.comfortable &&
            b.outcome.extraneousPct! >= a.outcome.extraneousPct! + 5,
        )
        .map((b) => [a, b] as const),
    );
    const seen = scores.map((x) => `${x.outcome.painCoveredPct}/${x.outcome.extraneousPct}`).join(' ');
    expect(pairs.length, `two bipoles with equal coverage and different spill among ${seen}`).toBeGreaterThan(0);
    for (const [inside, outside] of pairs) expect(outside.score).toBeLessThan(inside.score);
  });

  it(
    'fails the safety step and caps the level at novice for an unsafe program saved without an override',
    { timeout: 120_000 },
    () => {
      const { teachingCase, session, implant } = openCase('fbss-left-leg');
      const engine = newEngine();
      const unsafe = makePoles(session.programs[0]!, 3, [4], 1000, 12);
      const findings = blockingFindings(saved(session, [unsafe]), implant);
      expect(findings.length).toBeGreaterThan(0);
      const visit = visitRecording(engine, session, implant, [unsafe]);
      const bare = scoreVisit(teachingCase, visit, { engine, log: { impedanceChecked: true } });
      const step = (s: typeof bare) => s.checklist.find((i) => i.id === 'safetyRespected')!;
      expect(step(bare).status).toBe('fail');
      expect(bare.level).toBe('novice');
      const overridden: ScoredVisit = {
        ...visit,
        visitRecord: {
          ...visit.visitRecord,
          safetyOverrides: [
            {
              at: '2026-12-04T10:00:00.000Z',
              atS: 60,
              clinician: 'Dr Test',
              reason: 'test',
              findings: findings.map((f) => ({ code: f.code, message: f.message })),
            },
          ],
        },
      };
      expect(step(scoreVisit(teachingCase, overridden, { engine, log: { impedanceChecked: true } })).status).toBe(
        'pass',
      );
    },
  );

  it('fails the faulty-contact step when a device program uses the open contact', { timeout: 120_000 }, () => {
    const { teachingCase, session, implant } = openCase('open-contact');
    const engine = newEngine();
    const fault = session.faults[0]!;
    const contact = fault.kind === 'open' ? fault.contact : fault.contacts[0];
    const neighbour = implant.contacts.find((c) => c.number === contact + 1) ? contact + 1 : contact - 1;
    const program = makePoles(session.programs[0]!, contact, [neighbour], 300, 3);
    const score = scoreVisit(teachingCase, visitRecording(engine, session, implant, [program]), {
      engine,
      log: { impedanceChecked: true },
    });
    const step = score.checklist.find((i) => i.id === 'faultyContactsAvoided')!;
    expect(step.status).toBe('fail');
    expect(step.reason).toContain(String(contact));
  });

  it('says where the cathode sits against the benchmark’s for a bipole far from the pain', { timeout: 120_000 }, () => {
    const { teachingCase, session, implant } = openCase('fbss-left-leg');
    const engine = newEngine();
    const benchmark = expertBenchmark(engine, teachingCase, session, implant);
    const cathode = benchmark.session.devicePrograms[0]!.areas[0]!.contacts.find((c) => c.polarity === 'cathode')!
      .electrode as number;
    const [far, anode] = farBipole(implant, cathode);
    const program = setHalfway(engine, session, implant, makePoles(session.programs[0]!, far, [anode], 300, 0));
    const score = scoreVisit(teachingCase, visitRecording(engine, session, implant, [program]), {
      engine,
      benchmark,
      log: { impedanceChecked: true },
    });
    expect(score.feedback.some((f) => /Your cathode sits \d+ mm (above|below) the benchmark/.test(f))).toBe(true);
    expect(score.outcome.painCoveredPct).not.toBeNull();
  });

  it('scores nothing delivered when nothing was saved to the device', { timeout: 60_000 }, () => {
    const { teachingCase, session, implant } = openCase('fbss-left-leg');
    const engine = newEngine();
    const score = scoreVisit(
      teachingCase,
      {
        session: { ...session, devicePrograms: [] },
        implant,
        visitRecord: { thresholds: [], sensations: [], safetyOverrides: [] },
      },
      { engine, log: { impedanceChecked: true } },
    );
    expect(score.checklist.find((i) => i.id === 'savedToDevice')!.status).toBe('fail');
    expect(score.outcome.comfortable).toBeNull();
    expect(score.level).toBe('novice');
  });
});
