import { CORD_SEGMENTS, segmentSpan, type CordSegment } from '../anatomy/cord-segments';
import type { PatientAnatomy } from '../anatomy/patient-anatomy';
import type { FibrePopulation } from '../fibres/population';

/**
 * Segments rostral of its own over which a place's afferents still reach the dorsal horn through their collaterals:
 * large afferents send collaterals into the dorsal horn over a few segments rostral of their entry (Brown 1981) [U
 * count].
 */
export const COLLATERAL_REACH_SEGMENTS = 3;

/**
 * Nodes (fibre-major, like `population.nodeExcitable`) where a fibre's field counts for the paresthesia-free dose of
 * its place: excitable nodes over the place's own cord segment or up to COLLATERAL_REACH_SEGMENTS rostral of it. A
 * dorsal-column fibre far above its entry still fires there, but no longer acts on the dorsal horn that receives its
 * pain; so a lead over T4 does not relieve low-back pain through the lumbar fibres ascending beneath it.
 * @example dorsalHornNodeMask(population, NOMINAL_ANATOMY).length === population.count * population.nodesPerFibre;
 */
export function dorsalHornNodeMask(population: FibrePopulation, patient: PatientAnatomy): Uint8Array {
  const { count, nodesPerFibre, nodeAxialMm, nodeExcitable } = population;
  const mask = new Uint8Array(count * nodesPerFibre);
  const ranges = new Map<string, { fromMm: number; toMm: number } | null>();
  const rangeOf = (dermatome: string) => {
    if (!ranges.has(dermatome)) {
      const i = CORD_SEGMENTS.indexOf(dermatome as CordSegment);
      ranges.set(
        dermatome,
        i < 0
          ? null
          : {
              // Axial position grows caudally: rostral segments start at smaller positions.
              fromMm: segmentSpan(CORD_SEGMENTS[Math.max(0, i - COLLATERAL_REACH_SEGMENTS)]!, patient).startMm,
              toMm: segmentSpan(CORD_SEGMENTS[i]!, patient).endMm,
            },
      );
    }
    return ranges.get(dermatome)!;
  };
  for (let f = 0; f < count; f++) {
    const range = rangeOf(population.dermatome[f]!);
    if (!range) continue;
    for (let k = f * nodesPerFibre; k < (f + 1) * nodesPerFibre; k++) {
      const axial = nodeAxialMm[k]!;
      mask[k] = nodeExcitable[k]! && axial >= range.fromMm && axial <= range.toMm ? 1 : 0;
    }
  }
  return mask;
}
