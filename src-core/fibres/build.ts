import { canalSectionAt } from '../anatomy/canal';
import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../hardware/implant';
import { addDorsalColumnFibres } from './dorsal-column';
import { addDorsalRootFibres } from './dorsal-root';
import { PopulationBuilder, type FibrePopulation } from './population';
import { seededRandom } from './random';
import { mm } from '../units';

/** How many fibres to sample; more is smoother and slower. */
export interface PopulationSize {
  readonly dorsalColumnFibresPerSide: number;
  readonly dorsalRootFibresPerRootlet: number;
  readonly nodesPerFibre: number;
}

/** The default population: ≈1200 dorsal-column and a few hundred dorsal-root fibres, 31 nodes each. */
export const DEFAULT_POPULATION_SIZE: PopulationSize = {
  dorsalColumnFibresPerSide: 2400,
  dorsalRootFibresPerRootlet: 10,
  nodesPerFibre: 31,
};

/** Beyond this distance from the nearest contact (mm) fibres are not sampled: the field has fallen off. */
export const POPULATION_MARGIN_MM = 30;

/**
 * The fibres that can matter for an implant: dorsal-column fibres centred on the middle of the contacts, and the
 * dorsal roots crossing the contacts' span ± a margin, in the canal section at the middle of the contacts.
 * Deterministic for a seed. Depends on anatomy, posture and lead positions — not on the program.
 */
/** The contacts' axial span (mm): everything the population reads from where the leads lie. */
export function contactsAxialSpanMm(implant: ResolvedImplant): { readonly top: number; readonly bottom: number } {
  const axial = implant.contacts.map((c) => c.centre.axialMm as number);
  return { top: Math.min(...axial), bottom: Math.max(...axial) };
}

export function buildFibrePopulation(
  implant: ResolvedImplant,
  patient: PatientAnatomy,
  posture: Posture,
  seed: number,
  size: PopulationSize = DEFAULT_POPULATION_SIZE,
): FibrePopulation {
  const { top, bottom } = contactsAxialSpanMm(implant);
  const centreMm = (top + bottom) / 2;
  const section = canalSectionAt(mm(centreMm), posture, patient);
  const next = seededRandom(seed);
  const builder = new PopulationBuilder(size.nodesPerFibre);
  addDorsalColumnFibres(builder, { centreMm, section, patient, fibresPerSide: size.dorsalColumnFibresPerSide, next });
  addDorsalRootFibres(builder, {
    windowMm: [top - POPULATION_MARGIN_MM, bottom + POPULATION_MARGIN_MM],
    centreMm,
    section,
    patient,
    fibresPerRootlet: size.dorsalRootFibresPerRootlet,
    next,
  });
  return builder.build();
}
