/** Shared helpers for the cross-section (2.5-D) field tests: geometries, one-point evaluation, derivatives. */
import type { CanalCrossSection, SectionContact, SectionField } from '../../../../src-core/field/section/index';
import {
  buildSectionField,
  crossSectionFromDimensions,
  sectionPotentialInto,
} from '../../../../src-core/field/section/index';

/** Axis of a Ø1.35 mm percutaneous lead lying on the dura (mm above the dura's outer surface). */
export const LEAD_ON_DURA_MM = 0.675;

/** Mid-thoracic canal: dCSF 4.6 mm, cord 9 × 6.5 mm, sac half-width 7.5 mm (the task's reference case). */
export function thoracicSection(cordLateralOffsetMm = 0): CanalCrossSection {
  return crossSectionFromDimensions({
    dcsfMm: 4.6,
    duraThicknessMm: 0.3,
    cordWidthMm: 9,
    cordDepthMm: 6.5,
    cordLateralOffsetMm,
    sacHalfWidthMm: 7.5,
  });
}

/** A 3 mm contact at axial 0 on the lead of `LEAD_ON_DURA_MM` (the lead's radius, 0.675 mm). */
export const MIDLINE_CONTACT: SectionContact = { axialMm: 0, lengthMm: 3, radiusMm: 0.675 };

/**
 * The reference case with a midline lead on the dura: the centred thoracic section, its field for one 3 mm contact
 * length, and that contact at axial 0. Solving the field takes seconds; call it inside a test with a timeout.
 */
export function midlineThoracicField(): { section: CanalCrossSection; field: SectionField; contact: SectionContact } {
  const section = thoracicSection();
  const field = buildSectionField(section, {
    sourceLateralMm: 0,
    sourceDorsalMm: LEAD_ON_DURA_MM,
    contactLengthsMm: [MIDLINE_CONTACT.lengthMm],
  });
  return { section, field, contact: MIDLINE_CONTACT };
}

/** A flat slab, `depthMm` half-depth, top face at `topMm`, so wide its curvature is nil within 100 mm. */
function slab(topMm: number, halfDepthMm: number) {
  return { centreLateralMm: 0, centreDorsalMm: topMm - halfDepthMm, halfWidthMm: 1e7, halfDepthMm };
}

/**
 * The planar stack as a cross-section: fat above the dura (no bone), dura 0.3 mm, CSF `dcsfMm`, white matter
 * 3 mm, grey matter below — every interface flat near the source.
 */
export function planarSection(dcsfMm: number): CanalCrossSection {
  const dura = 0.3;
  const cordTop = -(dura + dcsfMm);
  return {
    cord: slab(cordTop, 1e3),
    greyMatter: slab(cordTop - 3, 1e3),
    sac: slab(-dura, 2e3),
    duraThicknessMm: dura,
    canal: { centreLateralMm: 0, centreDorsalMm: 0, halfWidthMm: 1e7, halfDepthMm: 1e7 },
  };
}

/** V (mV per mA) of one contact at one point. */
export function sectionMv(field: SectionField, contact: SectionContact, x: number, y: number, z: number): number {
  const out = new Float64Array(1);
  return sectionPotentialInto(out, field, contact, Float64Array.of(x), Float64Array.of(y), Float64Array.of(z), 1)[0]!;
}

/** ∂²V/∂y² (mV/mm²) by a central difference of step `hMm` along the cord. */
export function axialSecondDifference(
  potential: (x: number, y: number, z: number) => number,
  x: number,
  y: number,
  z: number,
  hMm: number,
): number {
  return (potential(x, y + hMm, z) - 2 * potential(x, y, z) + potential(x, y - hMm, z)) / (hMm * hMm);
}

/** Lateral distance from x = 0 at which |f(x)| first falls to half of |f(0)| (linear interpolation on a 0.05 mm scan). */
export function lateralHalfMaximumMm(f: (x: number) => number, maxMm: number): number {
  const peak = Math.abs(f(0));
  let previous = peak;
  for (let x = 0.05; x <= maxMm + 1e-9; x += 0.05) {
    const v = Math.abs(f(x));
    if (v <= peak / 2) return x - 0.05 + (0.05 * (previous - peak / 2)) / (previous - v);
    previous = v;
  }
  return Number.NaN;
}

/** Relative difference a/b − 1. */
export const relative = (a: number, b: number): number => a / b - 1;
