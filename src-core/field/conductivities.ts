/**
 * Tissue conductivities (S/m) and layer thicknesses (mm) of the planar spinal volume conductor.
 * Defaults are the Twente lineage (Struijk et al. 1993, IEEE TBME 40:632; Holsheimer 1998, Spinal Cord 36:531), as
 * tabulated by Capogrosso et al. 2013, J Neurosci 33:19326, Table 1. Quasi-static, frequency-independent values.
 */
import type { Millimetres, SiemensPerMetre } from '../units';
import { mm, sPerM } from '../units';

/** Conductivity of every tissue the layer stack uses (S/m). White matter is anisotropic (fibres along the cord). */
export interface TissueConductivities {
  readonly epiduralFat: SiemensPerMetre;
  readonly dura: SiemensPerMetre;
  readonly csf: SiemensPerMetre;
  /** Along the cord axis (the axial direction of the spine frame). */
  readonly whiteMatterAxial: SiemensPerMetre;
  /** Across the fibres: lateral and dorso-ventral. */
  readonly whiteMatterTransverse: SiemensPerMetre;
  readonly greyMatter: SiemensPerMetre;
}

/** Default conductivities (Set A; the dura is the Twente value, user-tunable within the published range). */
export const SET_A_CONDUCTIVITIES: TissueConductivities = {
  epiduralFat: sPerM(0.04), // Capogrosso 2013 Table 1; Struijk 1993
  dura: sPerM(0.03), // Struijk 1993 / Holsheimer Twente model [R]; published range 0.02–0.6 (Khadka 2025)
  csf: sPerM(1.7), // Capogrosso 2013 Table 1; Struijk 1993
  whiteMatterAxial: sPerM(0.6), // Capogrosso 2013 Table 1 (tensor from Ladenbauer 2010)
  whiteMatterTransverse: sPerM(0.083), // Capogrosso 2013 Table 1 (anisotropy ratio 7.2)
  greyMatter: sPerM(0.23), // Capogrosso 2013 Table 1
};

/** Published spread of the dura's conductivity across SCS models (S/m). */
export const DURA_CONDUCTIVITY_RANGE = { min: sPerM(0.02), max: sPerM(0.6) } as const; // Khadka 2025 J Neural Eng 22(3)

/** Published spread of the epidural space's conductivity (fat or mixed tissue) across SCS models (S/m). */
export const EPIDURAL_CONDUCTIVITY_RANGE = { min: sPerM(0.025), max: sPerM(0.25) } as const; // Khadka 2025 J Neural Eng 22(3)

/**
 * Thickness of dorsal white matter above the grey matter at the midline (mm): about half the cord's
 * antero-posterior diameter (6.3 mm at T8, Frostell 2016), less the dorsal grey commissure, so ≈ 3 mm [D].
 * The dorsal horns reach closer to the surface laterally; a planar layer cannot show that.
 */
export const WHITE_MATTER_THICKNESS_MM: Millimetres = mm(3); // [D] from Frostell 2016 AP 6.3 mm at T8

/**
 * Merges user overrides into Set A and checks they are positive and finite. Dura and epidural values
 * outside the published ranges are allowed (for exploration) but must be positive.
 *
 * @example
 * conductivitiesWith({ dura: sPerM(0.6) }).dura; // 0.6 (Lempka lineage)
 */
export function conductivitiesWith(overrides: Partial<TissueConductivities> = {}): TissueConductivities {
  const merged = { ...SET_A_CONDUCTIVITIES, ...overrides };
  for (const [tissue, value] of Object.entries(merged)) {
    if (!(Number.isFinite(value) && value > 0))
      throw new RangeError(`conductivity of ${tissue} must be > 0 S/m, got ${value}`);
  }
  return merged;
}
