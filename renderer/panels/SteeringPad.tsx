import { useMemo, useState } from 'react';
import { steerContacts, type SteerDirection, type SteerStep } from '../../src-core';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { selectActiveArea } from '../store/selectors';
import { useAppStore } from '../store/context';

interface Control {
  readonly direction: SteerDirection;
  readonly name: string;
  readonly symbol: string;
  readonly what: string;
}

const CONTROLS: readonly Control[] = [
  { direction: 'up', name: 'Steer up', symbol: '▲', what: 'Move the field up (rostral)' },
  { direction: 'left', name: 'Steer left', symbol: '◀', what: 'Move the field to the patient’s left' },
  { direction: 'right', name: 'Steer right', symbol: '▶', what: 'Move the field to the patient’s right' },
  { direction: 'down', name: 'Steer down', symbol: '▼', what: 'Move the field down (caudal)' },
  {
    direction: 'focus',
    name: 'Focus',
    symbol: 'Focus',
    what: 'Bring the anodes closer to the cathode (narrower field)',
  },
  {
    direction: 'spread',
    name: 'Spread',
    symbol: 'Spread',
    what: 'Move the anodes away from the cathode (wider field)',
  },
];

const STEP_OPTIONS = [
  { value: 'share', label: '10 %' },
  { value: 'wholeContact', label: '1 contact' },
] as const satisfies readonly { value: SteerStep; label: string }[];

/**
 * Steering in fixed steps (src-core/programming/steering.ts): arrows move 10 % of each pole's current to the next
 * contact, or on request every pole a whole contact (a single-source IPG only moves whole contacts); focus and
 * spread move anodes by whole contacts. A step the core refuses is shown disabled with its reason as the tooltip.
 */
export function SteeringPad() {
  const contacts = useAppStore((s) => selectActiveArea(s).contacts);
  const implant = useAppStore((s) => s.implant);
  const program = useAppStore((s) => s.visit.session.activeProgram);
  const area = useAppStore((s) => s.activeArea);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const independent = implant.ipg.currentSources !== 'single';
  const [chosenStep, setChosenStep] = useState<SteerStep>('share');
  const step: SteerStep = independent ? chosenStep : 'wholeContact';
  // Each possible step is computed up front (microseconds for ≤ 32 contacts) so refused ones can say why.
  const outcomes = useMemo(
    () => new Map(CONTROLS.map((c) => [c.direction, steerContacts(contacts, implant, c.direction, step)] as const)),
    [contacts, implant, step],
  );
  const share = step === 'wholeContact' ? 'one contact' : '10 % of each pole';
  return (
    <div className="steering-block">
      <div className="steering" role="group" aria-label="Steering">
        {CONTROLS.map((control) => {
          const outcome = outcomes.get(control.direction)!;
          const size = control.direction === 'focus' || control.direction === 'spread' ? 'one contact' : share;
          return (
            <button
              key={control.direction}
              type="button"
              className={`steering__button steering__button--${control.direction}`}
              aria-label={control.name}
              aria-disabled={!outcome.ok}
              title={outcome.ok ? `${control.what}, ${size} per step` : outcome.reason}
              onClick={() =>
                outcome.ok && applyEdit({ kind: 'steer', program, area, direction: control.direction, implant, step })
              }
            >
              <span aria-hidden="true">{control.symbol}</span>
            </button>
          );
        })}
      </div>
      {independent && (
        <SegmentedChoice legend="Arrow step" options={STEP_OPTIONS} value={chosenStep} onChange={setChosenStep} />
      )}
    </div>
  );
}
