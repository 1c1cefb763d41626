import type { SiemensPerMetre, SquareMillimetres } from '../units';
import { mm2, sPerM } from '../units';

/**
 * The homogeneous medium in which contact access resistances are computed. A chronic lead lies in a thin fibrous
 * capsule inside the epidural space; the spreading resistance of a contact is set mostly by the tissue within about
 * one contact size of its surface, which is capsule and fat on the dorsal side and dura/CSF on the ventral side.
 * The model takes the capsule value for the whole medium — between epidural fat (0.04 S/m) and CSF (1.7 S/m).
 *
 * @example
 * 1 / ENCAPSULATION_CONDUCTIVITY_S_PER_M; // ≈ 9.09 Ω·m
 */
export const ENCAPSULATION_CONDUCTIVITY_S_PER_M: SiemensPerMetre = sPerM(0.11); // encapsulation tissue around the lead (Lempka et al. 2015) [R]

/**
 * Conductivity around the IPG case in its subcutaneous pocket: bulk soft tissue, since the case (radius ≈ 18 mm)
 * is much larger than its capsule. A pocket in fat (0.04 S/m) would raise the case resistance to ≈ 0.1 kΩ.
 *
 * @example
 * POCKET_CONDUCTIVITY_S_PER_M; // 0.25
 */
export const POCKET_CONDUCTIVITY_S_PER_M: SiemensPerMetre = sPerM(0.25); // soft tissue/muscle, isotropic (Lempka et al. 2015) [R]

/**
 * Conducting area of the IPG case: both faces of a can of about 50 × 40 mm, typical [U] (no maker's figure).
 *
 * @example
 * Math.sqrt(CASE_CONDUCTING_AREA_MM2 / (4 * Math.PI)); // equal-area sphere radius ≈ 17.8 mm
 */
export const CASE_CONDUCTING_AREA_MM2: SquareMillimetres = mm2(4000); // 2 faces × ≈50 × 40 mm, typical IPG can [U]

/**
 * Ω·m → Ω·mm.
 * @example 9.09 * OHM_MM_PER_OHM_M; // 9090 Ω·mm
 */
export const OHM_MM_PER_OHM_M = 1000;

/**
 * Resistivity (Ω·mm) of a medium of conductivity σ (S/m), the unit the geometric formulas here use with mm lengths.
 *
 * @example
 * resistivityOhmMm(sPerM(0.1)); // 10000
 */
export function resistivityOhmMm(conductivity: SiemensPerMetre): number {
  return OHM_MM_PER_OHM_M / conductivity;
}
