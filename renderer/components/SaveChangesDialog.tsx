import { useAppStore } from '../store/context';
import { ModalDialog } from './ModalDialog';

/** "Save changes?" before New, Open or closing replaces unsaved work: Save / Don't save / Cancel. */
export function SaveChangesDialog() {
  const prompt = useAppStore((s) => s.saveChangesPrompt);
  const fileName = useAppStore((s) => s.fileName);
  const answer = useAppStore((s) => s.answerSaveChangesPrompt);
  if (!prompt) return null;
  return (
    <ModalDialog
      title="Save changes?"
      alert
      className="dialog--save-changes"
      onClose={() => answer('cancel')}
      actions={[
        { label: 'Save', onClick: () => answer('save'), primary: true },
        { label: 'Don’t save', onClick: () => answer('discard') },
        { label: 'Cancel', onClick: () => answer('cancel') },
      ]}
    >
      <p>
        {fileName ? <strong>{fileName}</strong> : 'This session'} has changes that are not saved: programs, recorded
        thresholds or what the patient said. Save them before {prompt.action}?
      </p>
    </ModalDialog>
  );
}
