import { useState } from 'react';
import { useAppServices } from '../store/context';
import { migratedPlacement } from '../../src-core';
import { describePlacement } from './placement';

/** Caudal migration distances offered (mm): small, typical and gross slips of a percutaneous lead. */
const DISTANCES_MM = [3, 6, 10] as const;

/**
 * "What if the lead slipped?": moves the active lead caudally by a chosen distance through the same undoable
 * placement edit as dragging, so the physics reruns and Undo puts it back. An exercise, not a prediction of how a
 * lead migrates.
 */
export function MigrationControl({ lead }: { readonly lead: number }) {
  const { store } = useAppServices();
  const [distance, setDistance] = useState<number>(6);
  const migrate = () => {
    const state = store.getState();
    const placement = state.implant.leads[lead]?.placement;
    if (!placement) return;
    const moved = migratedPlacement(placement, 'caudal', distance);
    state.applyEdit({ kind: 'setPlacement', lead, placement: moved });
    state.showStatus({
      kind: 'info',
      text: `Simulated migration (an exercise, not a prediction): lead ${lead + 1} slipped ${distance} mm caudally — ${describePlacement(lead, moved).replace(/^Lead \d+ /, '')}. Undo puts it back.`,
    });
  };
  return (
    <span className="viewport__migration">
      <select aria-label="Migration distance" value={distance} onChange={(e) => setDistance(Number(e.target.value))}>
        {DISTANCES_MM.map((d) => (
          <option key={d} value={d}>
            {d} mm
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={migrate}
        title="Exercise: move the active lead caudally, as if it had migrated (Undo restores it)"
      >
        Simulate migration
      </button>
    </span>
  );
}
