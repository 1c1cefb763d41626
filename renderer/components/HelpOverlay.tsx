import { COMMANDS, shortcutText } from '../commands/registry';
import { useAppServices, useAppStore } from '../store/context';
import { ModalDialog } from './ModalDialog';

const mac = () => navigator.platform.startsWith('Mac');

/** Every command with its shortcut, from the one registry, plus the 3D view's keys. Buttons run the command too. */
export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const services = useAppServices();
  if (!open) return null;
  return (
    <ModalDialog title="Keyboard shortcuts" className="help" onClose={() => setHelpOpen(false)}>
      <table>
        <tbody>
          {COMMANDS.filter((c) => c.shortcut).map((command) => (
            <tr key={command.id}>
              <td>
                <kbd>{shortcutText(command.shortcut!, mac())}</kbd>
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setHelpOpen(false);
                    void command.perform(services);
                  }}
                >
                  {command.label}
                </button>
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>↑ ↓</kbd> <kbd>Shift</kbd>
            </td>
            <td>3D view focused: move the active lead 1 mm (5 mm) rostral / caudal</td>
          </tr>
          <tr>
            <td>
              <kbd>← →</kbd>
            </td>
            <td>3D view focused: move the active lead 0.5 mm to the patient’s left / right</td>
          </tr>
          <tr>
            <td>drag a lead</td>
            <td>
              3D posterior or oblique view: place it where you release (hold <kbd>Shift</kbd> to snap the tip to a
              level)
            </td>
          </tr>
          <tr>
            <td>
              <kbd>↑ ↓</kbd> in a number box
            </td>
            <td>step the value by the device step (amplitude: one fine step)</td>
          </tr>
          <tr>
            <td>
              <kbd>Shift</kbd>+<kbd>↑ ↓</kbd>, <kbd>PageUp</kbd> <kbd>PageDown</kbd>
            </td>
            <td>amplitude box: coarse steps (10 device steps)</td>
          </tr>
          <tr>
            <td>mouse wheel</td>
            <td>over the amplitude control: fine steps</td>
          </tr>
          <tr>
            <td>▲ ◀ ▶ ▼ ⊙ ◎</td>
            <td>
              steering pad: move 10 % of each pole’s current (or, with Arrow step “1 contact”, every pole a whole
              contact) up / left / right / down; focus or spread the anodes
            </td>
          </tr>
        </tbody>
      </table>
    </ModalDialog>
  );
}
