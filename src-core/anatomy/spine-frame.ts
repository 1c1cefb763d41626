import type { Millimetres } from '../units';

/**
 * A point in the **spine frame**, the one coordinate frame of the simulator (see docs/physics.md §Frame).
 * The canal is straightened (no kyphosis or lordosis):
 * - `axialMm`: along the canal, measured **caudally** from the upper endplate of C1 (so T8 lies at ≈ 190 mm);
 * - `lateralMm`: from the vertebral (radiological) midline, **positive to the patient's left**;
 * - `dorsalMm`: from the outer surface of the dorsal dura at the midline, **positive towards the back**
 *   (a lead lying on the dura has its axis at +radius; the cord's dorsal surface is at −(dura + dCSF)).
 */
export interface SpinePoint {
  readonly axialMm: Millimetres;
  readonly lateralMm: Millimetres;
  readonly dorsalMm: Millimetres;
}
