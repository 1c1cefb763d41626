import { useId, useMemo } from 'react';
import type { PainRegion, SimulationResult } from '../../src-core';
import { BodyFigure } from '../bodymap/BodyFigure';
import { feltByPlace, placeKey, reliefByPlace } from '../bodymap/body-map-model';
import { BACK_REGIONS, FRONT_REGIONS } from '../bodymap/dermatome-regions';
import { formatNumberOrDash } from '../format/number-format';
import '../bodymap/bodymap.css';

const noop = () => undefined;

/**
 * A read-only body map of one delivered program (the workstation's figures and model): the pain drawing, and
 * paresthesia or, for a relief goal, relief — with the coverage figures beside the caption.
 */
export function DebriefBodyMap({
  title,
  description,
  painMap,
  result,
  layer,
}: {
  readonly title: string;
  readonly description: string;
  readonly painMap: readonly PainRegion[];
  readonly result: SimulationResult | null;
  readonly layer: 'paresthesia' | 'relief';
}) {
  const hatchId = `debrief-hatch-${useId().replace(/:/g, '')}`;
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
    <figure className="debrief__map">
      <figcaption>{title}</figcaption>
      <p className="muted small">{description}</p>
      <p className="small">
        {result === null
          ? 'Nothing delivered.'
          : layer === 'relief'
            ? `Relief ${formatNumberOrDash(result.relief?.overallPct, 0, '%')}`
            : `Pain covered ${formatNumberOrDash(result.coverage?.painCoveredPct, 0, '%')} · outside the pain ${formatNumberOrDash(result.coverage?.extraneousPct, 0, '%')}`}
      </p>
      <svg viewBox="0 0 312 460" className="bodymap__svg" role="group" aria-label={`${title}: dermatome chart`}>
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width={4} height={4} patternTransform="rotate(45)">
            <line x1={0} y1={0} x2={0} y2={4} className="bodymap__hatch-line" />
          </pattern>
        </defs>
        <BodyFigure view="front" regions={FRONT_REGIONS} x={-30} {...figure} />
        <BodyFigure view="back" regions={BACK_REGIONS} x={140} {...figure} />
      </svg>
    </figure>
  );
}
