import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgramPanel } from '../../../renderer/panels/ProgramPanel';
import { selectActiveArea } from '../../../renderer/store/selectors';
import { makeBipoleStore, renderWithApp } from '../helpers';

describe('amplitude habits of the programmer panel', () => {
  it('moves the amplitude by the chosen − + step: fine by default, coarser on request', () => {
    const store = makeBipoleStore(2);
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
    const store = makeBipoleStore(3.2);
    renderWithApp(<ProgramPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Contact 5: off' }));
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(0);
    expect(store.getState().status?.text).toMatch(/^Amplitude reset to 0 mA after the polarity change/);
    store.getState().showStatus(undefined);
    fireEvent.click(screen.getByRole('button', { name: /^Contact 5: / }));
    expect(store.getState().status).toBeUndefined();
  });

  it('shows the undone amplitude at once, even while the box keeps the focus after typing (Ctrl+Z)', () => {
    const store = makeBipoleStore(2);
    renderWithApp(<ProgramPanel />, { store });
    const box = screen.getByRole('spinbutton', { name: 'Amplitude (mA)' }) as HTMLInputElement;
    box.focus();
    fireEvent.change(box, { target: { value: '2.5' } });
    expect(selectActiveArea(store.getState()).amplitudeMa).toBe(2.5);
    act(() => store.getState().undo());
    const undone = selectActiveArea(store.getState()).amplitudeMa;
    expect(undone).not.toBe(2.5);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe(String(undone));
  });
});
