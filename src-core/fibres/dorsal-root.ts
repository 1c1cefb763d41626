import type { CanalSection } from '../anatomy/canal';
import { CORD_SEGMENTS, rootExitMm, segmentSpan, type CordSegment } from '../anatomy/cord-segments';
import type { Dermatome } from '../anatomy/dermatomes';
import type { PatientAnatomy } from '../anatomy/patient-anatomy';
import { mrgGeometry } from '../axon';
import { um } from '../units';
import { DR_DIAMETER_LOG_SIGMA, DR_DIAMETER_MEDIAN_UM, sampleWeightedDiameterUm } from './diameters';
import { cordTopDorsalMm, dorsalColumnHalfWidthMm, surfaceDropMm } from './cord-surface';
import { laminationShare } from './dorsal-column';
import type { PopulationBuilder } from './population';
import { stratifiedUniforms } from './random';

type Point = readonly [axial: number, lateral: number, dorsal: number];

/** Rootlets sampled per root and side, spread over the segment's entry zone (10–12 mm per segment, Chang 2012) [V]. */
const ROOTLETS_PER_ROOT = 8;
/**
 * Large (simulated-range) Aβ fibres in a limb-enlargement dorsal root [U]: a root carries thousands of fibres, a few
 * hundred large ones. Other roots scale with their segment's share of the dorsal column (laminationShare): the
 * column's fibres of a segment are its root's ascending branches, so both follow the root's size.
 */
const LARGE_FIBRES_PER_LIMB_ROOT = 300;
const LIMB_SHARE = laminationShare('L4');
/** How far a rootlet rises dorsally out of the dorsolateral sulcus before turning caudally (mm) [U]. */
const ROOTLET_RISE_MM = 0;

function bezier(p0: Point, p1: Point, p2: Point, t: number): Point {
  const a = (1 - t) * (1 - t);
  const b = 2 * (1 - t) * t;
  const c = t * t;
  return [a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1], a * p0[2] + b * p1[2] + c * p2[2]];
}

const distance = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);

/**
 * A dorsal root's course (Struijk 1993: DR fibres curve into the cord, which lowers their thresholds): from the
 * dorsal horn through the dorsal root entry zone, a short dorsolateral rise out of the sulcus, then a curve running
 * caudally and laterally through the CSF to the root's foramen. Returned as a dense polyline (what the 3D view draws).
 */
export function rootletPath(entryAxialMm: number, side: 1 | -1, exitAxialMm: number, section: CanalSection): Point[] {
  const { entry, inside } = entryZone(entryAxialMm, side, section);
  const points: Point[] = [];
  for (let i = 0; i <= 20; i++) points.push(bezier(inside, entry, entry, i / 20));
  return [...points, ...rootFrom(entry, side, exitAxialMm, section)];
}

/** Ascending branch of an entering afferent kept as part of its DR fibre (mm): longer than any fibre's node span. */
const ASCENDING_BRANCH_MM = 60;
/** Where the ascending branch runs: just medial of the entry zone, under the surface (mm) [U]. */
const BRANCH_MEDIAL_MM = 0.4;
const BRANCH_DEPTH_MM = 0.2;

/**
 * One dorsal-root fibre's course: the root (as `rootletPath`) continued inside the cord as the afferent's ascending
 * branch in the dorsal column, which it really is — an entering fibre bifurcates and ascends rather than ending at
 * the entry zone. Without the branch the cable would end in the strongest field, at the entry. The branch's own
 * nodes belong to the dorsal column (its fibres are sampled there, with the segment's dermatome): `rootStartIndex`
 * is the first path point of the root proper, where a DR fibre's own excitation may begin.
 */
export function dorsalRootFibrePath(
  entryAxialMm: number,
  side: 1 | -1,
  exitAxialMm: number,
  section: CanalSection,
): { path: Point[]; rootStartIndex: number } {
  const { entry } = entryZone(entryAxialMm, side, section);
  const offset = dorsalColumnHalfWidthMm(section) + 0.3 - BRANCH_MEDIAL_MM;
  const lateral = section.cordLateralOffsetMm + side * offset;
  const dorsal = cordTopDorsalMm(section) - surfaceDropMm(section, offset) - BRANCH_DEPTH_MM;
  const top: Point = [entryAxialMm - ASCENDING_BRANCH_MM, lateral, dorsal];
  const turn: Point = [entryAxialMm - 1.5, lateral, dorsal];
  const points: Point[] = [];
  for (let i = 0; i < 60; i++) points.push(bezier(top, top, turn, i / 60));
  const rootStartIndex = points.length; // from the turn out of the column on, the fibre is the root
  for (let i = 0; i <= 20; i++) points.push(bezier(turn, [entryAxialMm - 0.3, lateral, dorsal], entry, i / 20));
  return { path: [...points, ...rootFrom(entry, side, exitAxialMm, section)], rootStartIndex };
}

function entryZone(entryAxialMm: number, side: 1 | -1, section: CanalSection): { entry: Point; inside: Point } {
  const drez = dorsalColumnHalfWidthMm(section) + 0.3;
  const entryDorsal = cordTopDorsalMm(section) - surfaceDropMm(section, drez);
  return {
    entry: [entryAxialMm, section.cordLateralOffsetMm + side * drez, entryDorsal],
    inside: [entryAxialMm - 0.5, section.cordLateralOffsetMm + side * (drez - 0.8), entryDorsal - 1.5],
  };
}

/** From the entry zone out of the sulcus and through the CSF to the foramen (the entry point itself excluded). */
function rootFrom(entry: Point, side: 1 | -1, exitAxialMm: number, section: CanalSection): Point[] {
  const [entryAxialMm, entryLateral, entryDorsal] = entry;
  const rise: Point = [entryAxialMm + 2, entryLateral + side * 0.8, entryDorsal + ROOTLET_RISE_MM];
  const exit: Point = [
    exitAxialMm,
    section.cordLateralOffsetMm + side * (section.sacHalfWidthMm - 1),
    cordTopDorsalMm(section) - section.cordApMm / 2,
  ];
  const control: Point = [
    entryAxialMm + Math.max(6, (exitAxialMm - entryAxialMm) * 0.3),
    rise[1] + side * 0.5,
    rise[2],
  ];
  const points: Point[] = [];
  for (let i = 1; i <= 20; i++) points.push(bezier(entry, entry, rise, i / 20));
  for (let i = 1; i <= 400; i++) points.push(bezier(rise, control, exit, i / 400));
  return points;
}

/**
 * `count` nodes spaced `spacingMm` apart along a polyline, as close as the path allows to being centred on
 * `centreAxialMm` (the nearest path point from index `searchFrom` on) but never starting before the path does; with
 * each node's arc length along the path and the path's own cumulative arc lengths.
 */
export function nodesAlongPath(
  path: readonly Point[],
  spacingMm: number,
  count: number,
  centreAxialMm: number,
  phaseMm: number,
  searchFrom = 0,
): { nodes: Point[]; arcMm: number[]; pathArcMm: number[] } {
  const cumulative = [0];
  for (let i = 1; i < path.length; i++) cumulative.push(cumulative[i - 1]! + distance(path[i - 1]!, path[i]!));
  const total = cumulative[cumulative.length - 1]!;
  const span = (count - 1) * spacingMm;
  let nearest = searchFrom;
  for (let i = searchFrom + 1; i < path.length; i++)
    if (Math.abs(path[i]![0] - centreAxialMm) < Math.abs(path[nearest]![0] - centreAxialMm)) nearest = i;
  const start = Math.min(Math.max(0, cumulative[nearest]! - span / 2), Math.max(0, total - span)) + phaseMm;
  const at = (s: number): Point => {
    if (s >= total) {
      // Continue straight past the end of the path (beyond the foramen), keeping the node count fixed.
      const [p, q] = [path[path.length - 2]!, path[path.length - 1]!];
      const d = distance(p, q) || 1;
      const k = (s - total) / d;
      return [q[0] + (q[0] - p[0]) * k, q[1] + (q[1] - p[1]) * k, q[2] + (q[2] - p[2]) * k];
    }
    let i = 1;
    while (cumulative[i]! < s) i++;
    const t = (s - cumulative[i - 1]!) / (cumulative[i]! - cumulative[i - 1]! || 1);
    const [p, q] = [path[i - 1]!, path[i]!];
    return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t];
  };
  const arcMm = Array.from({ length: count }, (_, k) => start + k * spacingMm);
  return { nodes: arcMm.map(at), arcMm, pathArcMm: cumulative };
}

export interface DorsalRootOptions {
  /** Axial span where fields matter (mm): the leads' contacts with a margin. */
  readonly windowMm: readonly [number, number];
  readonly centreMm: number;
  readonly section: CanalSection;
  readonly patient: PatientAnatomy;
  readonly fibresPerRootlet: number;
  readonly next: () => number;
}

/** Segments whose dorsal roots (entry zone to foramen) pass through the span. */
export function rootsInWindow(
  windowMm: readonly [number, number],
  patient: PatientAnatomy,
): Exclude<CordSegment, 'C1'>[] {
  return CORD_SEGMENTS.filter((s): s is Exclude<CordSegment, 'C1'> => {
    if (s === 'C1') return false;
    const span = segmentSpan(s, patient);
    const top = span.startMm;
    const bottom = Math.max(span.endMm, rootExitMm(s));
    return bottom >= windowMm[0] && top <= windowMm[1];
  });
}

/** Samples dorsal-root fibres for every root crossing the span, both sides, rootlets spread over the entry zone. */
export function addDorsalRootFibres(builder: PopulationBuilder, options: DorsalRootOptions): void {
  const { windowMm, centreMm, section, patient, fibresPerRootlet, next } = options;
  for (const segment of rootsInWindow(windowMm, patient)) {
    const fibresInRoot = (LARGE_FIBRES_PER_LIMB_ROOT * laminationShare(segment)) / LIMB_SHARE;
    const weight = fibresInRoot / (ROOTLETS_PER_ROOT * fibresPerRootlet);
    const span = segmentSpan(segment, patient);
    const exit = rootExitMm(segment);
    for (const side of [1, -1] as const) {
      for (let r = 0; r < ROOTLETS_PER_ROOT; r++) {
        const entry = span.startMm + ((r + 0.5) / ROOTLETS_PER_ROOT) * (span.endMm - span.startMm);
        const { path, rootStartIndex } = dorsalRootFibrePath(entry, side, Math.max(exit, entry + 5), section);
        // Diameters and node phases both stratified: a root's threshold rests on few fibres of one path.
        const diameterDraws = stratifiedUniforms(fibresPerRootlet, next);
        const phaseDraws = stratifiedUniforms(fibresPerRootlet, next);
        for (let f = 0; f < fibresPerRootlet; f++) {
          const drawn = sampleWeightedDiameterUm(next, DR_DIAMETER_MEDIAN_UM, DR_DIAMETER_LOG_SIGMA, diameterDraws[f]);
          const diameter = drawn.diameterUm;
          const spacing = mrgGeometry(um(diameter)).internodeLengthUm / 1000;
          const { nodes, arcMm, pathArcMm } = nodesAlongPath(
            path,
            spacing,
            builder.nodesPerFibre,
            centreMm,
            phaseDraws[f]! * spacing,
            rootStartIndex,
          );
          const rootStartMm = pathArcMm[rootStartIndex]!;
          const excitable = arcMm.map((s) => s >= rootStartMm);
          builder.add(
            'dorsalRoot',
            side === 1 ? 'left' : 'right',
            segment satisfies Dermatome,
            diameter,
            weight * drawn.weightFactor,
            nodes,
            excitable,
          );
        }
      }
    }
  }
}
