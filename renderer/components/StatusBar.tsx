import { useEffect } from 'react';
import { useAppStore } from '../store/context';

/** Information messages clear themselves after this long (they confirm an action); errors stay until dismissed. */
export const INFO_MESSAGE_MS = 8000;

/** The outcome of the last file action. Errors are announced to screen readers as alerts. */
export function StatusBar() {
  const status = useAppStore((s) => s.status);
  const showStatus = useAppStore((s) => s.showStatus);
  useEffect(() => {
    if (status?.kind !== 'info') return;
    // Only this message: a newer one replaces `status` and restarts the timer.
    const timer = setTimeout(() => showStatus(undefined), INFO_MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [status, showStatus]);
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
