import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { BlockingFinding } from '../../src-core';
import { ModalDialog } from '../components/ModalDialog';
import { useAppStore } from '../store/context';

/**
 * Opens when a save to the device is refused for safety findings: names each violation and offers the one way past
 * it a clinician programmer allows — a deliberate, logged override with the clinician's name and a reason, after
 * ticking that each finding was reviewed. Close (focused first) keeps the programs off the device.
 * Rendered into the document body so the programmer panel's sticky device bar does not clip it.
 */
export function SafetyOverrideDialog() {
  const findings = useAppStore((s) => s.unsafeSave?.findings);
  if (!findings) return null;
  // The form lives in a child that mounts only while findings are shown, so each refusal starts with empty fields.
  return <OverrideForm findings={findings} />;
}

function OverrideForm({ findings }: { findings: readonly BlockingFinding[] }) {
  const cancel = useAppStore((s) => s.cancelUnsafeSave);
  const overrideAndSave = useAppStore((s) => s.overrideAndSaveToDevice);
  const [clinician, setClinician] = useState('');
  const [reason, setReason] = useState('');
  const [reviewed, setReviewed] = useState(false);
  const ids = { clinician: useId(), reason: useId(), reviewed: useId() };
  const ready = clinician.trim() !== '' && reason.trim() !== '' && reviewed;
  return createPortal(
    <ModalDialog title="Not saved: the programs exceed safety limits" onClose={cancel} className="safety-override">
      <p>The device refuses these programs as they stand:</p>
      <ul className="safety-override__findings" aria-label="Safety violations">
        {findings.map((finding) => (
          <li key={finding.message}>{finding.message}</li>
        ))}
      </ul>
      <p className="muted">
        Lower the amplitude or the pulse width, or choose other contacts, to stay within the limits. To save anyway a
        clinician must take the decision and give a reason: it is logged in the visit record and saved with the session.
      </p>
      <form
        className="safety-override__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) overrideAndSave({ clinician, reason }, performance.now(), new Date().toISOString());
        }}
      >
        <label htmlFor={ids.clinician}>Clinician</label>
        <input
          id={ids.clinician}
          type="text"
          autoComplete="name"
          value={clinician}
          onChange={(e) => setClinician(e.target.value)}
        />
        <label htmlFor={ids.reason}>Reason for the override</label>
        <textarea id={ids.reason} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        <label className="safety-override__check" htmlFor={ids.reviewed}>
          <input id={ids.reviewed} type="checkbox" checked={reviewed} onChange={(e) => setReviewed(e.target.checked)} />
          I have reviewed each violation above and take responsibility for delivering these programs.
        </label>
        <button type="submit" className="danger" disabled={!ready}>
          Override and save to device
        </button>
      </form>
    </ModalDialog>,
    document.body,
  );
}
