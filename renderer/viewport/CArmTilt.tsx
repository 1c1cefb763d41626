import { useId } from 'react';
import { C_ARM_TILT_RANGE_DEG } from './c-arm';

/**
 * The C-arm's cranio-caudal tilt in the simulated X-ray (AP and lateral): swing the beam until the endplates of the
 * vertebra under study show as single lines, as when counting levels in theatre.
 */
export function CArmTilt({
  tiltDeg,
  onChange,
}: {
  readonly tiltDeg: number;
  readonly onChange: (tiltDeg: number) => void;
}) {
  const id = useId();
  return (
    <div className="viewport__c-arm">
      <label htmlFor={id}>C-arm tilt</label>
      <input
        id={id}
        type="range"
        aria-label="C-arm tilt (degrees, + toward the head)"
        min={C_ARM_TILT_RANGE_DEG.min}
        max={C_ARM_TILT_RANGE_DEG.max}
        step={C_ARM_TILT_RANGE_DEG.step}
        value={tiltDeg}
        onChange={(event) => onChange(event.target.valueAsNumber)}
      />
      <output aria-label="C-arm tilt">
        {tiltDeg > 0 ? `+${tiltDeg}` : tiltDeg}° {tiltDeg === 0 ? '' : tiltDeg > 0 ? 'cranial' : 'caudal'}
      </output>
      {tiltDeg !== 0 && (
        <button type="button" onClick={() => onChange(0)}>
          Straighten
        </button>
      )}
    </div>
  );
}
