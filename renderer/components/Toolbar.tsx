import { useShallow } from 'zustand/react/shallow';
import { COMMANDS, TOOLBAR_COMMANDS, shortcutText as platformShortcut } from '../commands/registry';
import { useAppServices, useAppStore } from '../store/context';

const shortcutText = (shortcut: string) => platformShortcut(shortcut, navigator.platform.startsWith('Mac'));
const TOOLBAR = COMMANDS.filter((command) => TOOLBAR_COMMANDS.includes(command.id));

/** File commands as buttons (web mode has no native menu; the desktop has both, running the same commands). */
export function Toolbar() {
  const services = useAppServices();
  const fileName = useAppStore((s) => s.fileName);
  const dirty = useAppStore((s) => s.dirty);
  const enabled = useAppStore(useShallow((s) => TOOLBAR.map((command) => command.enabled(s))));
  return (
    <header className="toolbar">
      <div className="toolbar__title">
        <strong>SCS Programming Simulator</strong>
        <span className="badge" title="The physiology is a teaching model, not a clinical prediction">
          Teaching model
        </span>
      </div>
      <nav aria-label="File" className="toolbar__commands">
        {TOOLBAR.map((command, index) => (
          <button
            key={command.id}
            type="button"
            disabled={!enabled[index]}
            title={command.shortcut ? `${command.label} (${shortcutText(command.shortcut)})` : command.label}
            onClick={() => void command.perform(services)}
          >
            {command.label}
          </button>
        ))}
      </nav>
      <span className="toolbar__file" aria-label="Current file">
        {fileName ?? 'Unsaved session'}
        {/* The file, not the device: "Save to device" and "Save" are different acts, so say which is pending. */}
        {dirty && fileName !== undefined && <span className="toolbar__pending"> · file not saved</span>}
      </span>
    </header>
  );
}
