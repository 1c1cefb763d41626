import { useEffect, useMemo, useRef, useState } from 'react';
import './field-legend.css';
import type { AppState } from '../store/app-store';
import { useAppServices, useAppStore } from '../store/context';
import { recruitedCount, recruitmentOrderFor } from './activation-geometry';
import { changeGate } from './change-gate';
import { DERMATOME_GROUPS, FIELD_SCALE_MAX, fieldReference, groupSwatchCss, heatGradientCss } from './field-colours';
import { deviceMaximumMa, liveAmplitudeMa } from './live-amplitude';
import { formatNumber } from '../format/number-format';

interface FieldLegendProps {
  /** Which bottom corner: the left one is taken by the level labels in the lateral view. */
  readonly corner: 'left' | 'right';
}

const GRADIENT = heatGradientCss();

/**
 * The key to the live stimulation layer, with its switches: what the heat map measures and what 1 means, a marker
 * for the current peak, the dermatome colours of the fibres and how many fire. The live numbers are written
 * straight into the DOM from a store subscription, so dragging the amplitude does not re-render React.
 */
export function FieldLegend({ corner }: FieldLegendProps) {
  const { store } = useAppServices();
  const showField = useAppStore((s) => s.spineView.showField);
  const showFibres = useAppStore((s) => s.spineView.showFibres);
  const onShowField = useAppStore((s) => s.setShowField);
  const onShowFibres = useAppStore((s) => s.setShowFibres);
  const activation = useAppStore((s) => s.activation);
  const fibreCount = useAppStore((s) => s.fibres?.count);
  const status = useAppStore((s) => s.physiology.status);
  const deviceMaximum = useAppStore(deviceMaximumMa);
  // The perception threshold is the trainee's to find: its value shows only once the model's thresholds are revealed.
  const reveal = useAppStore((s) => s.showModelThresholds);
  const reference = activation
    ? fieldReference(activation.surface.peakPerMa, activation.perceptionThresholdMa, deviceMaximum)
    : undefined;
  // The key can fold to its switches so it never hides the spine it explains (small windows, the axial cut).
  const [expanded, setExpanded] = useState(true);
  const marker = useRef<HTMLSpanElement>(null);
  const peak = useRef<HTMLOutputElement>(null);
  const firing = useRef<HTMLOutputElement>(null);
  // The same recruited set the 3D view draws (one sort per worker reply, at the worker's precision).
  const sorted = useMemo(
    () => (activation ? recruitmentOrderFor(activation.thresholdsMa).sortedThresholdsMa : undefined),
    [activation],
  );

  useEffect(() => {
    if (!activation || !sorted) return;
    // A new gate whenever the switches remount the outputs, so the fresh elements get their text.
    const changed = changeGate();
    const apply = (state: AppState) => {
      const amplitude = liveAmplitudeMa(state);
      const now = fieldReference(
        activation.surface.peakPerMa,
        activation.perceptionThresholdMa,
        deviceMaximumMa(state),
      );
      const drive = now && amplitude !== null ? (amplitude * activation.surface.peakPerMa) / now.referencePerMa : 0;
      const peakText = formatNumber(drive, { decimals: 1 });
      const markerLeft = `${(100 * Math.min(drive, FIELD_SCALE_MAX)) / FIELD_SCALE_MAX}%`;
      const firingText = String(recruitedCount(sorted, amplitude));
      if (!changed(`${peakText} ${markerLeft} ${firingText}`)) return;
      if (peak.current) peak.current.textContent = peakText;
      if (marker.current) marker.current.style.left = markerLeft;
      if (firing.current) firing.current.textContent = firingText;
    };
    apply(store.getState());
    return store.subscribe(apply);
  }, [activation, sorted, store, showField, showFibres, expanded]);

  return (
    <div className={`field-legend field-legend--${corner}`} role="group" aria-label="Stimulation on the cord">
      <div className="field-legend__switches">
        <label>
          <input type="checkbox" checked={showField} onChange={(e) => onShowField(e.target.checked)} /> Field
        </label>
        <label>
          <input type="checkbox" checked={showFibres} onChange={(e) => onShowFibres(e.target.checked)} /> Recruited
          fibres
        </label>
        <button
          type="button"
          className="field-legend__fold"
          aria-expanded={expanded}
          aria-label={expanded ? 'Hide the key' : 'Show the key'}
          title={expanded ? 'Fold the key away from the spine' : 'Show the key to the field and fibres'}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? '▾' : '▸'}
        </button>
      </div>
      {!activation || status === 'computing' ? (
        <p className="field-legend__note">
          {status !== 'computing'
            ? 'No field: the program cannot be delivered.'
            : activation
              ? 'Updating the field…'
              : 'Computing the field…'}
        </p>
      ) : null}
      {activation && expanded && (
        <>
          {showField && (
            <div className="field-legend__scale">
              <div className="field-legend__bar" style={{ background: GRADIENT }}>
                <span ref={marker} className="field-legend__marker" aria-hidden="true" />
              </div>
              <div className="field-legend__ticks" aria-hidden="true">
                <span>0</span>
                <span>1</span>
                <span>{FIELD_SCALE_MAX}+</span>
              </div>
              <span>
                Activating function on the cord surface (teaching model), 1 = its peak at{' '}
                {reference?.kind === 'deviceMaximum' ? 'the device maximum' : 'the perception threshold'}
                {reveal || reference?.kind === 'deviceMaximum'
                  ? ` (${formatNumber(reference?.atMa ?? 0, { decimals: 1 })} mA)`
                  : ''}{' '}
                · now <output aria-label="Peak drive in units of the perception peak" ref={peak} />
              </span>
            </div>
          )}
          {showFibres && (
            <div className="field-legend__fibres">
              <span>
                Dermatomes
                {DERMATOME_GROUPS.map((g) => (
                  <span key={g.prefix} className="field-legend__swatch" title={g.name}>
                    <i style={{ background: groupSwatchCss(g.prefix) }} />
                    {g.prefix}
                  </span>
                ))}
              </span>
              <span>
                <output aria-label="Sampled fibres firing" ref={firing} /> of {fibreCount ?? 0} sampled fibres fire
              </span>
            </div>
          )}
        </>
      )}
    </div>
  );
}
