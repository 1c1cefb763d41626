import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Coverage, Dermatome, Relief, Side } from '../../src-core';
import { RELIEF_MODEL_NOTE, reliefAfter, reliefHint } from '../patient/relief-text';
import { TeachingModelTag } from '../patient/TeachingModelTag';
import { useAppStore } from '../store/context';
import { selectCoverage, selectShownResult } from '../store/physiology-selectors';
import type { BodyMapLayer } from '../store/ui-slice';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { BodyFigure } from './BodyFigure';
import { feltByPlace, placeKey, reliefByPlace, togglePain } from './body-map-model';
import { BACK_REGIONS, FRONT_REGIONS } from './dermatome-regions';
import { nextRegion, regionCentres } from './region-navigation';
import './bodymap.css';
import { formatNumberOrDash } from '../format/number-format';

const NO_PAIN: readonly never[] = [];
/** Where each figure sits in the map's viewBox. */
const FRONT_X = -30;
const BACK_X = 140;
/** Every region's centre, front then back: the arrow keys' map. */
const CENTRES = [...regionCentres(FRONT_REGIONS, FRONT_X), ...regionCentres(BACK_REGIONS, BACK_X)];

function Legend({ hatchId, layer }: { readonly hatchId: string; readonly layer: BodyMapLayer }) {
  const swatch = (content: ReactNode) => (
    <svg viewBox="0 0 20 14" width={22} height={15} aria-hidden="true">
      {content}
    </svg>
  );
  const hatch = (className = 'bodymap__pain') => (
    <rect x={1} y={1} width={18} height={12} className={className} fill={`url(#${hatchId})`} />
  );
  return (
    <ul className="bodymap__legend" aria-label="Legend">
      <li>
        {swatch(
          <rect
            x={1}
            y={1}
            width={18}
            height={12}
            className="bodymap__base bodymap__pain-edge"
            fill={`url(#${hatchId})`}
          />,
        )}
        Pain drawing
      </li>
      {layer === 'paresthesia' ? (
        <>
          <li>
            {swatch(
              <>
                <rect x={1} y={1} width={9} height={12} className="bodymap__felt" fillOpacity={0.3} />
                <rect x={10} y={1} width={9} height={12} className="bodymap__felt" fillOpacity={0.95} />
              </>,
            )}
            Paresthesia: faint → strong
          </li>
          <li>
            {swatch(
              <>
                <rect x={1} y={1} width={18} height={12} className="bodymap__felt" fillOpacity={0.7} />
                {hatch()}
              </>,
            )}
            Pain covered
          </li>
          <li>
            {swatch(<rect x={1.5} y={1.5} width={17} height={11} className="bodymap__root" />)}
            Dorsal root (band-like)
          </li>
        </>
      ) : (
        <>
          <li>
            {swatch(
              <>
                <rect x={1} y={1} width={9} height={12} className="bodymap__relief" fillOpacity={0.3} />
                <rect x={10} y={1} width={9} height={12} className="bodymap__relief" fillOpacity={0.95} />
                {hatch('bodymap__pain bodymap__pain--relieved')}
              </>,
            )}
            Relief: a little → much
          </li>
          <li>
            {swatch(
              <>
                <rect x={1} y={1} width={18} height={12} className="bodymap__base bodymap__unrelieved" />
                {hatch()}
              </>,
            )}
            Pain not relieved
          </li>
        </>
      )}
    </ul>
  );
}

/** Paresthesia or relief over the pain drawing. */
function LayerSwitch() {
  const layer = useAppStore((s) => s.bodyMapLayer);
  const setLayer = useAppStore((s) => s.setBodyMapLayer);
  return <SegmentedChoice<BodyMapLayer> legend="Show" options={LAYER_OPTIONS} value={layer} onChange={setLayer} />;
}

const LAYER_OPTIONS: readonly { value: BodyMapLayer; label: string }[] = [
  { value: 'paresthesia', label: 'Paresthesia' },
  { value: 'relief', label: 'Relief' },
];

/** Points the trainee to coverage against amplitude: the quickest way to see where coverage is won or lost. */
function TitrationLink() {
  const setChartTab = useAppStore((s) => s.setChartTab);
  return (
    <button type="button" className="link bodymap__titration-link" onClick={() => setChartTab('titration')}>
      Coverage against amplitude ›
    </button>
  );
}

function ReliefStat({ relief }: { readonly relief: Relief | null }) {
  return (
    <div className="bodymap__stat bodymap__stat--relief">
      <span className="bodymap__stat-label">
        <span id="bodymap-relief">Pain relief</span>
        <TeachingModelTag note={RELIEF_MODEL_NOTE} />
      </span>
      <output aria-labelledby="bodymap-relief" aria-describedby="bodymap-relief-after">
        {formatNumberOrDash(relief?.overallPct, 0, '%')}
      </output>
      {relief && (
        <span id="bodymap-relief-after" className="bodymap__stat-after">
          {reliefAfter(relief)}
        </span>
      )}
    </div>
  );
}

function Headline({
  coverage,
  relief,
  computing,
}: {
  readonly coverage: Coverage | null;
  readonly relief: Relief | null;
  readonly computing: boolean;
}) {
  const hint = relief ? reliefHint(relief) : null;
  return (
    <div className={`bodymap__headline${computing ? ' bodymap__headline--stale' : ''}`}>
      <div className="bodymap__stat">
        <span id="bodymap-covered">Pain covered by paresthesia</span>
        <output aria-labelledby="bodymap-covered">{formatNumberOrDash(coverage?.painCoveredPct, 0, '%')}</output>
      </div>
      <ReliefStat relief={relief} />
      {hint && <p className="bodymap__hint">{hint}</p>}
      <div className="bodymap__stat bodymap__stat--secondary">
        <span id="bodymap-outside">Paresthesia outside pain</span>
        <output aria-labelledby="bodymap-outside">{formatNumberOrDash(coverage?.extraneousPct, 0, '%')}</output>
      </div>
      <TitrationLink />
    </div>
  );
}

function StatusLine({
  status,
  reason,
  hasPain,
}: {
  readonly status: string;
  readonly reason: string | undefined;
  readonly hasPain: boolean;
}) {
  if (status === 'computing')
    return (
      <p className="bodymap__note bodymap__note--busy" role="status">
        Updating: the patient is feeling the new setting…
      </p>
    );
  if (status === 'idle') return <p className="bodymap__note">No stimulation yet: set up a deliverable program.</p>;
  if (status === 'unavailable')
    return (
      <p className="bodymap__note" role="alert">
        The patient model is unavailable{reason ? `: ${reason}` : ''}.
      </p>
    );
  if (!hasPain)
    return <p className="bodymap__note">No pain drawn: switch on “Edit pain map” and click where it hurts.</p>;
  return null;
}

/**
 * Front and back body charts with the dermatomes: where the patient's pain is (red hatching), where the model says
 * they feel paresthesia (teal, stronger = more opaque, dashed outline when it comes through the dorsal roots) or, in
 * the relief layer, how much each painful place is relieved (green; red tint where it is not), and the headline:
 * coverage by paresthesia and relief (a teaching model) side by side, never one for the other. In edit mode each region toggles in the pain map (an undoable edit).
 */
export function BodyMapPanel() {
  const painMap = useAppStore((s) => s.visit.session.patient.painMap) ?? NO_PAIN;
  const physiology = useAppStore((s) => s.physiology);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [editing, setEditing] = useState(false);
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const [tabStopId, setTabStopId] = useState(CENTRES[0]?.id);
  const chart = useRef<SVGSVGElement>(null);
  const onRegionKey = useCallback((id: string, event: KeyboardEvent<SVGGElement>) => {
    const next = nextRegion(CENTRES, id, event.key);
    if (!next) return;
    event.preventDefault();
    setTabStopId(next);
    chart.current?.querySelector<SVGGElement>(`[data-region="${next}"]`)?.focus();
  }, []);
  const hatchId = `bodymap-hatch-${useId().replace(/:/g, '')}`;

  const shown = useAppStore(selectShownResult);
  const coverage = useAppStore(selectCoverage);
  const felt = useMemo(() => feltByPlace(shown), [shown]);
  const relief = useMemo(() => reliefByPlace(shown), [shown]);
  const layer = useAppStore((s) => s.bodyMapLayer);
  const pain = useMemo(() => new Set(painMap.map((r) => placeKey(r.dermatome, r.side))), [painMap]);
  const onToggle = useCallback(
    (dermatome: Dermatome, side: Side) =>
      applyEdit({ kind: 'setPainMap', painMap: togglePain(painMap, dermatome, side) }),
    [applyEdit, painMap],
  );
  const computing = physiology.status === 'computing';
  const figure = {
    pain,
    felt,
    relief,
    layer,
    editing,
    hatchId,
    tabStopId,
    onToggle,
    onHover: setHovered,
    onRegionKey,
    onRegionFocus: setTabStopId,
  };

  return (
    <section
      className="panel bodymap"
      aria-labelledby="bodymap-heading"
      data-physiology={physiology.status}
      data-editing={editing}
    >
      <div className="bodymap__side">
        <h2 id="bodymap-heading">Body map</h2>
        <Headline coverage={coverage} relief={shown?.relief ?? null} computing={computing} />
        <StatusLine
          status={physiology.status}
          reason={physiology.status === 'unavailable' ? physiology.reason : undefined}
          hasPain={painMap.length > 0}
        />
        <label className="bodymap__edit">
          <input type="checkbox" checked={editing} onChange={(event) => setEditing(event.target.checked)} />
          Edit pain map
        </label>
        {editing && (
          <p className="bodymap__note">
            Click a region, or Tab to the chart, move with the arrow keys and press Space, to add or remove pain (Undo
            reverts).
          </p>
        )}
        <LayerSwitch />
        <Legend hatchId={hatchId} layer={layer} />
        <p className="bodymap__hover" aria-hidden="true">
          {hovered ?? 'Point at a region to name it.'}
        </p>
      </div>
      <div className="bodymap__chart">
        <svg
          ref={chart}
          viewBox="0 0 312 460"
          className={`bodymap__svg${computing ? ' bodymap__svg--stale' : ''}`}
          role="group"
          aria-label="Dermatome chart, front and back"
        >
          <defs>
            <pattern id={hatchId} patternUnits="userSpaceOnUse" width={4} height={4} patternTransform="rotate(45)">
              <line x1={0} y1={0} x2={0} y2={4} className="bodymap__hatch-line" />
            </pattern>
          </defs>
          <BodyFigure view="front" regions={FRONT_REGIONS} x={FRONT_X} {...figure} />
          <BodyFigure view="back" regions={BACK_REGIONS} x={BACK_X} {...figure} />
        </svg>
      </div>
    </section>
  );
}
