import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgramTabs } from '../../../renderer/panels/ProgramTabs';
import { findCommand } from '../../../renderer/commands/registry';
import { MAX_COMPARE_PINS } from '../../../renderer/store/compare-slice';
import { createAppStore } from '../../../renderer/store/app-store';
import { mA } from '../../../src-core';
import { makeBipoleStore, makePlatform, renderWithApp } from '../helpers';
import { sample } from '../../validation/helpers';

const at = { program: 0, area: 0 };

describe('pinning programs to compare', () => {
  it('keeps a copy of the program as it was pinned, so later edits pin as a new column', () => {
    const store = makeBipoleStore(3);
    const pinned = store.getState().visit.session.programs[0]!;
    expect(store.getState().pinProgram(pinned, 'Program 1 · Tonic').ok).toBe(true);
    store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(3.5) });
    expect(store.getState().comparePins[0]!.program.areas[0]!.amplitudeMa).toBe(3);
    const edited = store.getState().visit.session.programs[0]!;
    expect(store.getState().pinProgram(edited, 'Program 1 · Tonic').ok).toBe(true);
    expect(store.getState().comparePins.map((p) => p.program.areas[0]!.amplitudeMa)).toEqual([3, 3.5]);
  });

  it('refuses a program already pinned as it is', () => {
    const store = makeBipoleStore(3);
    const program = store.getState().visit.session.programs[0]!;
    store.getState().pinProgram(program, 'P');
    const again = store.getState().pinProgram(program, 'P');
    expect(again).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(store.getState().comparePins).toHaveLength(1);
  });

  it(`holds at most ${MAX_COMPARE_PINS} and refuses a fourth with a message naming it`, () => {
    const store = makeBipoleStore(1);
    for (const amplitudeMa of [1, 2, 3]) {
      store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitudeMa) });
      expect(store.getState().pinProgram(store.getState().visit.session.programs[0]!, `${amplitudeMa} mA`).ok).toBe(
        true,
      );
    }
    store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(4) });
    const fourth = store.getState().pinProgram(store.getState().visit.session.programs[0]!, '4 mA');
    expect(fourth).toMatchObject({ ok: false, reason: 'full' });
    expect(fourth.message).toContain('“4 mA”');
    expect(fourth.message).toContain('unpin one');
    expect(store.getState().comparePins.map((p) => p.label)).toEqual(['1 mA', '2 mA', '3 mA']);
  });

  it('replaces every pin with at most three, and closes the dialog when the last is unpinned', () => {
    const store = makeBipoleStore(2);
    const program = store.getState().visit.session.programs[0]!;
    store.getState().replacePins(['a', 'b', 'c', 'd'].map((label) => ({ label, program })));
    expect(store.getState().comparePins.map((p) => p.label)).toEqual(['a', 'b', 'c']);
    store.getState().setCompareOpen(true);
    expect(store.getState().compareOpen).toBe(true);
    for (const pin of store.getState().comparePins) store.getState().unpin(pin.id);
    expect(store.getState().comparePins).toEqual([]);
    expect(store.getState().compareOpen).toBe(false);
  });

  it('opens the dialog only with something pinned', () => {
    const store = createAppStore();
    store.getState().setCompareOpen(true);
    expect(store.getState().compareOpen).toBe(false);
    expect(findCommand('view.compare').enabled({ ...store.getState(), screen: 'workstation' })).toBe(false);
  });

  it('forgets the pins when another session opens (another patient, another implant)', () => {
    const store = makeBipoleStore(2);
    store.getState().pinProgram(store.getState().visit.session.programs[0]!, 'P');
    store.getState().setCompareOpen(true);
    const { session, implant } = sample('tonic-leg-pain');
    store.getState().loadSession(session, implant);
    expect(store.getState().comparePins).toEqual([]);
    expect(store.getState().compareOpen).toBe(false);
  });
});

describe('the compare bar under the program tabs', () => {
  it('pins the active program by name, counts the pins and says when a fourth is refused', () => {
    const store = makeBipoleStore(2);
    renderWithApp(<ProgramTabs />, { store, platform: makePlatform().platform });
    const compare = () => screen.getByRole('button', { name: /^Compare \(\d\)$/ });
    expect(compare().textContent).toBe('Compare (0)');
    expect((compare() as HTMLButtonElement).disabled).toBe(true);
    const pin = () => screen.getByRole('button', { name: /^Pin program “Program 1” to compare$/ });
    for (const amplitudeMa of [2.5, 3, 3.5]) {
      store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitudeMa) });
      fireEvent.click(pin());
    }
    expect(compare().textContent).toBe('Compare (3)');
    expect((compare() as HTMLButtonElement).disabled).toBe(false);
    store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(4) });
    fireEvent.click(pin());
    expect(store.getState().status).toMatchObject({ kind: 'error' });
    expect(store.getState().status?.text).toMatch(/^Compare holds 3 programs/);
    expect(compare().textContent).toBe('Compare (3)');
  });

  it('cannot pin a program the device could not deliver', () => {
    renderWithApp(<ProgramTabs />);
    const pin = screen.getByRole('button', { name: /^Pin program/ }) as HTMLButtonElement;
    const variants = screen.getByRole('button', { name: 'Same contacts, other paradigms' }) as HTMLButtonElement;
    expect(pin.disabled).toBe(true);
    expect(variants.disabled).toBe(true);
  });
});
