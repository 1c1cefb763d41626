import { canalSectionAt, type CanalSection } from '../anatomy/canal';
import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import {
  buildUnitSourceField,
  contactFieldsInto,
  layerStackFor,
  unitSourceFieldKey,
  type ContactGeometry,
  type UnitSourceField,
} from '../field';
import {
  buildSectionField,
  crossSectionFromDimensions,
  sectionFieldKey,
  sectionPotentialsInto,
  type CanalCrossSection,
  type SectionContact,
  type SectionField,
  type SectionSource,
} from '../field/section';
import type { FibrePopulation } from '../fibres/population';
import type { ResolvedImplant } from '../hardware/implant';
import type { PlacedContact } from '../hardware/placement';
import { mm } from '../units';
import { boundedCache } from './bounded-cache';

/** Potential (mV per mA, the contact as a positive source) of every contact at every fibre node, contact-major. */
export interface UnitFields {
  readonly contactCount: number;
  readonly nodeCount: number;
  readonly mv: Float64Array;
}

/** Points in the spine frame as parallel arrays (mm). */
export interface SpinePoints {
  readonly lateralMm: Float64Array;
  readonly axialMm: Float64Array;
  readonly dorsalMm: Float64Array;
  readonly count: number;
}

/** Reports the fraction (0–1) of the field stage done: a lead move takes long enough to show it. */
export type FieldProgress = (fraction: number) => void;

/** Planar tables by (layer stack, source height), for paddles (their insulating back is a plane). */
const planarTable = boundedCache<UnitSourceField>(32);
/** Cross-section fields by (section, lead position): every contact of a percutaneous lead shares one. */
const sectionTable = boundedCache<SectionField>(8);

/** The canal section the field model uses for an implant: the one at the middle of its contacts. */
export function fieldSectionFor(implant: ResolvedImplant, patient: PatientAnatomy, posture: Posture): CanalSection {
  const axial = implant.contacts.map((c) => c.centre.axialMm as number);
  const centre = (Math.min(...axial) + Math.max(...axial)) / 2;
  return canalSectionAt(mm(centre), posture, patient);
}

/** The curved cross-section (cord, CSF gutters, dura, fat, bone) of a canal section. */
export function crossSectionOf(section: CanalSection): CanalCrossSection {
  return crossSectionFromDimensions({
    dcsfMm: section.dcsfMm,
    duraThicknessMm: section.duraThicknessMm,
    cordWidthMm: section.cordTransverseMm,
    cordDepthMm: section.cordApMm,
    cordLateralOffsetMm: section.cordLateralOffsetMm,
    sacHalfWidthMm: section.sacHalfWidthMm,
    sacDepthMm: section.sacDepthMm,
  });
}

/** A group's contact: its index in the implant and its place along the lead (for the shared field). */
interface SectionMember {
  readonly index: number;
  readonly contact: SectionContact;
}

/** Contacts that share one cross-section field: same place in the section (a straight percutaneous lead). */
function sectionGroups(
  contacts: readonly PlacedContact[],
): Map<string, { source: SectionSource; members: SectionMember[] }> {
  const groups = new Map<string, { source: SectionSource; members: SectionMember[] }>();
  contacts.forEach((contact, i) => {
    if (contact.facesVentrallyOnly || contact.shape.kind !== 'ring') return;
    const lateral = Math.round(contact.centre.lateralMm * 1e6) / 1e6;
    const dorsal = Math.round(contact.centre.dorsalMm * 1e6) / 1e6;
    const key = `${lateral}|${dorsal}`;
    const group = groups.get(key) ?? {
      source: { sourceLateralMm: lateral, sourceDorsalMm: dorsal, contactLengthsMm: [] as number[] },
      members: [],
    };
    (group.source.contactLengthsMm as number[]).push(contact.shape.lengthMm);
    group.members.push({
      index: i,
      contact: {
        axialMm: contact.centre.axialMm,
        lengthMm: contact.shape.lengthMm,
        radiusMm: contact.shape.diameterMm / 2,
      },
    });
    groups.set(key, group);
  });
  return groups;
}

/**
 * The field of each contact at each node: the expensive, program-independent stage (it changes when a lead moves or
 * the posture changes). Ring contacts see the curved cross-section at the middle of the contacts (cord, lateral CSF,
 * dura, fat, bone; field/section); paddle contacts the planar layered canal with an insulating plane at their face.
 */
export function computeUnitFields(
  implant: ResolvedImplant,
  population: FibrePopulation,
  patient: PatientAnatomy,
  posture: Posture,
  onProgress: FieldProgress = () => undefined,
): UnitFields {
  return unitFieldsAtPoints(
    implant,
    patient,
    posture,
    {
      lateralMm: population.nodeLateralMm,
      axialMm: population.nodeAxialMm,
      dorsalMm: population.nodeDorsalMm,
      count: population.count * population.nodesPerFibre,
    },
    onProgress,
  );
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
  onProgress: FieldProgress = () => undefined,
): UnitFields {
  const section = fieldSectionFor(implant, patient, posture);
  const nodeCount = points.count;
  const contacts = implant.contacts;
  const mv = new Float64Array(contacts.length * nodeCount);
  const groups = [...sectionGroups(contacts).values()];
  const geometry = groups.length > 0 ? crossSectionOf(section) : undefined;
  groups.forEach((group, g) => {
    const field = sectionTable(sectionFieldKey(geometry!, group.source), () =>
      buildSectionField(geometry!, group.source, {
        onProgress: (fraction) => onProgress((g + fraction) / (groups.length + 1)),
      }),
    );
    // All contacts of the group at once: they share each point's cross-section stencil.
    sectionPotentialsInto(
      group.members.map(({ index }) => mv.subarray(index * nodeCount, (index + 1) * nodeCount)),
      field,
      group.members.map(({ contact }) => contact),
      points.lateralMm,
      points.axialMm,
      points.dorsalMm,
      nodeCount,
    );
  });
  const paddles = contacts.map((c, i) => ({ c, i })).filter(({ c }) => c.facesVentrallyOnly);
  if (paddles.length > 0) {
    const anatomy = { dcsfMm: section.dcsfMm, duraThicknessMm: section.duraThicknessMm };
    const geometryOf = (c: PlacedContact): ContactGeometry => ({
      centre: c.centre,
      shape: c.shape,
      rotationDeg: implant.leads[c.leadIndex]?.placement.rotationDeg ?? 0,
    });
    const tables = new Map<ContactGeometry, UnitSourceField>();
    const paddleGeometry = paddles.map(({ c }) => {
      const contactGeometry = geometryOf(c);
      const stack = layerStackFor(anatomy, { insulatingPlaneMm: Math.max(0, c.centre.dorsalMm) });
      tables.set(
        contactGeometry,
        planarTable(unitSourceFieldKey(stack, c.centre.dorsalMm), () => buildUnitSourceField(stack, c.centre.dorsalMm)),
      );
      return contactGeometry;
    });
    const out = new Float64Array(paddles.length * nodeCount);
    contactFieldsInto(
      out,
      (contact) => tables.get(contact)!,
      paddleGeometry,
      points.lateralMm,
      points.axialMm,
      points.dorsalMm,
      nodeCount,
    );
    paddles.forEach(({ i }, k) => mv.set(out.subarray(k * nodeCount, (k + 1) * nodeCount), i * nodeCount));
  }
  onProgress(1);
  return { contactCount: contacts.length, nodeCount, mv };
}
