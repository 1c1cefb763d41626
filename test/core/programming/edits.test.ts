import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyEdit,
  createNewSession,
  defaultCatalogue,
  edit,
  hasUnsavedDeviceChanges,
  mA,
  programNameProblem,
  redo,
  revertToDevice,
  saveToDevice,
  startVisit,
  undo,
  us,
  type Session,
} from '../../../src-core';
import { withFraction } from '../../../src-core/programming/contacts';

const at = { program: 0, area: 0 };
const area = (session: Session) => session.programs[0]!.areas[0]!;

function bipoleAt(amplitude: number): Session {
  let s = createNewSession();
  s = applyEdit(s, { kind: 'cycleContact', ...at, electrode: 3 }); // off → −
  s = applyEdit(s, { kind: 'cycleContact', ...at, electrode: 4 }); // off → −
  s = applyEdit(s, { kind: 'cycleContact', ...at, electrode: 4 }); // − → +
  return applyEdit(s, { kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitude) });
}

describe('program names', () => {
  it('renames a program with the name trimmed, and refuses a blank or over-long one', () => {
    const s = createNewSession();
    expect(applyEdit(s, { kind: 'renameProgram', program: 0, name: '  Leg, tonic  ' }).programs[0]!.name).toBe(
      'Leg, tonic',
    );
    expect(applyEdit(s, { kind: 'renameProgram', program: 0, name: '   ' })).toBe(s);
    expect(applyEdit(s, { kind: 'renameProgram', program: 0, name: 'x'.repeat(61) })).toBe(s);
    expect(applyEdit(s, { kind: 'renameProgram', program: 0, name: s.programs[0]!.name })).toBe(s);
    expect(programNameProblem(' ')).toBe('A program needs a name.');
    expect(programNameProblem('x'.repeat(61))).toMatch(/at most 60 characters \(this one has 61\)/);
  });
});

describe('programming edits', () => {
  it('a click cycles a contact off → − → + → off', () => {
    let s = createNewSession();
    const states: string[] = [];
    for (let i = 0; i < 3; i++) {
      s = applyEdit(s, { kind: 'cycleContact', ...at, electrode: 2 });
      states.push(area(s).contacts.find((c) => c.electrode === 2)?.polarity ?? 'off');
    }
    expect(states).toEqual(['cathode', 'anode', 'off']);
  });

  it('changing polarity resets the amplitude to 0', () => {
    const s = bipoleAt(4.5);
    expect(area(s).amplitudeMa).toBe(4.5);
    expect(area(applyEdit(s, { kind: 'cycleContact', ...at, electrode: 5 })).amplitudeMa).toBe(0);
  });

  it('changing pulse width resets the amplitude to 0, but not when the setting is off', () => {
    const s = bipoleAt(4.5);
    expect(area(applyEdit(s, { kind: 'setPulseWidth', ...at, pulseWidthUs: us(400) })).amplitudeMa).toBe(0);
    const relaxed = { ...s, settings: { ...s.settings, resetAmplitudeOnChange: false } };
    expect(area(applyEdit(relaxed, { kind: 'setPulseWidth', ...at, pulseWidthUs: us(400) })).amplitudeMa).toBe(4.5);
  });

  it('splits current equally when a second anode joins', () => {
    let s = bipoleAt(0);
    s = applyEdit(s, { kind: 'setContactState', ...at, electrode: 2, state: 'anode' });
    const anodes = area(s)
      .contacts.filter((c) => c.polarity === 'anode')
      .map((c) => c.fractionPct);
    expect(anodes).toEqual([50, 50]);
  });

  it('editing one fraction rescales its peers so the polarity still sums to 100 % (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 6 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (weights, target) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const contacts = weights.map((w, i) => ({
            electrode: i,
            polarity: 'anode' as const,
            fractionPct: (w / total) * 100,
          }));
          const next = withFraction(contacts, 0, target);
          const sum = next.reduce((a, c) => a + c.fractionPct, 0);
          expect(sum).toBeCloseTo(100, 6);
          expect(next.every((c) => c.fractionPct >= 0 && Number.isFinite(c.fractionPct))).toBe(true);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('ignores edits that address a program or area that does not exist', () => {
    const s = createNewSession();
    expect(applyEdit(s, { kind: 'setAmplitude', program: 5, area: 0, amplitudeMa: mA(1) })).toBe(s);
  });
});

describe('a programming visit', () => {
  it('keeps edits tentative until saved to the device, and revert returns to the saved programs', () => {
    let visit = startVisit(bipoleAt(3));
    const saved = saveToDevice(visit, defaultCatalogue());
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    visit = saved.visit;
    expect(hasUnsavedDeviceChanges(visit)).toBe(false);
    visit = edit(visit, { kind: 'setAmplitude', ...at, amplitudeMa: mA(6) });
    expect(hasUnsavedDeviceChanges(visit)).toBe(true);
    visit = revertToDevice(visit);
    expect(area(visit.session).amplitudeMa).toBe(3);
    expect(hasUnsavedDeviceChanges(visit)).toBe(false);
  });

  it('refuses to save a program the device cannot deliver, with the reason', () => {
    const result = saveToDevice(startVisit(createNewSession()), defaultCatalogue());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal === 'undeliverable' && result.issues[0]?.code).toBe('no-cathode');
  });

  it('undoes and redoes edits in order', () => {
    let visit = startVisit(bipoleAt(1));
    visit = edit(visit, { kind: 'setAmplitude', ...at, amplitudeMa: mA(2) });
    visit = edit(visit, { kind: 'setAmplitude', ...at, amplitudeMa: mA(3) });
    visit = undo(visit);
    expect(area(visit.session).amplitudeMa).toBe(2);
    visit = undo(visit);
    expect(area(visit.session).amplitudeMa).toBe(1);
    visit = redo(visit);
    expect(area(visit.session).amplitudeMa).toBe(2);
    visit = edit(visit, { kind: 'setAmplitude', ...at, amplitudeMa: mA(5) });
    expect(redo(visit)).toBe(visit); // a new edit clears the redo stack
  });
});
