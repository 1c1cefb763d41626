import { useAppStore } from '../store/context';

/** The outcome of the last file action. Errors are announced to screen readers as alerts. */
export function StatusBar() {
  const status = useAppStore((s) => s.status);
  const showStatus = useAppStore((s) => s.showStatus);
  if (!status) return null;
  return (
    <div className={`status status--${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
      <span>{status.text}</span>
      <button type="button" aria-label="Dismiss message" onClick={() => showStatus(undefined)}>
        ×
      </button>
    </div>
  );
}
