import { useMemo } from 'react';
import { steerContacts, type SteerDirection } from '../../src-core';
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

/**
 * Steering in fixed steps (src-core/programming/steering.ts): arrows move 10 % of each pole's current to the next
 * contact (a whole contact on a single-source IPG); focus and spread move anodes by whole contacts. A step the core
 * refuses is shown disabled with its reason as the tooltip.
 */
export function SteeringPad() {
  const contacts = useAppStore((s) => selectActiveArea(s).contacts);
  const implant = useAppStore((s) => s.implant);
  const program = useAppStore((s) => s.visit.session.activeProgram);
  const area = useAppStore((s) => s.activeArea);
  const applyEdit = useAppStore((s) => s.applyEdit);
  // Each possible step is computed up front (microseconds for ≤ 32 contacts) so refused ones can say why.
  const outcomes = useMemo(
    () => new Map(CONTROLS.map((c) => [c.direction, steerContacts(contacts, implant, c.direction)] as const)),
    [contacts, implant],
  );
  const share = implant.ipg.currentSources === 'single' ? 'one contact' : '10 % of each pole';
  return (
    <div className="steering" role="group" aria-label="Steering">
      {CONTROLS.map((control) => {
        const outcome = outcomes.get(control.direction)!;
        const step = control.direction === 'focus' || control.direction === 'spread' ? 'one contact' : share;
        return (
          <button
            key={control.direction}
            type="button"
            className={`steering__button steering__button--${control.direction}`}
            aria-label={control.name}
            aria-disabled={!outcome.ok}
            title={outcome.ok ? `${control.what}, ${step} per step` : outcome.reason}
            onClick={() =>
              outcome.ok && applyEdit({ kind: 'steer', program, area, direction: control.direction, implant })
            }
          >
            <span aria-hidden="true">{control.symbol}</span>
          </button>
        );
      })}
    </div>
  );
}
