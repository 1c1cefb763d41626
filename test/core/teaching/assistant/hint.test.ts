/**
 * Hints for constructed situations on the CRPS foot case: the trainee's program is the assistant's best with one
 * thing changed, and the hint must name that one thing as the next step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assistantHint,
  HINT_PENALTY_POINTS,
  hintPenaltyOf,
  mA,
  MAX_HINT_PENALTY_POINTS,
  PhysiologyEngine,
  programmingAssistant,
  scoreVisit,
  us,
  type AssistantResult,
  type Program,
  type ResolvedImplant,
  type Session,
} from '../../../../src-core';
import { openCase, visitRecording } from '../score-helpers';

describe('assistant hint', () => {
  let session: Session;
  let implant: ResolvedImplant;
  let engine: PhysiologyEngine;
  let assistant: AssistantResult;
  let best: Program;
  beforeAll(() => {
    const opened = openCase('crps-foot');
    session = opened.session;
    implant = opened.implant;
    engine = new PhysiologyEngine();
    assistant = programmingAssistant(engine, opened.teachingCase, session, implant);
    best = assistant.programs[0]!.program;
  }, 120_000);

  const withArea = (change: (a: Program['areas'][number]) => Program['areas'][number]): Session => ({
    ...session,
    programs: [{ ...best, areas: [change(best.areas[0]!)] }],
    activeProgram: 0,
  });
  const hintFor = (s: Session) => assistantHint(engine, s, implant, assistant);

  it('says the program matches when it is the assistant’s own', () => {
    expect(hintFor({ ...session, programs: [best], activeProgram: 0 }).kind).toBe('matchesAssistant');
  });

  it('asks to lower the amplitude when the patient is above discomfort', () => {
    const discomfortMa = assistant.programs[0]!.discomfortMa!;
    const h = hintFor(withArea((a) => ({ ...a, amplitudeMa: mA(Math.round((discomfortMa + 0.5) * 10) / 10) })));
    expect(h.kind).toBe('lowerAmplitude');
    expect(h.text).toMatch(
      /^Lower the amplitude: the patient is above discomfort \(\d+\.\d mA, discomfort from \d+\.\d mA\)\.$/,
    );
  });

  it('names the cathode move in contacts along the lead', () => {
    const cathode = assistant.programs[0]!.pattern.cathodes[0]!.contact;
    // The lead's contacts run rostral to caudal with their numbers (tip rostral): one number less is one contact higher.
    const higher = cathode - 1;
    const h = hintFor(
      withArea((a) => ({
        ...a,
        contacts: a.contacts.map((c) =>
          c.electrode === cathode
            ? { ...c, electrode: higher }
            : c.electrode === higher
              ? { ...c, electrode: cathode }
              : c,
        ),
      })),
    );
    expect(h.kind).toBe('moveCathode');
    expect(h.text).toBe(`Try the cathode one contact lower (contact ${cathode}).`);
  });

  it('asks to widen or narrow the pulse to the assistant’s width', () => {
    const widthUs = best.areas[0]!.pulseWidthUs as number;
    const other = widthUs >= 300 ? widthUs - 150 : widthUs + 150;
    const h = hintFor(withArea((a) => ({ ...a, pulseWidthUs: us(other) })));
    expect(h.kind).toBe('pulseWidth');
    expect(h.text).toBe(`${widthUs > other ? 'Widen' : 'Narrow'} the pulse to ${widthUs} µs (now ${other} µs).`);
  });

  it('asks to raise the amplitude when nothing is felt', () => {
    const h = hintFor(withArea((a) => ({ ...a, amplitudeMa: mA(0.2) })));
    expect(h.kind).toBe('raiseAmplitude');
    expect(h.text).toMatch(/^Raise the amplitude: nothing is felt below \d+\.\d mA; the assistant uses \d+\.\d mA\.$/);
  });

  it('starts a blank program from the assistant’s cathode', () => {
    const h = hintFor({ ...session, programs: [{ ...best, areas: [] }], activeProgram: 0 });
    expect(h.kind).toBe('startProgram');
    expect(h.text).toContain(`cathode (−) on contact ${assistant.programs[0]!.pattern.cathodes[0]!.contact}`);
  });

  it('costs HINT_PENALTY_POINTS per hint in the score, and says so in the feedback', () => {
    const { teachingCase } = openCase('crps-foot');
    const visit = visitRecording(engine, session, implant, [best]);
    const none = scoreVisit(teachingCase, visit, { engine, log: { impedanceChecked: true, hintsUsed: 0 } });
    const two = scoreVisit(teachingCase, visit, { engine, log: { impedanceChecked: true, hintsUsed: 2 } });
    expect(two.hintPenalty).toBe(2 * HINT_PENALTY_POINTS);
    expect(two.score).toBeCloseTo(none.score - 2 * HINT_PENALTY_POINTS, 6);
    expect(two.feedback.some((f) => f.startsWith('You asked the assistant for 2 hints'))).toBe(true);
    expect(hintPenaltyOf(1000)).toBe(MAX_HINT_PENALTY_POINTS);
  });

  it('gives the same hint twice for the same program', () => {
    const s = withArea((a) => ({ ...a, pulseWidthUs: us(120) }));
    expect(hintFor(s)).toEqual(hintFor(s));
  });
});
