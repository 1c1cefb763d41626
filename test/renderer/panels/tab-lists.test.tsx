import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AreaTabs } from '../../../renderer/panels/AreaTabs';
import { ProgramTabs } from '../../../renderer/panels/ProgramTabs';
import { renderWithApp } from '../helpers';

describe('the program and area tab lists', () => {
  it('hold only tabs: the add and remove buttons sit beside them', async () => {
    renderWithApp(
      <>
        <ProgramTabs />
        <AreaTabs />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add area' }));
    for (const name of ['Programs', 'Areas']) {
      const list = screen.getByRole('tablist', { name });
      expect(within(list).queryAllByRole('button')).toEqual([]);
      expect(within(list).getAllByRole('tab').length).toBeGreaterThan(0);
    }
    expect(screen.getByRole('button', { name: /^Remove area/ })).toBeDefined();
  });

  it('are one tab stop each, and the arrow keys select and focus the next tab', async () => {
    const { store } = renderWithApp(<AreaTabs />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add area' }));
    const tabs = () => within(screen.getByRole('tablist', { name: 'Areas' })).getAllByRole('tab');
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, 0]); // the new area is selected
    tabs()[1]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().activeArea).toBe(0); // wraps round
    expect(document.activeElement).toBe(tabs()[0]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1]);
  });
});
