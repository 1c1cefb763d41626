import type { MenuCommand } from '../../electron/ipc-contract';
import type { Platform } from '../platform';
import type { AppState, AppStore } from '../store/app-store';
import { newSession, openSession, saveSession } from './file-actions';

/** What a command may use when it runs. */
export interface CommandContext {
  readonly store: AppStore;
  readonly platform: Platform;
}

/**
 * A user command as data, so toolbar buttons, the native menu and keyboard shortcuts all run the same thing.
 * `shortcut` uses `Mod` for Ctrl (Cmd on macOS).
 */
export interface Command {
  readonly id: MenuCommand;
  readonly label: string;
  readonly shortcut?: string;
  enabled(state: AppState): boolean;
  perform(context: CommandContext): void | Promise<void>;
}

const always = () => true;

export const COMMANDS: readonly Command[] = [
  { id: 'file.new', label: 'New', shortcut: 'Mod+N', enabled: always, perform: ({ store }) => newSession(store) },
  { id: 'file.open', label: 'Open…', shortcut: 'Mod+O', enabled: always, perform: ({ store, platform }) => openSession(store, platform) },
  { id: 'file.save', label: 'Save', shortcut: 'Mod+S', enabled: always, perform: ({ store, platform }) => saveSession(store, platform, false) },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    shortcut: 'Mod+Shift+S',
    enabled: always,
    perform: ({ store, platform }) => saveSession(store, platform, true),
  },
  { id: 'help.about', label: 'About', enabled: always, perform: ({ store }) => store.getState().setAboutOpen(true) },
];

/** Looks a command up by id. */
export function findCommand(id: MenuCommand): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The command a key event triggers, if any. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Command | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const pressed = `Mod+${event.shiftKey ? 'Shift+' : ''}${event.key.toUpperCase()}`;
  return COMMANDS.find((c) => c.shortcut === pressed);
}
