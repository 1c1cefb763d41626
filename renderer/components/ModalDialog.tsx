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
  readonly children: ReactNode;
}

/**
 * A modal dialog: backdrop click and Escape close it, focus goes to its first button when it opens, and its title
 * is its accessible name. Render it only while open.
 */
export function ModalDialog({ title, onClose, className, actions, alert, children }: ModalDialogProps) {
  const titleId = useId();
  const firstButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => firstButtonRef.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        className={className ? `dialog ${className}` : 'dialog'}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
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
