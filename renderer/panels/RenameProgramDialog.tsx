import { useEffect, useId, useRef, useState } from 'react';
import { programNameProblem } from '../../src-core';
import { ModalDialog } from '../components/ModalDialog';

/** Asks for a program's new name; Rename is refused (with the reason shown) for a blank or over-long one. */
export function RenameProgramDialog({
  current,
  onRename,
  onClose,
}: {
  readonly current: string;
  readonly onRename: (name: string) => void;
  readonly onClose: () => void;
}) {
  const [name, setName] = useState(current);
  const [tried, setTried] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const problem = programNameProblem(name);
  const submit = () => {
    setTried(true);
    if (problem === undefined) onRename(name.trim());
  };
  return (
    <ModalDialog
      title="Rename program"
      className="rename-program"
      onClose={onClose}
      focusFirstButton={false}
      actions={[
        { label: 'Rename', onClick: submit, primary: true },
        { label: 'Cancel', onClick: onClose },
      ]}
    >
      <label htmlFor={id}>Program name</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        value={name}
        maxLength={200}
        aria-invalid={tried && problem !== undefined}
        aria-describedby={tried && problem ? `${id}-problem` : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submit();
        }}
      />
      {tried && problem && (
        <p id={`${id}-problem`} className="field__messages" role="alert">
          {problem}
        </p>
      )}
    </ModalDialog>
  );
}
