import { describe, expect, it } from 'vitest';
import {
  Hz,
  applyEdit,
  createNewSession,
  edit,
  mA,
  startVisit,
  undo,
  us,
  type Edit,
  type Session,
  type Visit,
} from '../../../src-core';
import { EDIT_GROUP_GAP_MS } from '../../../src-core/programming/edit-groups';

const at = { program: 0, area: 0 };
const amplitudeOf = (visit: Visit) => visit.session.programs[0]!.areas[0]!.amplitudeMa;

function bipole(): Session {
  let s = createNewSession();
  s = applyEdit(s, { kind: 'cycleContact', ...at, electrode: 3 });
  s = applyEdit(s, { kind: 'setContactState', ...at, electrode: 4, state: 'anode' });
  s = applyEdit(s, { kind: 'setContactState', ...at, electrode: 5, state: 'anode' });
  s = applyEdit(s, { kind: 'setPainMap', painMap: [{ dermatome: 'L5', side: 'left' }] });
  return applyEdit(s, { kind: 'setAmplitude', ...at, amplitudeMa: mA(2) });
}

/** A slider drag as the renderer sends it: `count` amplitude edits `intervalMs` apart, 0.1 mA each. */
function drag(visit: Visit, count: number, startMs: number, intervalMs: number): Visit {
  let v = visit;
  for (let i = 1; i <= count; i++) {
    const amplitudeMa = mA(Math.round((amplitudeOf(visit) + i / 10) * 10) / 10);
    v = edit(v, { kind: 'setAmplitude', ...at, amplitudeMa }, startMs + i * intervalMs);
  }
  return v;
}

describe('edits that change nothing', () => {
  const session = bipole();
  const program = session.programs[0]!;
  const area = program.areas[0]!;
  const noOps: readonly Edit[] = [
    { kind: 'setAmplitude', ...at, amplitudeMa: area.amplitudeMa },
    { kind: 'setPulseWidth', ...at, pulseWidthUs: area.pulseWidthUs },
    { kind: 'setFraction', ...at, electrode: 3, fractionPct: 100 },
    { kind: 'setFraction', ...at, electrode: 4, fractionPct: 50 },
    { kind: 'setDosing', ...at, dosing: { mode: 'absolute' } },
    { kind: 'setRate', program: 0, rateHz: program.rateHz },
    { kind: 'setParadigm', program: 0, paradigm: { ...program.paradigm } },
    { kind: 'setPatientMax', program: 0, patientMaxMa: program.patientMaxMa },
    { kind: 'setCycling', program: 0, cycling: program.cycling },
    { kind: 'setSoftStart', program: 0, softStartS: program.softStartS },
    { kind: 'selectProgram', program: 0 },
    { kind: 'removeArea', ...at },
    { kind: 'setPainMap', painMap: [{ dermatome: 'L5', side: 'left' }] },
    { kind: 'setFaults', faults: [] },
    { kind: 'setPlacement', lead: 0, placement: { ...session.hardware.leads[0]!.placement } },
  ];

  it.each(noOps.map((e) => [e.kind, e] as const))('%s to the current value returns the same session', (_, e) => {
    expect(applyEdit(session, e)).toBe(session);
  });

  it('push no undo step and keep the redo history', () => {
    const visit = undo(edit(startVisit(session), { kind: 'setAmplitude', ...at, amplitudeMa: mA(3) }));
    for (const e of noOps) expect(edit(visit, e, 0)).toBe(visit);
  });

  it('an edit that does change the value still makes a new session', () => {
    expect(applyEdit(session, { kind: 'setRate', program: 0, rateHz: Hz(60) })).not.toBe(session);
  });
});

describe('undo steps of a continuous control', () => {
  it('a 3 s slider drag (60 amplitude edits 50 ms apart) is one undo step, and one undo takes it all back', () => {
    const visit = drag(startVisit(bipole()), 60, 0, 50);
    expect(visit.past).toHaveLength(1);
    expect(amplitudeOf(visit)).toBe(8);
    expect(amplitudeOf(undo(visit))).toBe(2);
  });

  it('without a clock reading every edit is its own undo step', () => {
    let visit = startVisit(bipole());
    for (let i = 1; i <= 5; i++) visit = edit(visit, { kind: 'setAmplitude', ...at, amplitudeMa: mA(2 + i / 10) });
    expect(visit.past).toHaveLength(5);
  });

  it('a pause longer than the gap starts a new step', () => {
    const first = drag(startVisit(bipole()), 10, 0, 50);
    const second = drag(first, 10, 500 + EDIT_GROUP_GAP_MS + 1, 50);
    expect(second.past).toHaveLength(2);
    expect(amplitudeOf(undo(second))).toBe(amplitudeOf(first));
  });

  it('another control, another area or a discrete edit in between ends the step', () => {
    let visit = drag(startVisit(bipole()), 5, 0, 50);
    visit = edit(visit, { kind: 'setPulseWidth', ...at, pulseWidthUs: us(310) }, 300);
    visit = edit(visit, { kind: 'setPulseWidth', ...at, pulseWidthUs: us(320) }, 350);
    visit = edit(visit, { kind: 'cycleContact', ...at, electrode: 6 }, 400);
    visit = edit(visit, { kind: 'setAmplitude', ...at, amplitudeMa: mA(1) }, 450);
    visit = edit(visit, { kind: 'addArea', program: 0 }, 500);
    visit = edit(visit, { kind: 'setAmplitude', program: 0, area: 1, amplitudeMa: mA(1) }, 550);
    expect(visit.past).toHaveLength(6);
  });

  it('after an undo the next drag, however soon, is a new step that undoes to where it began', () => {
    const once = drag(startVisit(bipole()), 5, 0, 50);
    const again = drag(undo(once), 5, 300, 50);
    expect(again.past).toHaveLength(1);
    expect(again.future).toHaveLength(0);
    expect(amplitudeOf(undo(again))).toBe(2);
  });
});
