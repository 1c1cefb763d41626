import { selectUnsavedOnDevice } from '../store/selectors';
import { useAppStore } from '../store/context';
import { SafetyOverrideDialog } from './SafetyOverrideDialog';

/**
 * The link to the (virtual) device: edits are tentative until saved to it; revert throws them away.
 * Undo and redo walk the visit's edits. A save refused for safety findings opens the override dialog.
 */
export function DeviceBar() {
  const unsaved = useAppStore(selectUnsavedOnDevice);
  const deviceEmpty = useAppStore((s) => s.visit.session.devicePrograms.length === 0);
  const canUndo = useAppStore((s) => s.visit.past.length > 0);
  const canRedo = useAppStore((s) => s.visit.future.length > 0);
  const saveToDevice = useAppStore((s) => s.saveToDevice);
  const revertToDevice = useAppStore((s) => s.revertToDevice);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <div className="device-bar" role="group" aria-label="Device">
      <span className={unsaved ? 'device-bar__state device-bar__state--pending' : 'device-bar__state'} role="status">
        {unsaved
          ? deviceEmpty
            ? 'Nothing saved to the device yet'
            : 'Changes not yet on the device'
          : 'Device up to date'}
      </span>
      <div className="device-bar__buttons">
        <button type="button" onClick={undo} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo}>
          Redo
        </button>
        <button type="button" onClick={revertToDevice} disabled={!unsaved || deviceEmpty}>
          Revert
        </button>
        <button type="button" className="primary" onClick={() => saveToDevice()} disabled={!unsaved}>
          Save to device
        </button>
      </div>
      <SafetyOverrideDialog />
    </div>
  );
}
