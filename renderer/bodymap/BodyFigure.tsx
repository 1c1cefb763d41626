import type { KeyboardEvent } from 'react';
import type { Dermatome, PlaceRelief, Side } from '../../src-core';
import type { BodyMapLayer } from '../store/ui-slice';
import { NO_RELIEF_PCT, fillOpacity, placeKey, regionLabel, reliefOpacity, type Felt } from './body-map-model';
import { BODY_PATH, HEAD, type Region, type View } from './geometry';
import { regionId } from './region-navigation';

export interface FigureProps {
  readonly view: View;
  readonly regions: readonly Region[];
  /** Horizontal offset of the figure in the map's viewBox. */
  readonly x: number;
  readonly pain: ReadonlySet<string>;
  readonly felt: ReadonlyMap<string, Felt>;
  /** Relief of each painful place (empty without an answer with relief). */
  readonly relief: ReadonlyMap<string, PlaceRelief>;
  /** Which layer is drawn over the pain: paresthesia felt, or relief. */
  readonly layer: BodyMapLayer;
  readonly editing: boolean;
  /** Id of the pain hatching pattern in the map's <defs>. */
  readonly hatchId: string;
  /** The one region of the map that is a tab stop while editing (roving tabindex); the others are reached by arrows. */
  readonly tabStopId: string | undefined;
  onToggle(dermatome: Dermatome, side: Side): void;
  /** A key other than Enter/Space on a region (arrow moves), and focus arriving on one (it becomes the tab stop). */
  onRegionKey(id: string, event: KeyboardEvent<SVGGElement>): void;
  onRegionFocus(id: string): void;
  onHover(label: string | undefined): void;
}

const FIGURE_TITLE: Record<View, string> = { front: 'Front', back: 'Back' };

/**
 * One view of the body (front or back): outline, dermatome regions and their pain layer, with paresthesia or relief
 * over it. Relief: a green shade on relieved pain (stronger = more relief; the pain hatching fades), a red tint on pain
 * the program does not touch.
 */
export function BodyFigure(props: FigureProps) {
  const { view, regions, x, pain, felt, relief, layer, editing, hatchId, tabStopId } = props;
  const { onToggle, onHover, onRegionKey, onRegionFocus } = props;
  // Front: the patient faces us, so their right is on our left. Back: we see them from behind.
  const [leftLetter, rightLetter] = view === 'front' ? ['R', 'L'] : ['L', 'R'];
  return (
    <g transform={`translate(${x} 0)`} className={`bodymap__figure bodymap__figure--${view}`}>
      <text x={100} y={12} className="bodymap__view-title" textAnchor="middle">
        {FIGURE_TITLE[view]}
      </text>
      <text x={40} y={60} className="bodymap__side-letter" textAnchor="middle" aria-hidden="true">
        {leftLetter}
      </text>
      <text x={160} y={60} className="bodymap__side-letter" textAnchor="middle" aria-hidden="true">
        {rightLetter}
      </text>
      <g transform="translate(0 16)">
        <ellipse cx={HEAD.cx} cy={HEAD.cy} rx={HEAD.rx} ry={HEAD.ry} className="bodymap__skin" />
        <path d={BODY_PATH} className="bodymap__skin" />
        {view === 'front' && <circle cx={100} cy={174} r={1.6} className="bodymap__navel" aria-hidden="true" />}
        {regions.map((region) => {
          const key = placeKey(region.dermatome, region.side);
          const id = regionId(region);
          const isPain = pain.has(key);
          const feltHere = felt.get(key);
          const placeRelief = isPain ? relief.get(key) : undefined;
          const label = regionLabel(region.dermatome, region.side, view, isPain, feltHere, placeRelief);
          // In the relief layer the paresthesia is not drawn (its text stays in the label).
          const sensation = layer === 'paresthesia' ? feltHere : undefined;
          const relieved = layer === 'relief' && placeRelief !== undefined && placeRelief.reliefPct >= NO_RELIEF_PCT;
          const unrelieved = layer === 'relief' && isPain && placeRelief !== undefined && !relieved;
          const toggle = () => onToggle(region.dermatome, region.side);
          const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
            if (event.key !== 'Enter' && event.key !== ' ') return onRegionKey(id, event);
            event.preventDefault();
            toggle();
          };
          const classes = [
            'bodymap__region',
            isPain && 'bodymap__region--pain',
            sensation && 'bodymap__region--felt',
            sensation && sensation.root > 0 && 'bodymap__region--root',
            relieved && 'bodymap__region--relieved',
            unrelieved && 'bodymap__region--unrelieved',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <g
              key={key}
              className={classes}
              role={editing ? 'button' : 'img'}
              aria-label={label}
              aria-pressed={editing ? isPain : undefined}
              tabIndex={editing ? (id === tabStopId ? 0 : -1) : undefined}
              data-region={id}
              data-pain={isPain}
              data-intensity={feltHere ? feltHere.intensity.toFixed(2) : '0'}
              data-relief={placeRelief ? placeRelief.reliefPct.toFixed(1) : undefined}
              onClick={editing ? toggle : undefined}
              onKeyDown={editing ? onKeyDown : undefined}
              onPointerEnter={() => onHover(label)}
              onPointerLeave={() => onHover(undefined)}
              onFocus={() => {
                onHover(label);
                onRegionFocus(id);
              }}
              onBlur={() => onHover(undefined)}
            >
              {region.pieces.map((points, i) => (
                <g key={i}>
                  <polygon points={points} className="bodymap__base" />
                  {sensation && (
                    <polygon points={points} className="bodymap__felt" fillOpacity={fillOpacity(sensation.intensity)} />
                  )}
                  {relieved && (
                    <polygon
                      points={points}
                      className="bodymap__relief"
                      fillOpacity={reliefOpacity(placeRelief.reliefPct)}
                    />
                  )}
                  {unrelieved && <polygon points={points} className="bodymap__unrelieved" />}
                  {isPain && (
                    <polygon
                      points={points}
                      className={`bodymap__pain${relieved ? ' bodymap__pain--relieved' : ''}`}
                      fill={`url(#${hatchId})`}
                    />
                  )}
                  {sensation && sensation.root > 0 && <polygon points={points} className="bodymap__root" />}
                </g>
              ))}
            </g>
          );
        })}
        <ellipse cx={HEAD.cx} cy={HEAD.cy} rx={HEAD.rx} ry={HEAD.ry} className="bodymap__outline" />
        <path d={BODY_PATH} className="bodymap__outline" />
      </g>
    </g>
  );
}
