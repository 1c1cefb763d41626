import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeviceBar } from '../../../renderer/panels/DeviceBar';
import { PARADIGM_PRESETS, mA, restoreSession, serializeSession } from '../../../src-core';
import { makeBipoleStore, renderWithApp } from '../helpers';

/** The bipole switched to the burst preset (5 × 1000 µs pulses) at 8 mA: 65 µC/cm² per phase against a 30 limit. */
function burstAt8mA() {
  const store = makeBipoleStore();
  store.getState().applyEdit({ kind: 'setParadigm', program: 0, ...PARADIGM_PRESETS.burst });
  store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(8) });
  return store;
}

describe('saving an unsafe program to the device', () => {
  it('refuses a burst at 8 mA and names each violation with its limit in a dialog', async () => {
    const store = burstAt8mA();
    renderWithApp(<DeviceBar />, { store });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save to device' }));
    expect(store.getState().visit.session.devicePrograms).toEqual([]);
    const dialog = screen.getByRole('dialog', { name: 'Not saved: the programs exceed safety limits' });
    const violations = within(dialog).getAllByRole('listitem');
    expect(violations.map((v) => v.textContent)).toEqual([
      expect.stringMatching(/contact 3 carries 65\.3 µC\/cm² .*above the 30 µC\/cm² limit/),
      expect.stringMatching(/contact 4 carries 65\.3 µC\/cm² .*above the 30 µC\/cm² limit/),
    ]);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('closing the dialog keeps the programs off the device, says so in the status line and logs nothing', async () => {
    const store = burstAt8mA();
    renderWithApp(<DeviceBar />, { store });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save to device' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().status?.text).toMatch(
      /^Not saved to the device: Program 1 .*area 1: contact 3 carries 65\.3/,
    );
    expect(store.getState().visit.session.devicePrograms).toEqual([]);
    expect(store.getState().visitRecord.safetyOverrides).toEqual([]);
  });

  it('saves only after a name, a reason and the review box, and logs the override in the saved session', async () => {
    const store = burstAt8mA();
    renderWithApp(<DeviceBar />, { store });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save to device' }));
    const overrideButton = screen.getByRole('button', { name: 'Override and save to device' });
    expect(overrideButton).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('Clinician'), 'Dr Lee');
    await user.type(screen.getByLabelText('Reason for the override'), 'Short supervised trial');
    expect(overrideButton).toHaveProperty('disabled', true);
    await user.click(screen.getByLabelText(/I have reviewed each violation/));
    await user.click(overrideButton);

    const state = store.getState();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(state.visit.session.devicePrograms).toBe(state.visit.session.programs);
    expect(state.status?.text).toMatch(/with a safety override by Dr Lee, logged in the visit record/);
    const [logged] = state.visitRecord.safetyOverrides;
    expect(logged).toMatchObject({ clinician: 'Dr Lee', reason: 'Short supervised trial' });
    expect(logged?.findings.map((f) => f.code)).toEqual(['charge-density', 'charge-density']);
    expect(Number.isNaN(Date.parse(logged?.at ?? ''))).toBe(false);
    const reopened = restoreSession(serializeSession(state.visit.session, state.visitRecord));
    expect(reopened.ok && reopened.visitRecord.safetyOverrides).toEqual([logged]);
  });
  it('starts each refusal with an empty form: a name, reason and tick left from a closed dialog are gone', async () => {
    const store = burstAt8mA();
    renderWithApp(<DeviceBar />, { store });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save to device' }));
    await user.type(screen.getByLabelText('Clinician'), 'Dr Lee');
    await user.type(screen.getByLabelText('Reason for the override'), 'Short supervised trial');
    await user.click(screen.getByLabelText(/I have reviewed each violation/));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Save to device' }));

    expect(screen.getByLabelText('Clinician')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Reason for the override')).toHaveProperty('value', '');
    expect(screen.getByLabelText(/I have reviewed each violation/)).toHaveProperty('checked', false);
    expect(screen.getByRole('button', { name: 'Override and save to device' })).toHaveProperty('disabled', true);
  });
});
