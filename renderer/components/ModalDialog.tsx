import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  readonly title: string;
  /** Backdrop click and Escape; for a question, the same as its Cancel. */
  readonly onClose: () => void;
  readonly className?: string;
  /**
   * The dialog's buttons instead of the single Close button, e.g. Save / Don't save / Cancel for a question. The
   * first one gets the focus when the dialog opens.
   */
  readonly actions?: readonly { readonly label: string; readonly onClick: () => void; readonly primary?: boolean }[];
  /** Role `alertdialog` for a question that interrupts (screen readers announce its text at once). */
  readonly alert?: boolean;
  /** False when the dialog focuses a field of its own (a rename box) instead of its first button. */
  readonly focusFirstButton?: boolean;
  readonly children: ReactNode;
}

/** Open dialogs, most recent last: Escape closes only the top one, wherever the focus is. */
const openDialogs: symbol[] = [];

/**
 * Escape closes the dialog while it is the top one, even when the focus has left it (a click on its text, a
 * dialog closed above it); when it closes, the focus returns to what had it before it opened.
 */
function useEscapeAndFocusReturn(onClose: () => void) {
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const id = Symbol('dialog');
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openDialogs.push(id);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || openDialogs[openDialogs.length - 1] !== id) return;
      event.preventDefault();
      onCloseRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      openDialogs.splice(openDialogs.indexOf(id), 1);
      if (before?.isConnected) before.focus();
    };
  }, []);
}

/**
 * A modal dialog: backdrop click and Escape close it, focus goes to its first button when it opens and back when it
 * closes, and its title is its accessible name. Render it only while open.
 */
export function ModalDialog({
  title,
  onClose,
  className,
  actions,
  alert,
  focusFirstButton = true,
  children,
}: ModalDialogProps) {
  const titleId = useId();
  const firstButtonRef = useRef<HTMLButtonElement>(null);
  // First, so it notes the focus before the dialog takes it.
  useEscapeAndFocusReturn(onClose);
  useEffect(() => {
    if (focusFirstButton) firstButtonRef.current?.focus();
  }, [focusFirstButton]);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        className={className ? `dialog ${className}` : 'dialog'}
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {actions ? (
          <div className="dialog__actions">
            {actions.map((action, index) => (
              <button
                key={action.label}
                ref={index === 0 ? firstButtonRef : undefined}
                type="button"
                className={action.primary ? 'dialog__primary' : undefined}
                onClick={action.onClick}
              >
                {action.label}
              </button>
            ))}
          </div>
        ) : (
          <button ref={firstButtonRef} type="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </div>
  );
}
