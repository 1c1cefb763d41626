import type { Millimetres } from '../units';
import { mm } from '../units';
import type { Posture, PatientAnatomy } from './patient-anatomy';
import { axialMmOf, levelDimensions, type VertebralLevel } from './vertebral-column';

/** The spinal canal's layers at one axial position, as the field and fibre models need them. */
export interface CanalSection {
  /** Dorsal CSF thickness between dura and cord at the midline (mm). */
  readonly dcsfMm: Millimetres;
  readonly duraThicknessMm: Millimetres;
  /** Cord width (left–right) and depth (dorso-ventral) (mm). */
  readonly cordTransverseMm: Millimetres;
  readonly cordApMm: Millimetres;
  /** Cord midline from the vertebral midline (mm, + = left). */
  readonly cordLateralOffsetMm: Millimetres;
  /** Half-width of the dural sac (mm): roots run inside it to their foramina. */
  readonly sacHalfWidthMm: Millimetres;
  /**
   * Inner antero-posterior diameter of the dural sac (mm), the same in every posture: the cord moves inside it
   * (Holsheimer 1994), so the ventral CSF shrinks by what the dorsal CSF gains.
   */
  readonly sacDepthMm: Millimetres;
}

/** Dura mater thickness ≈0.3 mm (Twente model, Struijk 1993 / Holsheimer 1998 lineage) [R]. */
export const DURA_THICKNESS_MM = mm(0.3);

/**
 * Nominal supine dCSF by vertebral level, mid-range of Holsheimer 1994 (C4–C6 1.5–4.0 → 2.7; T5–T6 4.0–8.5 → 6.2;
 * T11 2.0–6.0 → 4.0; T12 1.5–4.5 → 3.0) [V]; T9–T10 smaller than T7–T8 (Hines 2024) [V]; the rest interpolated [D].
 * Anchors are at the middle of each vertebral body.
 */
const SUPINE_DCSF_ANCHORS: readonly (readonly [VertebralLevel, number])[] = [
  ['C2', 3.0], // upper cervical: slightly above the C4–C6 range midpoint [D]
  ['C5', 2.7], // Holsheimer 1994, C4–C6 supine 1.5–4.0
  ['T1', 4.0], // between C4–C6 and T5–T6 [D]
  ['T5', 6.2], // Holsheimer 1994, T5–T6 supine 4.0–8.5
  ['T6', 6.2], // Holsheimer 1994, T5–T6 supine 4.0–8.5
  ['T8', 5.3], // decreasing caudally, T9–10 < T7–8 (Hines 2024) [D]
  ['T10', 4.6], // between T7–8 and T11 [D]
  ['T11', 4.0], // Holsheimer 1994, T11 supine 2.0–6.0
  ['T12', 3.0], // Holsheimer 1994, T12 supine 1.5–4.5
  ['L1', 2.6], // continuing the T11→T12 trend at the conus [D]
];

/** Prone minus supine dCSF: +≈2.2 mm at T11, +≈3.4 mm at T12 (Holsheimer 1994) [V]; elsewhere the T11 value [D]. */
const PRONE_INCREASE_ANCHORS: readonly (readonly [VertebralLevel, number])[] = [
  ['C2', 1.0], // the cervical cord moves less within a narrower sac [U]
  ['C5', 1.0], // [U]
  ['T1', 2.2], // [D] from T11
  ['T11', 2.2], // Holsheimer 1994
  ['T12', 3.4], // Holsheimer 1994
  ['L1', 3.4], // [D]
];

/**
 * Ventral CSF left under the cord when it has fallen ventrally (prone) (mm) [U]: the sac must hold the cord's whole
 * posture shift, so the supine ventral CSF is this plus the prone increase of the dorsal CSF.
 */
const VENTRAL_CSF_PRONE_MM = 1;

/**
 * Sitting and standing lie between supine (cord falls dorsally, thinnest dCSF) and prone (cord falls ventrally):
 * Cameron & Alo 1998 found thresholds lowest lying down in 20 of 23 patients [V]; the fraction of the prone
 * increase they take is a typical assumption [U].
 */
const UPRIGHT_FRACTION_OF_PRONE_INCREASE = 0.5;

/**
 * Cord size by vertebral level from Frostell 2016 (C5 13.3 × 7.4 mm, T8 8.3 × 6.3 mm, lumbar enlargement L3 segment
 * 9.4 mm wide ≈ at the T11–T12 vertebrae) [V] and the cervical MRI (C2 12.4 × 8.8, C7 11.4 × 7.4; AJNR 1990) [V].
 */
const CORD_ANCHORS: readonly (readonly [VertebralLevel, number, number])[] = [
  ['C2', 12.4, 8.8], // AJNR 1990
  ['C5', 13.3, 7.4], // Frostell 2016 (max)
  ['C7', 11.4, 7.4], // AJNR 1990
  ['T4', 8.8, 6.5], // tapering to the T8 minimum [D]
  ['T8', 8.3, 6.3], // Frostell 2016 (min)
  ['T11', 9.4, 7.0], // lumbar enlargement (Frostell 2016, L3 segment 9.4 mm) at ≈T11–T12 vertebrae [D]; AP [U]
  ['T12', 9.4, 7.0], // [D]
  ['L1', 6.0, 5.0], // conus tapering [U]
];

/** Dural sac half-width: narrowest T3–T9 (Panjabi 1991) [V existence]; values typical [U]. */
const SAC_HALF_WIDTH_ANCHORS: readonly (readonly [VertebralLevel, number])[] = [
  ['C4', 8.5], // [U]
  ['T4', 7.0], // [U]
  ['T9', 7.0], // [U]
  ['T12', 8.0], // [U]
  ['L2', 8.5], // [U]
];

const midBodyMm = (level: VertebralLevel) =>
  axialMmOf({ level, offsetMm: mm(levelDimensions(level).bodyHeightMm / 2) });

type Anchors = readonly (readonly [VertebralLevel, number])[];

/** Linear interpolation between values given at mid-body of vertebral levels; constant beyond the ends. */
function interpolate(anchors: Anchors, axialMm: number): number {
  const [firstLevel, firstValue] = anchors[0]!;
  const [lastLevel, lastValue] = anchors[anchors.length - 1]!;
  if (axialMm <= midBodyMm(firstLevel)) return firstValue;
  if (axialMm >= midBodyMm(lastLevel)) return lastValue;
  for (let i = 1; i < anchors.length; i++) {
    const [levelA, valueA] = anchors[i - 1]!;
    const [levelB, valueB] = anchors[i]!;
    const ya = midBodyMm(levelA);
    const yb = midBodyMm(levelB);
    if (axialMm <= yb) return valueA + ((valueB - valueA) * (axialMm - ya)) / (yb - ya);
  }
  return lastValue;
}

const CORD_WIDTH_ANCHORS: Anchors = CORD_ANCHORS.map(([level, width]) => [level, width]);
const CORD_DEPTH_ANCHORS: Anchors = CORD_ANCHORS.map(([level, , depth]) => [level, depth]);

/** Dorsal CSF thickness at an axial position for a posture and patient (mm). */
export function dcsfMmAt(axialMm: Millimetres, posture: Posture, patient: PatientAnatomy): Millimetres {
  const supine = interpolate(SUPINE_DCSF_ANCHORS, axialMm);
  const proneIncrease = interpolate(PRONE_INCREASE_ANCHORS, axialMm);
  const postureIncrease =
    posture === 'supine' ? 0 : posture === 'prone' ? proneIncrease : UPRIGHT_FRACTION_OF_PRONE_INCREASE * proneIncrease;
  return mm(supine * patient.dcsfScale + postureIncrease);
}

/**
 * The canal section at an axial position.
 * @example canalSectionAt(axialMmOf({ level: 'T9', offsetMm: mm(10) }), 'supine', NOMINAL_ANATOMY).dcsfMm; // ≈ 5
 */
export function canalSectionAt(axialMm: Millimetres, posture: Posture, patient: PatientAnatomy): CanalSection {
  const cordApMm = interpolate(CORD_DEPTH_ANCHORS, axialMm);
  const supineDcsf = dcsfMmAt(axialMm, 'supine', patient);
  const proneShift = dcsfMmAt(axialMm, 'prone', patient) - supineDcsf;
  return {
    dcsfMm: dcsfMmAt(axialMm, posture, patient),
    duraThicknessMm: DURA_THICKNESS_MM,
    cordTransverseMm: mm(interpolate(CORD_WIDTH_ANCHORS, axialMm)),
    cordApMm: mm(cordApMm),
    cordLateralOffsetMm: patient.cordLateralOffsetMm,
    sacHalfWidthMm: mm(interpolate(SAC_HALF_WIDTH_ANCHORS, axialMm)),
    sacDepthMm: mm(supineDcsf + cordApMm + proneShift + VENTRAL_CSF_PRONE_MM),
  };
}
