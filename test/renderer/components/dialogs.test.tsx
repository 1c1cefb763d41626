import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AboutDialog } from '../../../renderer/components/AboutDialog';
import { HelpOverlay } from '../../../renderer/components/HelpOverlay';
import { ModalDialog } from '../../../renderer/components/ModalDialog';
import { renderWithApp } from '../helpers';

/** A button that opens a dialog, which can open a second one on top. */
function Stacked() {
  const [outer, setOuter] = useState(false);
  const [inner, setInner] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOuter(true)}>
        Open outer
      </button>
      {outer && (
        <ModalDialog title="Outer" onClose={() => setOuter(false)}>
          <button type="button" onClick={() => setInner(true)}>
            Open inner
          </button>
        </ModalDialog>
      )}
      {inner && (
        <ModalDialog title="Inner" onClose={() => setInner(false)}>
          <p>Inner text</p>
        </ModalDialog>
      )}
    </>
  );
}

describe('modal dialogs', () => {
  it('close the top one on Escape wherever the focus is, then the next, returning the focus each time', () => {
    render(<Stacked />);
    const opener = screen.getByRole('button', { name: 'Open outer' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: 'Open inner' }));
    expect(screen.getByRole('dialog', { name: 'Inner' })).toBeTruthy();
    (document.activeElement as HTMLElement).blur(); // a click on the dialog's text leaves the focus on the body
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Inner' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Outer' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Outer' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('show keyboard help instead of About when F1 is pressed over About, and Escape then closes it', () => {
    const { store } = renderWithApp(
      <>
        <AboutDialog />
        <HelpOverlay />
      </>,
    );
    act(() => store.getState().setAboutOpen(true));
    act(() => store.getState().setHelpOpen(true));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
