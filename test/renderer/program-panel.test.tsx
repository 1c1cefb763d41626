import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PulseTrainChart } from '../../renderer/charts/PulseTrainChart';
import { ProgramPanel } from '../../renderer/panels/ProgramPanel';
import { selectActiveArea } from '../../renderer/store/selectors';
import { renderWithApp } from './helpers';
import { mA } from '../../src-core';

async function makeBipole(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Contact 3: off' }));
  await user.click(screen.getByRole('button', { name: 'Contact 4: off' }));
  await user.click(screen.getByRole('button', { name: 'Contact 4: cathode (−)' }));
}

describe('ProgramPanel', () => {
  it('gives every control an accessible name', () => {
    renderWithApp(<ProgramPanel />);
    for (const name of [
      'Amplitude (mA)',
      'Amplitude slider',
      'Pulse width (µs)',
      'Rate (Hz)',
      'Paradigm',
      'Recharge',
    ]) {
      expect(screen.getByLabelText(name)).toBeDefined();
    }
    const contacts = within(screen.getByRole('group', { name: 'Contacts' })).getAllByRole('button');
    expect(contacts.map((b) => b.getAttribute('aria-label'))).toContain('Case: off');
    expect(contacts.every((b) => (b.getAttribute('aria-label') ?? '').length > 0)).toBe(true);
  });

  it('cycles a contact off → − → + → off with clicks', async () => {
    renderWithApp(<ProgramPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Contact 2: off' }));
    await user.click(screen.getByRole('button', { name: 'Contact 2: cathode (−)' }));
    await user.click(screen.getByRole('button', { name: 'Contact 2: anode (+)' }));
    expect(screen.getByRole('button', { name: 'Contact 2: off' })).toBeDefined();
  });

  it('resets the amplitude to 0 when a polarity changes', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    const user = userEvent.setup();
    await makeBipole(user);
    fireEvent.change(screen.getByLabelText('Amplitude (mA)'), { target: { value: '4' } });
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Contact 5: off' }));
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(0);
  });

  it('keeps the fractions of a polarity summing to 100 % when one is edited', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    const user = userEvent.setup();
    await makeBipole(user);
    await user.click(screen.getByRole('button', { name: 'Contact 5: off' }));
    await user.click(screen.getByRole('button', { name: 'Contact 5: cathode (−)' }));
    fireEvent.change(screen.getByLabelText('Fraction of contact 4 (%)'), { target: { value: '70' } });
    const anodes = selectActiveArea(store.getState()).contacts.filter((c) => c.polarity === 'anode');
    expect(anodes.map((c) => c.fractionPct)).toEqual([70, 30]);
  });

  it('shows the split in mA when asked', async () => {
    renderWithApp(<ProgramPanel />);
    const user = userEvent.setup();
    await makeBipole(user);
    fireEvent.change(screen.getByLabelText('Amplitude (mA)'), { target: { value: '3' } });
    await user.click(screen.getByRole('button', { name: 'Show currents in mA' }));
    expect(screen.getByLabelText('Current of contact 3 (mA)').textContent).toBe('3.00 mA');
  });

  it('keeps a typed out-of-range value and explains it instead of clipping it', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    await makeBipole(userEvent.setup());
    fireEvent.change(screen.getByLabelText('Pulse width (µs)'), { target: { value: '1500' } });
    expect(selectActiveArea(store.getState()).pulseWidthUs).toBe(1500);
    expect(screen.getByRole('alert', { name: 'Program problems' }).textContent).toMatch(
      /Pulse width 1500 µs is outside the device range 20–1000 µs/,
    );
  });

  it('switching to 10 kHz sets the published starting values and resets the amplitude', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    await makeBipole(userEvent.setup());
    fireEvent.change(screen.getByLabelText('Amplitude (mA)'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Paradigm'), { target: { value: 'highFrequency' } });
    const state = store.getState();
    expect(state.visit.session.programs[0]).toMatchObject({ rateHz: 10000, paradigm: { kind: 'highFrequency' } });
    expect(selectActiveArea(state)).toMatchObject({ pulseWidthUs: 30, amplitudeMa: 0 });
  });

  it('refuses to save an undeliverable program to the device and says why', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save to device' }));
    expect(store.getState().status?.text).toMatch(/Not saved to the device: .*no cathode/);
    expect(store.getState().visit.session.devicePrograms).toEqual([]);
  });
});

describe('PulseTrainChart', () => {
  it('shows the charge per phase of the active area', async () => {
    const { store } = renderWithApp(
      <>
        <ProgramPanel />
        <PulseTrainChart />
      </>,
    );
    await makeBipole(userEvent.setup());
    expect(screen.getByLabelText('Charge per phase').textContent).toBe('0.000 µC');
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(5) });
    await screen.findByText('1.500 µC');
  });
});
