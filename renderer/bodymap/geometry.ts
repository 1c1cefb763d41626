import type { Dermatome, Side } from '../../src-core';

/** A point in a figure's own frame: x 0–200 with the body's midline at x = 100, y 0 (top of the head) – 430 (soles). */
export type Point = readonly [x: number, y: number];
export type Polygon = readonly Point[];
export type View = 'front' | 'back';

/** One dermatome as drawn on the viewer's left half of a figure (possibly in several pieces, e.g. forearm and thumb). */
export interface HalfRegion {
  readonly dermatome: Dermatome;
  readonly polygons: readonly Polygon[];
}

/** A dermatome on one side of one figure, ready to draw. */
export interface Region {
  readonly dermatome: Dermatome;
  readonly side: Side;
  readonly view: View;
  /** SVG `points` strings, one per piece. */
  readonly pieces: readonly string[];
}

export const MIDLINE_X = 100;
export const HEAD = { cx: 100, cy: 28, rx: 19, ry: 24 } as const;

/** The lateral edge of the trunk (viewer's left half), top to bottom: shoulder, armpit, waist, hip. */
const TRUNK_EDGE: Polygon = [
  [72, 82],
  [70, 92],
  [69, 96],
  [71, 130],
  [74, 160],
  [68, 195],
  [66, 215],
];

/** x of the trunk's lateral edge at height y (linear between the outline's points). */
export function trunkEdgeX(y: number): number {
  for (let i = 1; i < TRUNK_EDGE.length; i++) {
    const [x0, y0] = TRUNK_EDGE[i - 1]!;
    const [x1, y1] = TRUNK_EDGE[i]!;
    if (y <= y1) return y <= y0 ? x0 : x0 + ((x1 - x0) * (y - y0)) / (y1 - y0);
  }
  return TRUNK_EDGE[TRUNK_EDGE.length - 1]![0];
}

/**
 * A band of the trunk between two boundaries, each given as [y at the flank, y at the midline]: the segmental
 * stripes of the thoracic and upper lumbar dermatomes.
 */
export function trunkBand(top: readonly [number, number], bottom: readonly [number, number]): Polygon {
  const inner = TRUNK_EDGE.filter(([, y]) => y > top[0] && y < bottom[0]).reverse();
  return [
    [trunkEdgeX(top[0]), top[0]],
    [MIDLINE_X, top[1]],
    [MIDLINE_X, bottom[1]],
    [trunkEdgeX(bottom[0]), bottom[0]],
    ...inner,
  ];
}

/** Consecutive bands for `names`, whose boundaries are `edges` (one more than names). */
export function trunkBands(names: readonly Dermatome[], edges: readonly (readonly [number, number])[]): HalfRegion[] {
  return names.map((dermatome, i) => ({ dermatome, polygons: [trunkBand(edges[i]!, edges[i + 1]!)] }));
}

/** Points along the back of the head (below `fromY`), from the midline round the viewer's left to the neck. */
export function occiput(fromY: number, neckX: number): Polygon {
  const { cx, cy, rx, ry } = HEAD;
  const points: Point[] = [];
  const start = Math.asin((fromY - cy) / ry);
  const end = Math.acos((cx - neckX) / rx);
  for (let i = 0; i <= 12; i++) {
    const t = start + ((end - start) * i) / 12;
    points.push([round(cx - rx * Math.cos(t)), round(cy + ry * Math.sin(t))]);
  }
  return [[MIDLINE_X, fromY], ...points, [neckX, 57], [MIDLINE_X, 57]];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The body outline of the viewer's left half, from the side of the neck round to the crotch. */
const HALF_OUTLINE: Polygon = [
  [90, 48.4],
  [90, 64],
  [62, 72],
  [56, 82],
  [50, 110],
  [46, 150],
  [40, 185],
  [36, 215],
  [33, 228],
  [32, 243],
  [35, 254],
  [40, 260],
  [46, 259],
  [51, 249],
  [52, 230],
  [50, 215],
  [54, 185],
  [60, 150],
  [62, 120],
  [69, 96],
  [71, 130],
  [74, 160],
  [68, 195],
  [66, 215],
  [65, 226],
  [64, 240],
  [65, 258],
  [66, 270],
  [67, 285],
  [68, 300],
  [70, 305],
  [68, 340],
  [72, 370],
  [75, 395],
  [76, 400],
  [72, 412],
  [70, 420],
  [74, 424],
  [86, 425],
  [93, 423],
  [92, 410],
  [88, 400],
  [88, 395],
  [90, 370],
  [92, 340],
  [90, 318],
  [91, 300],
  [93, 282],
  [95, 260],
  [97, 250],
  [98, 236],
  [100, 232],
];

const mirrorPoint = ([x, y]: Point): Point => [2 * MIDLINE_X - x, y];

/** The SVG path of the whole body below the head (both halves), in the figure frame. */
export const BODY_PATH = (() => {
  const right = [...HALF_OUTLINE].reverse().map(mirrorPoint);
  const all = [...HALF_OUTLINE, ...right];
  return `M ${all.map(([x, y]) => `${x} ${y}`).join(' L ')} Z`;
})();

const toPoints = (polygon: Polygon) => polygon.map(([x, y]) => `${x},${y}`).join(' ');

/**
 * Both sides of a view. `halfSide` is the patient's side drawn on the viewer's left: the patient's right in the front
 * view (facing us), their left in the back view.
 */
export function mirrorRegions(view: View, half: readonly HalfRegion[], halfSide: Side): Region[] {
  const otherSide: Side = halfSide === 'left' ? 'right' : 'left';
  return [
    ...half.map((r) => ({ dermatome: r.dermatome, side: halfSide, view, pieces: r.polygons.map(toPoints) })),
    ...half.map((r) => ({
      dermatome: r.dermatome,
      side: otherSide,
      view,
      pieces: r.polygons.map((p) => toPoints(p.map(mirrorPoint))),
    })),
  ];
}
