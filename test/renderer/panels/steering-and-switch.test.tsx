import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProgramPanel } from '../../../renderer/panels/ProgramPanel';
import type { AppStore } from '../../../renderer/store/app-store';
import { selectActiveArea } from '../../../renderer/store/selectors';
import { mA } from '../../../src-core';
import { renderWithApp } from '../helpers';

const at = { program: 0, area: 0 };
/** Bipole 3− 4+ at `amplitude` mA on the new session's single midline lead. */
function bipole(store: AppStore, amplitude: number) {
  const { applyEdit } = store.getState();
  act(() => {
    applyEdit({ kind: 'setContactState', ...at, electrode: 3, state: 'cathode' });
    applyEdit({ kind: 'setContactState', ...at, electrode: 4, state: 'anode' });
    applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitude) });
  });
}
const split = (store: AppStore) =>
  Object.fromEntries(
    selectActiveArea(store.getState()).contacts.map((c) => [
      `${c.electrode}${c.polarity === 'cathode' ? '−' : '+'}`,
      c.fractionPct,
    ]),
  );

describe('steering pad', () => {
  it('steer up moves 10 % of the cathode to the next contact up and keeps the amplitude', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 4);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Steer up' }));
    expect(split(store)).toEqual({ '3−': 90, '2−': 10, '4+': 100 });
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(4);
    expect(screen.getByRole('button', { name: 'Contact 2: cathode (−)' })).toBeDefined();
    expect(screen.getByLabelText('Fraction of contact 2 (%)')).toHaveProperty('value', '10');
  });

  it('with “1 contact” chosen, three presses move the bipole three contacts', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 4);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '1 contact' }));
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Steer down' }));
    expect(split(store)).toEqual({ '6−': 100, '7+': 100 });
  });

  it('steer down after steer up returns to the bipole, and undo walks the steps back', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 4);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Steer up' }));
    await user.click(screen.getByRole('button', { name: 'Steer down' }));
    expect(split(store)).toEqual({ '3−': 100, '4+': 100 });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(split(store)).toEqual({ '3−': 90, '2−': 10, '4+': 100 });
  });

  it('focus turns the bipole into a guarded cathode and resets the amplitude (a polarity change)', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 4);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Focus' }));
    expect(split(store)).toEqual({ '3−': 100, '4+': 50, '2+': 50 });
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(0);
  });

  it('shows impossible steps disabled with the reason, and clicking them changes nothing', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    const up = screen.getByRole('button', { name: 'Steer up' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    expect(up.getAttribute('title')).toMatch(/cathode/);
    bipole(store, 4);
    const left = screen.getByRole('button', { name: 'Steer left' });
    expect(left.getAttribute('aria-disabled')).toBe('true'); // one midline lead: nothing to the left
    const before = store.getState().visit;
    await userEvent.setup().click(left);
    expect(store.getState().visit).toBe(before);
    expect(screen.getByRole('button', { name: 'Steer up' }).getAttribute('aria-disabled')).toBe('false');
  });

  it('every steering control has its accessible name', () => {
    renderWithApp(<ProgramPanel />);
    const pad = screen.getByRole('group', { name: 'Steering' });
    expect(
      within(pad)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Steer up', 'Steer left', 'Steer right', 'Steer down', 'Focus', 'Spread']);
  });
});

describe('stimulation switch', () => {
  it('is a switch named "Stimulation" that turns the device off and on', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    const toggle = screen.getByRole('switch', { name: 'Stimulation' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await userEvent.setup().click(toggle);
    expect(store.getState().stimulationOn).toBe(false);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent).toMatch(/Stimulation off/);
  });
});

describe('amplitude steps', () => {
  it('↑/↓ move one device step, Shift+↑ and PageDown a coarse step of 1 mA', () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 3);
    const box = screen.getByLabelText('Amplitude (mA)');
    const amplitude = () => selectActiveArea(store.getState()).amplitudeMa;
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(amplitude()).toBe(3.1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(amplitude()).toBe(3);
    fireEvent.keyDown(box, { key: 'ArrowUp', shiftKey: true });
    expect(amplitude()).toBe(4);
    fireEvent.keyDown(box, { key: 'PageDown' });
    fireEvent.keyDown(box, { key: 'PageDown' });
    expect(amplitude()).toBe(2);
  });

  it('the wheel over the amplitude control steps it and keeps the page from scrolling', () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 3);
    const field = screen.getByLabelText('Amplitude slider').closest('.field')!;
    const up = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
    act(() => void field.dispatchEvent(up));
    expect(up.defaultPrevented).toBe(true);
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(3.1);
    act(() => void field.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true })));
    act(() => void field.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true })));
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(2.9);
    // The pulse width box does not take the wheel: the page scrolls as usual there.
    const elsewhere = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
    act(() => void screen.getByLabelText('Pulse width (µs)').dispatchEvent(elsewhere));
    expect(elsewhere.defaultPrevented).toBe(false);
  });

  it('the slider still sets the amplitude', () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 3);
    fireEvent.change(screen.getByLabelText('Amplitude slider'), { target: { value: '6.5' } });
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(6.5);
  });

  it('says under the amplitude when it is above the patient maximum, and shows the maximum', () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 3);
    fireEvent.change(screen.getByLabelText('Patient maximum (mA)'), { target: { value: '5' } });
    expect(store.getState().visit.session.programs[0]!.patientMaxMa).toBe(5);
    expect(screen.getByLabelText('Patient maximum').textContent).toBe('Patient max 5 mA');
    fireEvent.change(screen.getByLabelText('Amplitude (mA)'), { target: { value: '6' } });
    const box = screen.getByLabelText('Amplitude (mA)');
    const described = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/above this program's patient maximum of 5 mA/);
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('panel rules through steering', () => {
  it('keeps each polarity summing to 100 % when steering meets a typed fraction, and cycling a contact re-splits equally', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    bipole(store, 2);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Steer down' }));
    await user.click(screen.getByRole('button', { name: 'Steer down' }));
    fireEvent.change(screen.getByLabelText('Fraction of contact 3 (%)'), { target: { value: '55' } });
    const sums = () => {
      const contacts = selectActiveArea(store.getState()).contacts;
      return ['cathode', 'anode'].map((p) =>
        contacts.filter((c) => c.polarity === p).reduce((s, c) => s + c.fractionPct, 0),
      );
    };
    expect(split(store)).toEqual({ '3−': 55, '4−': 45, '5+': 100 }); // the adjacent anode was pushed one contact down
    expect(sums()).toEqual([100, 100]);
    await user.click(screen.getByRole('button', { name: 'Contact 1: off' }));
    expect(split(store)).toEqual({ '3−': 33.333, '4−': 33.333, '1−': 33.334, '5+': 100 });
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(0);
  });
});
