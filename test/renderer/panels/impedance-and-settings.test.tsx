import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatImpedance } from '../../../renderer/panels/impedance-format';
import { ProgramPanel } from '../../../renderer/panels/ProgramPanel';
import { selectActiveArea } from '../../../renderer/store/selectors';
import type { SimulationResult } from '../../../src-core';
import { renderWithApp } from '../helpers';
import { makeSimulationResult } from '../simulation-result';

/** What the physiology worker reports when the patient's perception threshold is `perceptionMa`. */
function readyAt(perceptionMa: number): SimulationResult {
  return makeSimulationResult({
    amplitudeMa: 0,
    perceptionThresholdMa: perceptionMa,
    comfortThresholdMa: perceptionMa * 1.5,
    discomfortThresholdMa: perceptionMa * 2,
    patientSays: 'I don’t feel anything yet.',
  });
}

describe('impedance values', () => {
  it('are written in Ω below 1 kΩ, in kΩ above, and an open path as "> 10 kΩ"', () => {
    expect(formatImpedance(642.4)).toBe('642 Ω');
    expect(formatImpedance(1234)).toBe('1.23 kΩ');
    expect(formatImpedance(null)).toBe('> 10 kΩ');
    expect(formatImpedance(Infinity)).toBe('> 10 kΩ');
  });
});

describe('impedance check', () => {
  it('lists every contact to the case with units, and names a healthy implant as such', async () => {
    renderWithApp(<ProgramPanel />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check impedances' }));
    const dialog = screen.getByRole('dialog', { name: 'Impedance check' });
    const rows = within(within(dialog).getByRole('table', { name: 'Contact impedances' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row.textContent).toMatch(/\d+ Ω|\d+\.\d\d kΩ/);
    expect(within(dialog).getByRole('status').textContent).toMatch(/No impedance problems/);
  });

  it('highlights the session’s open and short faults and names them', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    act(() =>
      store.getState().applyEdit({
        kind: 'setFaults',
        faults: [
          { kind: 'open', contact: 5 },
          { kind: 'short', contacts: [1, 2] },
        ],
      }),
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check impedances' }));
    const dialog = screen.getByRole('dialog', { name: 'Impedance check' });
    const row = within(dialog).getByRole('rowheader', { name: 'Contact 5' }).closest('tr')!;
    expect(row.className).toMatch(/impedance__row--open/);
    expect(row.textContent).toMatch(/> 10 kΩ.*Open/);
    const problems = within(dialog).getByRole('list', { name: 'Impedance problems' }).textContent ?? '';
    expect(problems).toMatch(/contact 5 \(lead 1\) to case: > 10 kΩ, open circuit/);
    expect(problems).toMatch(/contact 1 \(lead 1\) to contact 2 \(lead 1\): \d+ Ω, short circuit/);
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('more settings: dosing, cycling, soft start', () => {
  it('switches the area to sub-perception dosing and fills in the perception threshold the patient reported', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Dosing (area 1)'), { target: { value: 'subPerception' } });
    const measure = screen.getByRole('button', { name: /Use measured perception threshold/ });
    expect(measure).toHaveProperty('disabled', true); // the patient has not answered yet
    act(() => store.getState().setPhysiology({ status: 'ready', result: readyAt(2.734), computeMs: 1 }));
    await user.click(screen.getByRole('button', { name: 'Use measured perception threshold (2.7 mA)' }));
    expect(selectActiveArea(store.getState()).dosing).toEqual({
      mode: 'subPerception',
      percentOfPerception: 50,
      perceptionThresholdMa: 2.7,
    });
    fireEvent.change(screen.getByLabelText('Percent of perception (%)'), { target: { value: '60' } });
    expect(screen.getByLabelText('Delivered amplitude').textContent).toMatch(/Delivers 1.6 mA \(60 % of 2.7 mA\)/);
  });

  it('explains a sub-perception dose without a threshold, where the threshold is entered', () => {
    renderWithApp(<ProgramPanel />);
    fireEvent.change(screen.getByLabelText('Dosing (area 1)'), { target: { value: 'subPerception' } });
    const box = screen.getByLabelText('Perception threshold (mA)');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /needs a measured perception threshold/,
    );
  });

  it('turns cycling on with on/off times and sets the soft start', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Cycling (on/off)' }));
    expect(store.getState().visit.session.programs[0]!.cycling).toEqual({ onS: 60, offS: 60 });
    fireEvent.change(screen.getByLabelText('Cycle off (s)'), { target: { value: '120' } });
    fireEvent.change(screen.getByLabelText('Soft start (s)'), { target: { value: '4' } });
    expect(store.getState().visit.session.programs[0]).toMatchObject({
      cycling: { onS: 60, offS: 120 },
      softStartS: 4,
    });
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Cycling (on/off)' }));
    expect(store.getState().visit.session.programs[0]!.cycling).toBeUndefined();
  });
});
