/**
 * Conductivities (S/m) of the cross-section's tissues: Set A of the planar model plus vertebral bone.
 * Diagonal tensors in the spine frame's axes; only white matter is anisotropic (fibres along the cord).
 */
import { conductivitiesWith } from '../conductivities';
import type { TissueConductivities } from '../conductivities';
import type { ConductivityTensor } from '../layer-stack';
import type { SectionTissue } from './geometry';

/** Set A plus the bone outside the canal (S/m). */
export interface SectionConductivities extends TissueConductivities {
  readonly bone: number;
}

/** Vertebral bone (S/m). */
export const BONE_CONDUCTIVITY_S_PER_M = 0.02; // Struijk 1993 / Capogrosso 2013 Table 1 (Twente set)

/**
 * Merges overrides into Set A + bone, checking every value is positive and finite.
 *
 * @example
 * sectionConductivitiesWith({ bone: 0.3 }).bone; // 0.3
 */
export function sectionConductivitiesWith(overrides: Partial<SectionConductivities> = {}): SectionConductivities {
  const { bone = BONE_CONDUCTIVITY_S_PER_M, ...rest } = overrides;
  if (!(Number.isFinite(bone) && bone > 0)) throw new RangeError(`conductivity of bone must be > 0 S/m, got ${bone}`);
  return { ...conductivitiesWith(rest), bone };
}

/** The diagonal tensor of one tissue (S/m). */
export function tensorOf(sigma: SectionConductivities, tissue: SectionTissue): ConductivityTensor {
  if (tissue === 'whiteMatter')
    return {
      lateralSPerM: sigma.whiteMatterTransverse,
      axialSPerM: sigma.whiteMatterAxial,
      dorsoVentralSPerM: sigma.whiteMatterTransverse,
    };
  const s = sigma[tissue];
  return { lateralSPerM: s, axialSPerM: s, dorsoVentralSPerM: s };
}
