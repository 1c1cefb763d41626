import { useEffect, useRef, useState } from 'react';
import { useAppServices, useAppStore } from '../store/context';

/** About the app, and plainly what it is not: a teaching model, not a clinical tool. */
export function AboutDialog() {
  const open = useAppStore((s) => s.aboutOpen);
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const { platform } = useAppServices();
  const [version, setVersion] = useState('');
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void platform.appVersion().then((v) => live && setVersion(v));
    closeRef.current?.focus();
    return () => {
      live = false;
    };
  }, [open, platform]);

  if (!open) return null;
  return (
    <div className="dialog-backdrop" onClick={() => setAboutOpen(false)}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="about-title"
        className="dialog"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && setAboutOpen(false)}
      >
        <h2 id="about-title">SCS Programming Simulator</h2>
        <p>Version {version || '…'}</p>
        <p>
          A simulator for practising spinal cord stimulation programming on a virtual patient. Its physiology is a
          teaching model built from published studies: it is not a medical device and must not guide the care of a
          real patient.
        </p>
        <button ref={closeRef} type="button" onClick={() => setAboutOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
