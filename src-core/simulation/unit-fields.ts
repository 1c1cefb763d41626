import { canalSectionAt } from '../anatomy/canal';
import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import {
  buildUnitSourceField,
  contactFieldsInto,
  layerStackFor,
  unitSourceFieldKey,
  type ContactGeometry,
  type UnitSourceField,
} from '../field';
import type { FibrePopulation } from '../fibres/population';
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
export function computeUnitFields(
  implant: ResolvedImplant,
  population: FibrePopulation,
  patient: PatientAnatomy,
  posture: Posture,
): UnitFields {
  const nodeCount = population.count * population.nodesPerFibre;
  return unitFieldsAtPoints(implant, patient, posture, {
    lateralMm: population.nodeLateralMm,
    axialMm: population.nodeAxialMm,
    dorsalMm: population.nodeDorsalMm,
    count: nodeCount,
  });
}

/** Points in the spine frame as parallel arrays (mm). */
export interface SpinePoints {
  readonly lateralMm: Float64Array;
  readonly axialMm: Float64Array;
  readonly dorsalMm: Float64Array;
  readonly count: number;
}

/** The canal section the field model uses for an implant: the one at the middle of its contacts. */
export function fieldSectionFor(implant: ResolvedImplant, patient: PatientAnatomy, posture: Posture) {
  const axial = implant.contacts.map((c) => c.centre.axialMm as number);
  const centre = (Math.min(...axial) + Math.max(...axial)) / 2;
  return canalSectionAt(mm(centre), posture, patient);
}

/**
 * Potential (mV per mA) of every contact at arbitrary points, contact-major — the same model and cached tables as
 * the fibre nodes use, so a picture of the field (activation-surface.ts) agrees with the physiology.
 */
export function unitFieldsAtPoints(
  implant: ResolvedImplant,
  patient: PatientAnatomy,
  posture: Posture,
  points: SpinePoints,
): UnitFields {
  const section = fieldSectionFor(implant, patient, posture);
  const anatomy = { dcsfMm: section.dcsfMm, duraThicknessMm: section.duraThicknessMm };
  const percutaneous = layerStackFor(anatomy);
  const geometry: ContactGeometry[] = implant.contacts.map((c) => ({
    centre: c.centre,
    shape: c.shape,
    rotationDeg: implant.leads[c.leadIndex]?.placement.rotationDeg ?? 0,
  }));
  const stackOf = (contact: ContactGeometry) => {
    const placed = implant.contacts[geometry.indexOf(contact)];
    return placed?.facesVentrallyOnly
      ? layerStackFor(anatomy, { insulatingPlaneMm: Math.max(0, placed.centre.dorsalMm) })
      : percutaneous;
  };
  const nodeCount = points.count;
  const mv = new Float64Array(geometry.length * nodeCount);
  contactFieldsInto(
    mv,
    (contact) => cachedTable(stackOf(contact), contact.centre.dorsalMm),
    geometry,
    points.lateralMm,
    points.axialMm,
    points.dorsalMm,
    nodeCount,
  );
  return { contactCount: geometry.length, nodeCount, mv };
}
