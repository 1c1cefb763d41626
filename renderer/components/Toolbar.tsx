import { Fragment } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { COMMANDS, TOOLBAR_COMMANDS, TOOLBAR_MENUS, shortcutText as platformShortcut } from '../commands/registry';
import { useFileGuards } from '../commands/use-file-guards';
import { useAppServices, useAppStore } from '../store/context';
import { selectHasUnsavedWork } from '../store/file-slice';
import { OpenRecentMenu } from './OpenRecentMenu';
import { SaveChangesDialog } from './SaveChangesDialog';
import { ToolbarMenuButton } from './ToolbarMenuButton';
import './file-dialogs.css';

const shortcutText = (shortcut: string) => platformShortcut(shortcut, navigator.platform.startsWith('Mac'));
const TOOLBAR = COMMANDS.filter((command) => TOOLBAR_COMMANDS.includes(command.id));

/**
 * File commands as buttons and the other commands in menus (web mode has no native menu; the desktop has both, running the same commands), and
 * what guards the file: the "Save changes?" dialog and the close/reload guard.
 */
export function Toolbar() {
  const services = useAppServices();
  useFileGuards();
  const fileName = useAppStore((s) => s.fileName);
  const dirty = useAppStore(selectHasUnsavedWork);
  const enabled = useAppStore(useShallow((s) => TOOLBAR.map((command) => command.enabled(s))));
  return (
    <header className="toolbar">
      <div className="toolbar__identity">
        <div className="toolbar__title">
          <strong>SCS Programming Simulator</strong>
          <span className="badge" title="The physiology is a teaching model, not a clinical prediction">
            Teaching model
          </span>
        </div>
        <span className="toolbar__file" aria-label="Current file" title={fileName ?? 'Unsaved session'}>
          <span className="toolbar__file-name">{fileName ?? 'Unsaved session'}</span>
          {/* The file, not the device: "Save to device" and "Save" are different acts, so say which is pending. */}
          {dirty && fileName !== undefined && <span className="toolbar__pending"> · file not saved</span>}
        </span>
      </div>
      <nav aria-label="Commands" className="toolbar__commands">
        {TOOLBAR.map((command, index) => (
          <Fragment key={command.id}>
            <button
              type="button"
              disabled={!enabled[index]}
              title={command.shortcut ? `${command.label} (${shortcutText(command.shortcut)})` : command.label}
              onClick={() => void command.perform(services)}
            >
              {command.label}
            </button>
            {/* The desktop's Open Recent is in its native File menu. */}
            {command.id === 'file.open' && services.platform.kind === 'browser' && <OpenRecentMenu />}
          </Fragment>
        ))}
        {TOOLBAR_MENUS.map((menu) => (
          <ToolbarMenuButton key={menu.label} menu={menu} />
        ))}
      </nav>
      <SaveChangesDialog />
    </header>
  );
}
