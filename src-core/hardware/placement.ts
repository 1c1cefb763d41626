import type { SpinePoint } from '../anatomy/spine-frame';
import type { LevelPosition } from '../anatomy/vertebral-column';
import { axialMmOf } from '../anatomy/vertebral-column';
import type { Millimetres, SquareMillimetres } from '../units';
import { mm, mm2 } from '../units';
import type { ContactShape, LeadModel } from './types';

/**
 * Where a lead lies in the dorsal epidural space, in the spine frame (anatomy/spine-frame.ts).
 * Percutaneous and paddle leads run along the canal with their tip rostral (antegrade placement).
 */
export interface LeadPlacement {
  /** The distal tip, as clinicians state it: { level: 'T8', offsetMm: 6 } = 6 mm below the T8 upper endplate. */
  readonly tip: LevelPosition;
  /** Lead axis offset from the vertebral midline (mm, + to the patient's left). */
  readonly lateralMm: Millimetres;
  /** Gap between the dura and the lead's ventral surface (mm); 0 = lying on the dura. */
  readonly depthMm: Millimetres;
  /** Rotation of a paddle about the dorso-ventral axis (degrees, + turns the tip to the patient's left); 0 for a percutaneous lead. */
  readonly rotationDeg: number;
}

/** A contact placed in the body: where it is, what it is, and how devices number it. */
export interface PlacedContact {
  /** Device numbering across all leads: lead 1's contacts first, then lead 2's, … (0-based). */
  readonly number: number;
  readonly leadIndex: number;
  /** Index within its lead (0 = the first contact the lead model lists, nearest the tip for percutaneous leads). */
  readonly indexOnLead: number;
  readonly centre: SpinePoint;
  readonly shape: ContactShape;
  /** Conducting surface area (mm²): the whole ring, or one face of a paddle contact. */
  readonly areaMm2: SquareMillimetres;
  /** Paddle contacts face the cord; their back is insulated. Ring contacts conduct all round. */
  readonly facesVentrallyOnly: boolean;
}

/**
 * Conducting area of a contact (mm²): π·d·L for a ring, L·W for one paddle face.
 * @example contactAreaMm2({ kind: 'ring', lengthMm: mm(3), diameterMm: mm(1.3) }); // 12.25
 */
export function contactAreaMm2(shape: ContactShape): SquareMillimetres {
  return shape.kind === 'ring' ? mm2(Math.PI * shape.diameterMm * shape.lengthMm) : mm2(shape.lengthMm * shape.widthMm);
}

/**
 * Places every contact of a lead. `firstNumber` is the device number of its first contact.
 *
 * @example
 * placeLead(catalogue.leads.get('perc-8-3x4')!, { tip: { level: 'T8', offsetMm: mm(0) }, lateralMm: mm(0), depthMm: mm(0), rotationDeg: 0 }, 0, 0);
 */
export function placeLead(
  model: LeadModel,
  placement: LeadPlacement,
  leadIndex: number,
  firstNumber: number,
): PlacedContact[] {
  const tipAxial = axialMmOf(placement.tip);
  const angle = (placement.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // The lead's axis lies at half its thickness above the dura plus any gap; paddle contacts sit on its ventral face.
  const axisDorsal = placement.depthMm + model.thicknessMm / 2;
  const contactDorsal = model.kind === 'paddle' ? placement.depthMm : axisDorsal;
  return model.contacts.map((spec, indexOnLead) => {
    // Lead frame: along = caudal distance from the tip, across = to the left. Rotating about the tip by +θ
    // swings the body to the patient's right, so the tip points to the left of the lead's course.
    const axial = tipAxial + spec.fromTipMm * cos + spec.acrossMm * sin;
    const lateral = placement.lateralMm - spec.fromTipMm * sin + spec.acrossMm * cos;
    return {
      number: firstNumber + indexOnLead,
      leadIndex,
      indexOnLead,
      centre: { axialMm: mm(axial), lateralMm: mm(lateral), dorsalMm: mm(contactDorsal) },
      shape: spec.shape,
      areaMm2: contactAreaMm2(spec.shape),
      facesVentrallyOnly: model.kind === 'paddle',
    };
  });
}
