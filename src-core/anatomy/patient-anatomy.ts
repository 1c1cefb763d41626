import type { Millimetres } from '../units';
import { mm } from '../units';
import type { LevelPosition } from './vertebral-column';

/** Body position during programming: it moves the cord inside the dural sac and so changes dCSF. */
export type Posture = 'supine' | 'prone' | 'sitting' | 'standing';
export const POSTURES: readonly Posture[] = ['supine', 'prone', 'sitting', 'standing'];

/**
 * What makes one patient's spinal canal differ from another's, as parameters of the nominal anatomy.
 * Inter-subject dCSF varies by more than a factor of 2 (Holsheimer 1994), the physiological midline differs from
 * the radiological one by up to 1.5–2 mm in ≈40 % (Holsheimer 1994), and the conus lies between mid-T12 and L3
 * (Saifuddin 1998).
 */
export interface PatientAnatomy {
  /** Multiplies the nominal dorsal CSF thickness at every level (1 = nominal). */
  readonly dcsfScale: number;
  /** The cord's midline relative to the vertebral midline (mm, + = patient's left). */
  readonly cordLateralOffsetMm: Millimetres;
  /** Where the conus medullaris (cord end) lies. */
  readonly conus: LevelPosition;
}

/** The average patient: nominal dCSF, cord on the vertebral midline, conus at the lower third of L1 (Saifuddin 1998). */
export const NOMINAL_ANATOMY: PatientAnatomy = {
  dcsfScale: 1,
  cordLateralOffsetMm: mm(0),
  conus: { level: 'L1', offsetMm: mm(18) }, // lower third of the ≈25 mm L1 body (Saifuddin 1998: mean lower third of L1)
};
