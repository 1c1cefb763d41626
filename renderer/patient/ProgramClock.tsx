import { CLOCK_MAX_MIN, CLOCK_STEPS } from '../store/clock-slice';
import { useAppStore } from '../store/context';
import { formatElapsed } from './relief-text';

/**
 * "Time passes": the simulated time the patient has had the program as it is now, steps to let it pass and a restart.
 * Relief (a teaching model) builds with it; any change of the program's settings restarts it (clock-slice.ts).
 */
export function ProgramClock() {
  const elapsedMin = useAppStore((s) => s.programClock.elapsedMin);
  const advance = useAppStore((s) => s.advanceClock);
  const restart = useAppStore((s) => s.restartClock);
  return (
    <div className="program-clock" role="group" aria-labelledby="program-clock-heading">
      <div className="program-clock__row">
        <span id="program-clock-heading" className="program-clock__title">
          Time passes
        </span>
        <output className="program-clock__elapsed" aria-live="polite">
          Program running for {formatElapsed(elapsedMin)}
        </output>
      </div>
      <div className="program-clock__row">
        {CLOCK_STEPS.map((step) => (
          <button
            key={step.label}
            type="button"
            className="program-clock__step"
            disabled={elapsedMin >= CLOCK_MAX_MIN}
            onClick={() => advance(step.minutes)}
          >
            {step.label}
          </button>
        ))}
        <button type="button" className="program-clock__step" disabled={elapsedMin === 0} onClick={restart}>
          Restart clock
        </button>
      </div>
      <p className="muted small program-clock__hint">Changing the program restarts its wash-in.</p>
    </div>
  );
}
