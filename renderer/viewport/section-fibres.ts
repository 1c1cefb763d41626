import type { ActivationView, FibreGeometry } from '../physiology/protocol';
import { dermatomeColour, srgbToLinear } from './field-colours';
import { sceneX, sceneY } from './scene-frame';

/** A fibre counts as crossing the cut when one of its nodes lies this close to it (mm): half a long internode. */
export const CUT_TOLERANCE_MM = 1;

/** The fibres that cross an axial cut, as points in the cut plane, lowest threshold first. */
export interface SectionPoints {
  /** Scene xyz per point (in the cut plane, lifted `liftMm` toward the head so the clipped scene does not hide it). */
  readonly positions: Float32Array;
  /** Linear RGB per point: the fibre's dermatome colour. */
  readonly colours: Float32Array;
  /** Threshold (mA) of each point, ascending (Infinity for fibres this area cannot excite); Float64 as the worker's. */
  readonly sortedThresholdsMa: Float64Array;
}

/**
 * Where each fibre crosses the axial plane at `cutAxialMm` — a dorsal-column fibre at its (lateral, depth), a curved
 * root where one of its nodes is nearest the cut — ordered by threshold so "recruited at A" is a prefix.
 * @example sectionPointsFor(fibres, activation.thresholdsMa, 145).positions.length / 3; // fibres in the cut
 */
export function sectionPointsFor(
  fibres: FibreGeometry,
  thresholdsMa: ActivationView['thresholdsMa'],
  cutAxialMm: number,
  liftMm = 0.05,
): SectionPoints {
  const crossing: { fibre: number; node: number }[] = [];
  for (let f = 0; f < fibres.count; f++) {
    let best = -1;
    let bestGap = Number.POSITIVE_INFINITY;
    for (let n = 0; n < fibres.nodesPerFibre; n++) {
      const gap = Math.abs(fibres.axialMm[f * fibres.nodesPerFibre + n]! - cutAxialMm);
      if (gap < bestGap) [best, bestGap] = [n, gap];
    }
    if (bestGap <= CUT_TOLERANCE_MM) crossing.push({ fibre: f, node: f * fibres.nodesPerFibre + best });
  }
  crossing.sort((a, b) => thresholdsMa[a.fibre]! - thresholdsMa[b.fibre]! || a.fibre - b.fibre);
  const positions = new Float32Array(crossing.length * 3);
  const colours = new Float32Array(crossing.length * 3);
  const y = sceneY(cutAxialMm) + liftMm;
  crossing.forEach(({ fibre, node }, i) => {
    positions.set([sceneX(fibres.lateralMm[node]!), y, fibres.dorsalMm[node]!], 3 * i);
    colours.set(dermatomeColour(fibres.dermatomeIndex[fibre]!).map(srgbToLinear), 3 * i);
  });
  return { positions, colours, sortedThresholdsMa: Float64Array.from(crossing, (c) => thresholdsMa[c.fibre]!) };
}
