import { useAppStore } from '../store/context';

/**
 * Therapy on/off, as on a programmer or patient remote: off, the device delivers nothing whatever the programs say.
 * A switch (role "switch") so screen readers announce it as on or off.
 */
export function StimulationSwitch() {
  const on = useAppStore((s) => s.stimulationOn);
  const setStimulationOn = useAppStore((s) => s.setStimulationOn);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-label="Stimulation"
      className={on ? 'stim-switch stim-switch--on' : 'stim-switch'}
      title={on ? 'Stimulation is on: click to stop it' : 'Stimulation is off: click to start it'}
      onClick={() => setStimulationOn(!on)}
    >
      <span className="stim-switch__track" aria-hidden="true">
        <span className="stim-switch__thumb" />
      </span>
      <span className="stim-switch__text">Stimulation {on ? 'on' : 'off'}</span>
    </button>
  );
}
