import { useAppStore } from '../store/context';
import type { ViewName } from '../store/ui-slice';
import { CArmTilt } from './CArmTilt';
import { MigrationControl } from './MigrationControl';
import { describePlacement } from './placement';

const VIEWS: readonly { readonly view: ViewName; readonly label: string; readonly short: string }[] = [
  { view: 'posterior', label: 'Posterior view', short: 'Posterior' },
  { view: 'lateral', label: 'Lateral view', short: 'Lateral' },
  { view: 'oblique', label: 'Oblique view', short: 'Oblique' },
  { view: 'axial', label: 'Axial section', short: 'Axial' },
];

/** The lead the 3D view acts on: the chosen one, clamped to the implant's leads. */
export function useActiveLead(): number {
  const chosen = useAppStore((s) => s.spineView.chosenLead);
  const leadCount = useAppStore((s) => s.implant.leads.length);
  return Math.min(chosen, leadCount - 1);
}

/**
 * The 3D view's bar: camera presets and the X-ray toggle, the active lead and its placement, the migration exercise
 * and (in an AP or lateral X-ray) the C-arm tilt. Everything it shows and sets is the store's `spineView`.
 */
export function ViewportControls() {
  const view = useAppStore((s) => s.spineView.view);
  const fluoroscopy = useAppStore((s) => s.spineView.fluoroscopy);
  const tiltDeg = useAppStore((s) => s.spineView.cArmTiltDeg);
  const leadCount = useAppStore((s) => s.implant.leads.length);
  const setPreset = useAppStore((s) => s.setSpineViewPreset);
  const setFluoroscopy = useAppStore((s) => s.setFluoroscopy);
  const setChosenLead = useAppStore((s) => s.setChosenLead);
  const setTilt = useAppStore((s) => s.setCArmTiltDeg);
  const activeLead = useActiveLead();
  const placement = useAppStore((s) => s.implant.leads[activeLead]!.placement);
  const cArm = fluoroscopy && (view === 'posterior' || view === 'lateral');
  return (
    <div className="viewport__bar">
      <div role="toolbar" aria-label="View presets" className="viewport__views">
        {VIEWS.map((v) => (
          <button
            key={v.view}
            type="button"
            aria-label={v.label}
            aria-pressed={view === v.view}
            onClick={() => setPreset(v.view)}
          >
            {v.short}
          </button>
        ))}
        <button
          type="button"
          aria-label="Fluoroscopy (X-ray) view"
          aria-pressed={fluoroscopy}
          onClick={() => setFluoroscopy(!fluoroscopy)}
        >
          X-ray
        </button>
      </div>
      <div className="viewport__lead">
        {leadCount > 1 && (
          <select aria-label="Active lead" value={activeLead} onChange={(e) => setChosenLead(Number(e.target.value))}>
            {Array.from({ length: leadCount }, (_, i) => (
              <option key={i} value={i}>
                Lead {i + 1}
              </option>
            ))}
          </select>
        )}
        <output aria-label="Lead placement" aria-live="polite">
          {describePlacement(activeLead, placement)}
        </output>
        <MigrationControl lead={activeLead} />
      </div>
      {cArm && <CArmTilt tiltDeg={tiltDeg} onChange={setTilt} />}
    </div>
  );
}
