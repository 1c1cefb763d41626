import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TOOLBAR_MENUS } from '../../../renderer/commands/registry';
import { AboutDialog } from '../../../renderer/components/AboutDialog';
import { ToolbarMenuButton } from '../../../renderer/components/ToolbarMenuButton';
import { renderWithApp } from '../helpers';

const menu = (label: string) => TOOLBAR_MENUS.find((m) => m.label === label)!;

describe('a toolbar menu', () => {
  it('opens on ↓ with the focus on its first item, moves with the arrows and closes on Escape back to its button', () => {
    renderWithApp(<ToolbarMenuButton menu={menu('Help')} />);
    const button = screen.getByRole('button', { name: 'Help' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Keyboard shortcutsF1', 'About']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]); // wraps round
    fireEvent.keyDown(items[0]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('runs the command chosen, and the dialog it opens returns the focus to the menu button', () => {
    const { store } = renderWithApp(
      <>
        <ToolbarMenuButton menu={menu('Help')} />
        <AboutDialog />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Help' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'About' }));
    expect(store.getState().aboutOpen).toBe(true);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'SCS Programming Simulator' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Help' }));
  });

  it('shows a switch as a checked item and greys out what cannot run yet', () => {
    const { store } = renderWithApp(
      <>
        <ToolbarMenuButton menu={menu('View')} />
        <ToolbarMenuButton menu={menu('Teaching')} />
      </>,
    );
    act(() => store.getState().setPresentation(true));
    fireEvent.click(screen.getByRole('button', { name: 'View' }));
    const presentation = screen.getByRole('menuitemcheckbox', { name: 'Presentation (large text)' });
    expect(presentation.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(presentation);
    expect(store.getState().presentation).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Teaching' }));
    // No case is open, so there is no visit to report on.
    expect((screen.getByRole('menuitem', { name: 'Visit report…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('closes when the pointer goes down outside it', () => {
    renderWithApp(<ToolbarMenuButton menu={menu('Help')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Help' }));
    expect(screen.getByRole('menu', { name: 'Help' })).toBeTruthy();
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
