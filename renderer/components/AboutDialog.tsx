import { useEffect, useState } from 'react';
import { useAppServices, useAppStore } from '../store/context';
import { ModalDialog } from './ModalDialog';

/** About the app, and plainly what it is not: a teaching model, not a clinical tool. */
export function AboutDialog() {
  const open = useAppStore((s) => s.aboutOpen);
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const { platform } = useAppServices();
  const [version, setVersion] = useState('');

  useEffect(() => {
    if (!open) return;
    let live = true;
    void platform.appVersion().then((v) => live && setVersion(v));
    return () => {
      live = false;
    };
  }, [open, platform]);

  if (!open) return null;
  return (
    <ModalDialog title="SCS Programming Simulator" onClose={() => setAboutOpen(false)}>
      <p>Version {version || '…'}</p>
      <p>
        A simulator for practising spinal cord stimulation programming on a virtual patient. Its physiology is a
        teaching model built from published studies: it is not a medical device and must not guide the care of a real
        patient.
      </p>
    </ModalDialog>
  );
}
