import { useId, useMemo } from 'react';
import type { PainRegion, SimulationResult } from '../../src-core';
import type { BodyMapLayer } from '../store/ui-slice';
import { BodyFigure } from './BodyFigure';
import { feltByPlace, placeKey, reliefByPlace } from './body-map-model';
import { BACK_REGIONS, FRONT_REGIONS } from './dermatome-regions';
import './bodymap.css';

const noop = () => undefined;

/**
 * The workstation's front and back figures, read-only, for one simulated program: the pain drawing with paresthesia
 * or relief shaded (the debrief's two programs, the compare dialog's columns). `label` names the chart.
 */
export function ResultBodyMap({
  label,
  painMap,
  result,
  layer,
  className,
}: {
  readonly label: string;
  readonly painMap: readonly PainRegion[];
  readonly result: SimulationResult | null;
  readonly layer: BodyMapLayer;
  readonly className?: string;
}) {
  const hatchId = `result-hatch-${useId().replace(/:/g, '')}`;
  const pain = useMemo(() => new Set(painMap.map((r) => placeKey(r.dermatome, r.side))), [painMap]);
  const felt = useMemo(() => feltByPlace(result ?? undefined), [result]);
  const relief = useMemo(() => reliefByPlace(result ?? undefined), [result]);
  const figure = {
    pain,
    felt,
    relief,
    layer,
    editing: false,
    hatchId,
    tabStopId: undefined,
    onToggle: noop,
    onHover: noop,
    onRegionKey: noop,
    onRegionFocus: noop,
  };
  return (
    <svg
      viewBox="0 0 312 460"
      className={className ? `bodymap__svg ${className}` : 'bodymap__svg'}
      role="group"
      aria-label={label}
    >
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width={4} height={4} patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={4} className="bodymap__hatch-line" />
        </pattern>
      </defs>
      <BodyFigure view="front" regions={FRONT_REGIONS} x={-30} {...figure} />
      <BodyFigure view="back" regions={BACK_REGIONS} x={140} {...figure} />
    </svg>
  );
}
