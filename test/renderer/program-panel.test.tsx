import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PulseTrainChart } from '../../renderer/charts/PulseTrainChart';
import { ProgramPanel } from '../../renderer/panels/ProgramPanel';
import { renderWithApp } from './helpers';

describe('ProgramPanel', () => {
  it('gives every control an accessible name', () => {
    renderWithApp(<ProgramPanel />);
    for (const name of ['Amplitude (mA)', 'Amplitude slider', 'Pulse width (µs)', 'Rate (Hz)', 'Interphase gap (µs)', 'Recharge']) {
      expect(screen.getByLabelText(name)).toBeDefined();
    }
    expect(screen.getByRole('button', { name: 'Increase amplitude' })).toBeDefined();
  });

  it('steps the amplitude by the device step with the + and − buttons, stopping at zero', async () => {
    const { store } = renderWithApp(<ProgramPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Increase amplitude' }));
    await user.click(screen.getByRole('button', { name: 'Increase amplitude' }));
    expect(store.getState().program.amplitudeMa).toBe(0.2);
    await user.click(screen.getByRole('button', { name: 'Decrease amplitude' }));
    await user.click(screen.getByRole('button', { name: 'Decrease amplitude' }));
    await user.click(screen.getByRole('button', { name: 'Decrease amplitude' }));
    expect(store.getState().program.amplitudeMa).toBe(0);
  });

  it('keeps a typed out-of-range value and explains it instead of clipping it', () => {
    const { store } = renderWithApp(<ProgramPanel />);
    fireEvent.change(screen.getByLabelText('Pulse width (µs)'), { target: { value: '1500' } });
    expect(store.getState().program.pulseWidthUs).toBe(1500);
    expect(screen.getByRole('alert', { name: 'Program problems' }).textContent).toMatch(/Pulse width 1500 µs is outside the device range 20–1000 µs/);
  });

  it('marks the session as changed after an edit', () => {
    const { store } = renderWithApp(<ProgramPanel />);
    fireEvent.change(screen.getByLabelText('Rate (Hz)'), { target: { value: '60' } });
    expect(store.getState().dirty).toBe(true);
  });
});

describe('PulseTrainChart', () => {
  it('shows the charge per phase of the program in the store', () => {
    const { store } = renderWithApp(<PulseTrainChart />);
    expect(screen.getByLabelText('Charge per phase').textContent).toBe('0.000 µC');
    store.getState().replaceProgram({ ...store.getState().program, amplitudeMa: 5 as never, pulseWidthUs: 200 as never });
    return Promise.resolve().then(() => {
      expect(screen.getByLabelText('Charge per phase').textContent).toBe('1.000 µC');
    });
  });
});
