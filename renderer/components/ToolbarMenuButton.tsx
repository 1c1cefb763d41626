import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findCommand, shortcutText as platformShortcut, type ToolbarMenu } from '../commands/registry';
import { useAppServices, useAppStore } from '../store/context';

const shortcutText = (shortcut: string) => platformShortcut(shortcut, navigator.platform.startsWith('Mac'));

/** Moves focus among a menu's enabled items with the keys a desktop menu answers to. */
function moveFocus(list: HTMLElement, key: string): boolean {
  const items = [...list.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)')];
  if (items.length === 0) return false;
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const targets: Record<string, number> = {
    ArrowDown: (at + 1) % items.length,
    ArrowUp: (at - 1 + items.length) % items.length,
    Home: 0,
    End: items.length - 1,
  };
  const next = targets[key] ?? -1;
  if (next < 0) return false;
  items[next]!.focus();
  return true;
}

/**
 * A toolbar menu ("View ▾", "Help ▾"): a button that opens a list of commands from the registry, so the toolbar
 * keeps one row on a 1280 px screen. Keyboard as on the desktop: ↓ opens, ↑ ↓ Home End move, Escape closes and
 * returns to the button, Tab leaves; a click elsewhere closes it.
 */
export function ToolbarMenuButton({ menu }: { readonly menu: ToolbarMenu }) {
  const services = useAppServices();
  const commands = useMemo(() => menu.commands.map(findCommand), [menu]);
  const enabled = useAppStore(useShallow((s) => commands.map((command) => command.enabled(s))));
  const checked = useAppStore(useShallow((s) => commands.map((command) => command.checked?.(s))));
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return undefined;
    if (listRef.current) moveFocus(listRef.current, 'Home');
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!listRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // The menu, not a dialog underneath, answers this Escape.
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setOpen(false);
    else if (listRef.current && moveFocus(listRef.current, event.key)) event.preventDefault();
  };

  return (
    <div className="toolbar-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {menu.label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          ref={listRef}
          role="menu"
          aria-label={menu.label}
          className="recent-menu__list"
          onKeyDown={onListKey}
        >
          {commands.map((command, index) => (
            <button
              key={command.id}
              type="button"
              role={checked[index] === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={checked[index]}
              aria-keyshortcuts={command.shortcut?.replace('Mod', 'Control')}
              disabled={!enabled[index]}
              onClick={() => {
                // Focus goes back to the button first, so a dialog the command opens returns focus there.
                close();
                void command.perform(services);
              }}
            >
              <span>
                {checked[index] !== undefined && (
                  <span className="toolbar-menu__check" aria-hidden="true">
                    {checked[index] ? '✓' : ''}
                  </span>
                )}
                {command.label}
              </span>
              {command.shortcut && (
                <span className="toolbar-menu__shortcut" aria-hidden="true">
                  {shortcutText(command.shortcut)}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
