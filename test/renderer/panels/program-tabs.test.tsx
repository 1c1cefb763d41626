import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgramTabs } from '../../../renderer/panels/ProgramTabs';
import { renderWithApp } from '../helpers';

describe('the program tabs', () => {
  it('rename the active program through a dialog that refuses a blank name', () => {
    const { store } = renderWithApp(<ProgramTabs />);
    fireEvent.click(screen.getByRole('button', { name: /^Rename program/ }));
    const box = screen.getByRole('textbox', { name: 'Program name' });
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByRole('alert').textContent).toBe('A program needs a name.');
    fireEvent.change(box, { target: { value: ' Low back ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().visit.session.programs[0]!.name).toBe('Low back');
    expect(screen.getByRole('tab', { name: /^Low back/ })).toBeTruthy();
  });

  it('remove the active program when there is more than one, and undo brings it back', () => {
    const { store } = renderWithApp(<ProgramTabs />);
    expect(screen.queryByRole('button', { name: /^Remove program/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add program' }));
    expect(store.getState().visit.session.programs).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove program “Program 2”' }));
    expect(store.getState().visit.session.programs).toHaveLength(1);
    expect(store.getState().status?.text).toMatch(/Removed program “Program 2”. Undo brings it back./);
    store.getState().undo();
    expect(store.getState().visit.session.programs).toHaveLength(2);
  });
});
