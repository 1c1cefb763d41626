import type { MenuCommand } from '../../electron/ipc-contract';
import type { Platform } from '../platform';
import type { AppState, AppStore } from '../store/app-store';
import { showCaseChooser } from './case-actions';
import { newSession, openSession, saveSession } from './file-actions';
import { printVisitReport } from './visit-report';
import { takeSnapshot } from '../snapshot/take-snapshot';

/** What a command may use when it runs. */
export interface CommandContext {
  readonly store: AppStore;
  readonly platform: Platform;
}

/**
 * A user command as data, so toolbar buttons, the native menu and keyboard shortcuts all run the same thing.
 * `shortcut` uses `Mod` for Ctrl (Cmd on macOS).
 */
/** Every command id: the native menu's plus those only the renderer offers. */
export type CommandId =
  | MenuCommand
  | 'edit.undo'
  | 'edit.redo'
  | 'device.save'
  | 'view.help'
  | 'view.theme'
  | 'view.presentation'
  | 'view.spotlight'
  | 'view.scenarios'
  | 'view.snapshotView'
  | 'view.snapshotWorkstation'
  | 'teaching.report'
  | 'teaching.progress'
  | 'view.compare'
  | 'teaching.instructor'
  | 'case.choose';

export interface Command {
  readonly id: CommandId;
  readonly label: string;
  readonly shortcut?: string;
  enabled(state: AppState): boolean;
  /** For a command that switches something on and off: whether it is on (a menu shows it as a check box). */
  checked?(state: AppState): boolean;
  perform(context: CommandContext): void | Promise<void>;
}

const always = () => true;

export const COMMANDS: readonly Command[] = [
  {
    id: 'case.choose',
    label: 'Choose case…',
    enabled: (s) => s.screen !== 'chooser',
    perform: ({ store }) => showCaseChooser(store),
  },
  {
    id: 'file.new',
    label: 'New',
    shortcut: 'Mod+N',
    enabled: always,
    perform: ({ store, platform }) => newSession(store, platform),
  },
  {
    id: 'file.open',
    label: 'Open…',
    shortcut: 'Mod+O',
    enabled: always,
    perform: ({ store, platform }) => openSession(store, platform),
  },
  {
    id: 'file.save',
    label: 'Save',
    shortcut: 'Mod+S',
    enabled: always,
    perform: async ({ store, platform }) => void (await saveSession(store, platform, false)),
  },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    shortcut: 'Mod+Shift+S',
    enabled: always,
    perform: async ({ store, platform }) => void (await saveSession(store, platform, true)),
  },
  { id: 'help.about', label: 'About', enabled: always, perform: ({ store }) => store.getState().setAboutOpen(true) },
  {
    id: 'edit.undo',
    label: 'Undo',
    shortcut: 'Mod+Z',
    enabled: (s) => s.visit.past.length > 0,
    perform: ({ store }) => store.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    shortcut: 'Mod+Shift+Z',
    enabled: (s) => s.visit.future.length > 0,
    perform: ({ store }) => store.getState().redo(),
  },
  {
    id: 'device.save',
    label: 'Save to device',
    shortcut: 'Mod+Enter',
    enabled: always,
    perform: ({ store }) => void store.getState().saveToDevice(),
  },
  {
    id: 'view.help',
    label: 'Keyboard shortcuts',
    shortcut: 'F1',
    enabled: always,
    perform: ({ store }) => store.getState().setHelpOpen(true),
  },
  {
    id: 'view.theme',
    label: 'Light / dark theme',
    shortcut: 'Mod+Shift+L',
    enabled: always,
    perform: ({ store }) => store.getState().setTheme(store.getState().theme === 'dark' ? 'light' : 'dark'),
  },
  {
    id: 'view.presentation',
    label: 'Presentation (large text)',
    shortcut: 'Mod+Shift+P',
    enabled: always,
    checked: (s) => s.presentation,
    perform: ({ store }) => store.getState().setPresentation(!store.getState().presentation),
  },
  {
    id: 'view.spotlight',
    label: 'Spotlight',
    shortcut: 'Mod+Shift+H',
    enabled: always,
    checked: (s) => s.spotlight,
    perform: ({ store }) => store.getState().setSpotlight(!store.getState().spotlight),
  },
  {
    id: 'view.scenarios',
    label: 'Scenarios…',
    enabled: always,
    perform: ({ store }) => store.getState().setScenarioPanelOpen(true),
  },
  {
    id: 'view.snapshotView',
    label: 'Snapshot of the 3D view (PNG)',
    enabled: (s) => s.screen === 'workstation',
    perform: ({ store, platform }) => takeSnapshot(store, platform, 'view'),
  },
  {
    id: 'view.snapshotWorkstation',
    label: 'Snapshot of the window (PNG)',
    enabled: always,
    perform: ({ store, platform }) => takeSnapshot(store, platform, 'workstation'),
  },
  {
    id: 'teaching.report',
    label: 'Visit report…',
    // Only a visit of a case has goals, a benchmark and a hidden truth to report against.
    enabled: (s) => s.activeCase !== undefined,
    perform: async ({ store, platform }) => void (await printVisitReport(store, platform)),
  },
  {
    id: 'teaching.progress',
    label: 'Progress…',
    enabled: always,
    perform: ({ store }) => store.getState().setProgressOpen(true),
  },
  {
    id: 'view.compare',
    label: 'Compare pinned programs…',
    // Pinned from the program tabs ("Pin", "Same contacts, other paradigms"); the dialog shows up to three.
    enabled: (s) => s.comparePins.length > 0 && s.screen === 'workstation',
    perform: ({ store }) => store.getState().setCompareOpen(true),
  },
  {
    id: 'teaching.instructor',
    label: 'Instructor faults…',
    enabled: (s) => s.screen === 'workstation',
    perform: ({ store }) => store.getState().setInstructorOpen(true),
  },
];

/** The file commands shown as toolbar buttons, in order. */
export const TOOLBAR_COMMANDS: readonly CommandId[] = [
  'case.choose',
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
];

/** A toolbar menu button and the commands it lists, so the toolbar stays one row at 1280 px. */
export interface ToolbarMenu {
  readonly label: string;
  readonly commands: readonly CommandId[];
}

/** The toolbar's menus after the file buttons (the desktop's native menu has the same commands). */
export const TOOLBAR_MENUS: readonly ToolbarMenu[] = [
  {
    label: 'View',
    commands: [
      'view.theme',
      'view.presentation',
      'view.spotlight',
      'view.compare',
      'view.scenarios',
      'view.snapshotView',
      'view.snapshotWorkstation',
    ],
  },
  { label: 'Teaching', commands: ['teaching.report', 'teaching.progress', 'teaching.instructor'] },
  { label: 'Help', commands: ['view.help', 'help.about'] },
];

/** Looks a command up by id. */
export function findCommand(id: CommandId): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The command a key event triggers, if any. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Command | undefined {
  if (event.altKey) return undefined;
  if (!(event.ctrlKey || event.metaKey))
    return COMMANDS.find((c) => c.shortcut === event.key && /^F\d+$/.test(event.key));
  const key = event.key === 'Enter' ? 'Enter' : event.key.toUpperCase();
  const pressed = `Mod+${event.shiftKey ? 'Shift+' : ''}${key}`;
  // Ctrl+Y is the Windows habit for redo.
  if (pressed === 'Mod+Y') return COMMANDS.find((c) => c.id === 'edit.redo');
  return COMMANDS.find((c) => c.shortcut === pressed);
}

/** A shortcut as the platform writes it: Ctrl on Windows and Linux, ⌘ on macOS. */
export function shortcutText(shortcut: string, mac: boolean): string {
  return shortcut.replace('Mod', mac ? '⌘' : 'Ctrl');
}
