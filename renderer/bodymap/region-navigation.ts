import type { Region } from './geometry';

/**
 * Arrow-key moves between the body map's regions while editing the pain drawing: the chart is one tab stop (roving
 * tabindex) and ↑ ↓ ← → go to the nearest region that way, as the eye would, across both figures.
 */

/** A region's id (as in its `data-region`) and centre in the map's viewBox. */
export interface RegionCentre {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** The id a region carries in the DOM (`data-region`): dermatome, side and view, e.g. "L5-left-back". */
export const regionId = (region: Pick<Region, 'dermatome' | 'side' | 'view'>) =>
  `${region.dermatome}-${region.side}-${region.view}`;

/** Centre (mean of the vertices) of each region, its figure shifted by `xOffset`. */
export function regionCentres(regions: readonly Region[], xOffset: number): RegionCentre[] {
  return regions.map((region) => {
    let x = 0;
    let y = 0;
    let n = 0;
    for (const piece of region.pieces)
      for (const pair of piece.trim().split(/\s+/)) {
        const [px, py] = pair.split(',').map(Number);
        x += px ?? 0;
        y += py ?? 0;
        n++;
      }
    return { id: regionId(region), x: xOffset + x / Math.max(1, n), y: y / Math.max(1, n) };
  });
}

const DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** Sideways offset counts this many times the distance ahead: keep to the row or column the key points along. */
const SIDEWAYS_WEIGHT = 2;

/**
 * The region a key moves to from `fromId`: the nearest one in the arrow's direction (Home/End: the first/last), or
 * undefined when the key is not a move or nothing lies that way.
 * @example nextRegion(centres, 'L5-left-back', 'ArrowUp'); // "L4-left-back"
 */
export function nextRegion(centres: readonly RegionCentre[], fromId: string, key: string): string | undefined {
  if (key === 'Home') return centres[0]?.id;
  if (key === 'End') return centres.at(-1)?.id;
  const direction = DIRECTIONS[key];
  const from = centres.find((c) => c.id === fromId);
  if (!direction || !from) return undefined;
  const [dx, dy] = direction;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of centres) {
    const ahead = (c.x - from.x) * dx + (c.y - from.y) * dy;
    if (ahead <= 0.5) continue;
    const sideways = Math.abs((c.x - from.x) * dy - (c.y - from.y) * dx);
    const score = ahead + SIDEWAYS_WEIGHT * sideways;
    if (score < bestScore) [best, bestScore] = [c.id, score];
  }
  return best;
}
