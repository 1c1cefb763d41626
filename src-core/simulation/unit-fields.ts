import { canalSectionAt } from '../anatomy/canal';
import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import { buildUnitSourceField, contactFieldsInto, layerStackFor, unitSourceFieldKey, type ContactGeometry, type UnitSourceField } from '../field';
import type { FibrePopulation } from '../fibers/population';
import type { ResolvedImplant } from '../hardware/implant';
import { mm } from '../units';

/** Potential (mV per mA, the contact as a positive source) of every contact at every fibre node, contact-major. */
export interface UnitFields {
  readonly contactCount: number;
  readonly nodeCount: number;
  readonly mv: Float64Array;
}

/** Unit-source tables by (layer stack, source height): every contact of a percutaneous lead shares one. */
const tableCache = new Map<string, UnitSourceField>();
const TABLE_CACHE_LIMIT = 32;

function cachedTable(stack: ReturnType<typeof layerStackFor>, heightMm: number): UnitSourceField {
  const key = unitSourceFieldKey(stack, heightMm);
  let table = tableCache.get(key);
  if (!table) {
    if (tableCache.size >= TABLE_CACHE_LIMIT) tableCache.delete(tableCache.keys().next().value!);
    table = buildUnitSourceField(stack, heightMm);
    tableCache.set(key, table);
  }
  return table;
}

/**
 * The field of each contact at each node, in the layered canal at the middle of the contacts: the expensive,
 * program-independent stage (it changes when a lead moves or the posture changes). Paddle contacts see an
 * insulating plane at the paddle face.
 */
export function computeUnitFields(implant: ResolvedImplant, population: FibrePopulation, patient: PatientAnatomy, posture: Posture): UnitFields {
  const axial = implant.contacts.map((c) => c.centre.axialMm as number);
  const centre = (Math.min(...axial) + Math.max(...axial)) / 2;
  const section = canalSectionAt(mm(centre), posture, patient);
  const anatomy = { dcsfMm: section.dcsfMm, duraThicknessMm: section.duraThicknessMm };
  const percutaneous = layerStackFor(anatomy);
  const geometry: ContactGeometry[] = implant.contacts.map((c) => ({
    centre: c.centre,
    shape: c.shape,
    rotationDeg: implant.leads[c.leadIndex]?.placement.rotationDeg ?? 0,
  }));
  const stackOf = (contact: ContactGeometry) => {
    const placed = implant.contacts[geometry.indexOf(contact)];
    return placed?.facesVentrallyOnly ? layerStackFor(anatomy, { insulatingPlaneMm: Math.max(0, placed.centre.dorsalMm) }) : percutaneous;
  };
  const nodeCount = population.count * population.nodesPerFibre;
  const mv = new Float64Array(geometry.length * nodeCount);
  contactFieldsInto(mv, (contact) => cachedTable(stackOf(contact), contact.centre.dorsalMm), geometry, population.nodeLateralMm, population.nodeAxialMm, population.nodeDorsalMm, nodeCount);
  return { contactCount: geometry.length, nodeCount, mv };
}
