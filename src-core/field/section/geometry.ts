/**
 * The cross-section of the spinal canal for the 2.5-D volume conductor: nested ellipses in the spine frame's
 * transverse plane (x = lateralMm, + to the patient's left; z = dorsalMm, + dorsal, 0 at the outer surface of
 * the dorsal dura at the midline). The geometry is taken invariant along the cord axis (axialMm).
 * From inside out: grey matter, white matter (the cord), CSF (inside the dural sac), dura, epidural fat (up to
 * the bony canal wall), vertebral bone (everything outside the canal).
 */

/** An axis-aligned ellipse in the transverse plane (mm). */
export interface Ellipse {
  readonly centreLateralMm: number;
  readonly centreDorsalMm: number;
  readonly halfWidthMm: number;
  readonly halfDepthMm: number;
}

/** The tissues of the cross-section, inside out. */
export type SectionTissue = 'greyMatter' | 'whiteMatter' | 'csf' | 'dura' | 'epiduralFat' | 'bone';

/** The canal's cross-section, invariant along the cord. */
export interface CanalCrossSection {
  /** The cord's outline (white matter inside). */
  readonly cord: Ellipse;
  /** A simple inner ellipse standing for the grey matter (its dorsal edge ≈ 3 mm below the cord's dorsal surface). */
  readonly greyMatter: Ellipse;
  /** The inner surface of the dura (the CSF's outline). */
  readonly sac: Ellipse;
  /** The dura's thickness (mm): its outer surface is the sac inflated by this much in both half-axes. */
  readonly duraThicknessMm: number;
  /** The bony canal wall: epidural fat fills the space between dura and bone. */
  readonly canal: Ellipse;
}

/** What `crossSectionFromDimensions` needs: the usual clinical measures at the lead's level (mm). */
export interface CanalDimensions {
  /** CSF depth from the sac's inner dorsal apex (the midline) down to the cord's dorsal apex. */
  readonly dcsfMm: number;
  readonly duraThicknessMm: number;
  /** The cord's transverse diameter. */
  readonly cordWidthMm: number;
  /** The cord's antero-posterior diameter. */
  readonly cordDepthMm: number;
  /** Lateral offset of the cord's centre from the sac's midline (+ to the patient's left). */
  readonly cordLateralOffsetMm: number;
  /** Half the sac's inner transverse diameter. */
  readonly sacHalfWidthMm: number;
  /** The sac's inner antero-posterior diameter; default dCSF + cord depth + 2 mm of ventral CSF [U]. */
  readonly sacDepthMm?: number;
  /** Half the bony canal's transverse diameter; default sac half-width + dura + 1.5 mm of lateral fat [U]. */
  readonly canalHalfWidthMm?: number;
  /** The bony canal's antero-posterior diameter; default: 4 mm of dorsal fat + dura + sac + dura + 1 mm [U]. */
  readonly canalDepthMm?: number;
}

const VENTRAL_CSF_MM = 2; // [U] typical ventral CSF at mid-thoracic levels
const LATERAL_FAT_MM = 1.5; // [U] lateral epidural space
const DORSAL_FAT_MM = 4; // [U] dorsal epidural fat at the midline (thoracic)
const VENTRAL_FAT_MM = 1; // [U] ventral epidural space (venous plexus, thin fat)
const GREY_DORSAL_DEPTH_MM = 3; // [D] dorsal columns down to the grey commissure (Frostell 2016, AP 6.3 mm at T8)
const GREY_WIDTH_FRACTION = 0.7; // [U] the grey "butterfly" spans ≈ 70 % of the cord's width
const GREY_VENTRAL_FRACTION = 0.15; // [U] ventral white matter ≈ 15 % of the cord's depth

/**
 * Builds a cross-section from clinical dimensions. The sac is centred on the midline with its inner dorsal
 * apex at z = −dura (the dura's outer surface at z = 0); the cord's dorsal apex lies at z = −(dura + dCSF)
 * under the cord's centre, which may be offset laterally (the local CSF depth then varies across the canal).
 *
 * @example
 * const section = crossSectionFromDimensions({
 *   dcsfMm: 4.6, duraThicknessMm: 0.3, cordWidthMm: 9, cordDepthMm: 6.5, cordLateralOffsetMm: 0, sacHalfWidthMm: 7.5,
 * });
 * section.cord.centreDorsalMm; // −(0.3 + 4.6 + 3.25) = −8.15
 */
export function crossSectionFromDimensions(d: CanalDimensions): CanalCrossSection {
  const dura = d.duraThicknessMm;
  if (!(d.dcsfMm > 0 && dura > 0 && d.cordWidthMm > 0 && d.cordDepthMm > 0 && d.sacHalfWidthMm > 0))
    throw new RangeError('crossSectionFromDimensions: dCSF, dura, cord and sac sizes must be > 0 mm');
  const sacDepth = d.sacDepthMm ?? d.dcsfMm + d.cordDepthMm + VENTRAL_CSF_MM;
  const cordTop = -(dura + d.dcsfMm);
  const cordBottom = cordTop - d.cordDepthMm;
  const sacBottom = -dura - sacDepth;
  if (!(cordBottom > sacBottom)) throw new RangeError('crossSectionFromDimensions: the cord does not fit in the sac');
  if (!(Math.abs(d.cordLateralOffsetMm) + d.cordWidthMm / 2 < d.sacHalfWidthMm))
    throw new RangeError('crossSectionFromDimensions: the cord does not fit laterally in the sac');
  const cord: Ellipse = {
    centreLateralMm: d.cordLateralOffsetMm,
    centreDorsalMm: cordTop - d.cordDepthMm / 2,
    halfWidthMm: d.cordWidthMm / 2,
    halfDepthMm: d.cordDepthMm / 2,
  };
  const greyTop = cordTop - Math.min(GREY_DORSAL_DEPTH_MM, 0.45 * d.cordDepthMm);
  const greyBottom = cordBottom + GREY_VENTRAL_FRACTION * d.cordDepthMm;
  const greyMatter: Ellipse = {
    centreLateralMm: d.cordLateralOffsetMm,
    centreDorsalMm: (greyTop + greyBottom) / 2,
    halfWidthMm: (GREY_WIDTH_FRACTION * d.cordWidthMm) / 2,
    halfDepthMm: (greyTop - greyBottom) / 2,
  };
  const sac: Ellipse = {
    centreLateralMm: 0,
    centreDorsalMm: -dura - sacDepth / 2,
    halfWidthMm: d.sacHalfWidthMm,
    halfDepthMm: sacDepth / 2,
  };
  const canalHalfWidth = d.canalHalfWidthMm ?? d.sacHalfWidthMm + dura + LATERAL_FAT_MM;
  const canalBottom = sacBottom - dura - VENTRAL_FAT_MM;
  const canalDepth = d.canalDepthMm ?? DORSAL_FAT_MM + 2 * dura + sacDepth + VENTRAL_FAT_MM;
  if (!(canalHalfWidth > d.sacHalfWidthMm + dura && canalBottom + canalDepth > 0))
    throw new RangeError('crossSectionFromDimensions: the bony canal must enclose the dura');
  const canal: Ellipse = {
    centreLateralMm: 0,
    centreDorsalMm: canalBottom + canalDepth / 2,
    halfWidthMm: canalHalfWidth,
    halfDepthMm: canalDepth / 2,
  };
  return { cord, greyMatter, sac, duraThicknessMm: dura, canal };
}

/** True if (x, z) lies inside the ellipse grown by `growMm` in both half-axes. */
export function insideEllipse(e: Ellipse, lateralMm: number, dorsalMm: number, growMm = 0): boolean {
  const u = (lateralMm - e.centreLateralMm) / (e.halfWidthMm + growMm);
  const v = (dorsalMm - e.centreDorsalMm) / (e.halfDepthMm + growMm);
  return u * u + v * v < 1;
}

/**
 * The tissue at one point of the cross-section (inner structures win where outlines overlap).
 *
 * @example
 * sectionTissueAt(section, 0, 1); // 'epiduralFat' (1 mm above the dorsal dura)
 */
export function sectionTissueAt(s: CanalCrossSection, lateralMm: number, dorsalMm: number): SectionTissue {
  if (insideEllipse(s.greyMatter, lateralMm, dorsalMm)) return 'greyMatter';
  if (insideEllipse(s.cord, lateralMm, dorsalMm)) return 'whiteMatter';
  if (insideEllipse(s.sac, lateralMm, dorsalMm)) return 'csf';
  if (insideEllipse(s.sac, lateralMm, dorsalMm, s.duraThicknessMm)) return 'dura';
  if (insideEllipse(s.canal, lateralMm, dorsalMm)) return 'epiduralFat';
  return 'bone';
}

/** dorsalMm of the cord's dorsal surface at a lateral position (NaN beyond the cord's width). */
export function cordSurfaceDorsalMm(s: CanalCrossSection, lateralMm: number): number {
  const u = (lateralMm - s.cord.centreLateralMm) / s.cord.halfWidthMm;
  if (Math.abs(u) >= 1) return Number.NaN;
  return s.cord.centreDorsalMm + s.cord.halfDepthMm * Math.sqrt(1 - u * u);
}
