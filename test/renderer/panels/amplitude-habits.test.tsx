import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mA } from '../../../src-core';
import { ProgramPanel } from '../../../renderer/panels/ProgramPanel';
import { createAppStore } from '../../../renderer/store/app-store';
import { selectActiveArea } from '../../../renderer/store/selectors';
import { renderWithApp } from '../helpers';

function bipoleAt(amplitudeMa: number) {
  const store = createAppStore();
  const at = { program: 0, area: 0 };
  store.getState().applyEdit({ kind: 'setContactState', ...at, electrode: 3, state: 'cathode' });
  store.getState().applyEdit({ kind: 'setContactState', ...at, electrode: 4, state: 'anode' });
  store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitudeMa) });
  return store;
}

describe('amplitude habits of the programmer panel', () => {
  it('moves the amplitude by the chosen − + step: fine by default, coarser on request', () => {
    const store = bipoleAt(2);
    renderWithApp(<ProgramPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Increase amplitude' }));
    expect(selectActiveArea(store.getState()).amplitudeMa).toBeCloseTo(2.1, 9);
    fireEvent.click(screen.getByRole('radio', { name: '0.5 mA' }));
    fireEvent.click(screen.getByRole('button', { name: 'Increase amplitude' }));
    expect(selectActiveArea(store.getState()).amplitudeMa).toBeCloseTo(2.6, 9);
    fireEvent.click(screen.getByRole('radio', { name: '1 mA' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decrease amplitude' }));
    expect(selectActiveArea(store.getState()).amplitudeMa).toBeCloseTo(1.6, 9);
  });

  it('says so when a polarity change resets the amplitude, and stays quiet when nothing was lost', () => {
    const store = bipoleAt(3.2);
    renderWithApp(<ProgramPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Contact 5: off' }));
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(0);
    expect(store.getState().status?.text).toMatch(/^Amplitude reset to 0 mA after the polarity change/);
    store.getState().showStatus(undefined);
    fireEvent.click(screen.getByRole('button', { name: /^Contact 5: / }));
    expect(store.getState().status).toBeUndefined();
  });
});
