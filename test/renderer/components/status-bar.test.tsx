import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INFO_MESSAGE_MS, StatusBar } from '../../../renderer/components/StatusBar';
import { renderWithApp } from '../helpers';

describe('the status bar', () => {
  afterEach(() => vi.useRealTimers());

  it('clears an information message after a while but keeps an error until dismissed', () => {
    vi.useFakeTimers();
    const { store } = renderWithApp(<StatusBar />);
    act(() => store.getState().showStatus({ kind: 'info', text: 'Saved visit.scs.json.' }));
    expect(screen.getByRole('status').textContent).toContain('Saved');
    act(() => vi.advanceTimersByTime(INFO_MESSAGE_MS + 1));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => store.getState().showStatus({ kind: 'error', text: 'Could not open x.json.' }));
    act(() => vi.advanceTimersByTime(INFO_MESSAGE_MS * 3));
    expect(screen.getByRole('alert').textContent).toContain('Could not open');
  });
});
