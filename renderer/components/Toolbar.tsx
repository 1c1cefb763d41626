import { useShallow } from 'zustand/react/shallow';
import { COMMANDS } from '../commands/registry';
import { useAppServices, useAppStore } from '../store/context';

const shortcutText = (shortcut: string) => shortcut.replace('Mod', navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl');

/** File commands as buttons (web mode has no native menu; the desktop has both, running the same commands). */
export function Toolbar() {
  const services = useAppServices();
  const fileName = useAppStore((s) => s.fileName);
  const dirty = useAppStore((s) => s.dirty);
  const enabled = useAppStore(useShallow((s) => COMMANDS.map((command) => command.enabled(s))));
  return (
    <header className="toolbar">
      <div className="toolbar__title">
        <strong>SCS Programming Simulator</strong>
        <span className="badge" title="The physiology is a teaching model, not a clinical prediction">
          Teaching model
        </span>
      </div>
      <nav aria-label="File" className="toolbar__commands">
        {COMMANDS.map((command, index) => (
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
        {dirty ? ' •' : ''}
      </span>
    </header>
  );
}
