import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import {
  buildFibrePopulation,
  contactsAxialSpanMm,
  DEFAULT_POPULATION_SIZE,
  type PopulationSize,
} from '../fibres/build';
import type { FibrePopulation } from '../fibres/population';
import type { ResolvedImplant } from '../hardware/implant';
import { boundedCache } from './bounded-cache';

/**
 * What `buildFibrePopulation` reads (fibres/build.ts): the contacts' axial span (`contactsAxialSpanMm`: where fibres are sampled
 * and the canal section at its middle), the anatomy, posture, seed and size — not where the leads lie across the cord, how deep or how
 * rotated. A lead moved sideways, deeper or rotated keeps its population.
 * @example populationWindowKeyOf(implant, NOMINAL_ANATOMY, 'supine', 1, DEFAULT_POPULATION_SIZE);
 */
export function populationWindowKeyOf(
  implant: ResolvedImplant,
  patient: PatientAnatomy,
  posture: Posture,
  seed: number,
  size: PopulationSize,
): string {
  const { top, bottom } = contactsAxialSpanMm(implant);
  return JSON.stringify([top, bottom, patient, posture, seed, size]);
}

/** Populations by axial span; each is ≈4 MB for the default size, and a lead is dragged back and forth. */
const populations = boundedCache<FibrePopulation>(4);

/**
 * The fibre population of an implant, built once per axial span (`populationWindowKeyOf`) and shared. The object is new
 * on every call (its arrays are the cached ones, never written after building): callers key what depends on the
 * implant itself — the activation grid, a population sent to the 3D view — on a new population object.
 * @example const population = cachedFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 1);
 */
export function cachedFibrePopulation(
  implant: ResolvedImplant,
  patient: PatientAnatomy,
  posture: Posture,
  seed: number,
  size: PopulationSize = DEFAULT_POPULATION_SIZE,
): FibrePopulation {
  const key = populationWindowKeyOf(implant, patient, posture, seed, size);
  return { ...populations(key, () => buildFibrePopulation(implant, patient, posture, seed, size)) };
}
