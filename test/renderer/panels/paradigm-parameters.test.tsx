import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PulseControls } from '../../../renderer/panels/PulseControls';
import { selectActiveProgram } from '../../../renderer/store/selectors';
import { renderWithApp } from '../helpers';

/** Types `text` into a number box and commits it with Enter. */
async function enter(label: string, text: string) {
  const box = screen.getByLabelText(label);
  const user = userEvent.setup();
  await user.clear(box);
  await user.type(box, `${text}{Enter}`);
}

describe('paradigm parameters', () => {
  it('edits a tonic program’s interphase gap, and marks a gap beyond the modelled 200 µs invalid', async () => {
    const { store } = renderWithApp(<PulseControls />);
    await enter('Interphase gap (µs)', '50');
    expect(selectActiveProgram(store.getState()).paradigm).toMatchObject({ kind: 'tonic', interphaseGapUs: 50 });
    expect(screen.getByLabelText('Interphase gap (µs)').getAttribute('aria-invalid')).toBe('false');
    await enter('Interphase gap (µs)', '900');
    expect(screen.getByLabelText('Interphase gap (µs)').getAttribute('aria-invalid')).toBe('true');
    const messages = store.getState().programIssues.map((i) => i.message);
    expect(messages.some((m) => /interphase gap \(µs\) 900 is outside the modelled range 0–200/.test(m))).toBe(true);
  });

  it('edits a burst’s pulses and intra-burst rate; a plain count has no unit in its name', async () => {
    const { store } = renderWithApp(<PulseControls />);
    fireEvent.change(screen.getByLabelText('Paradigm'), { target: { value: 'burst' } });
    await enter('Pulses per burst', '7');
    await enter('Intra-burst rate (Hz)', '800');
    expect(selectActiveProgram(store.getState()).paradigm).toEqual({
      kind: 'burst',
      pulsesPerBurst: 7,
      intraBurstRateHz: 800,
    });
    expect(screen.getByLabelText('Pulses per burst').getAttribute('aria-valuetext')).toBe('7');
    expect(screen.queryByLabelText('Interphase gap (µs)')).toBeNull();
  });
});
