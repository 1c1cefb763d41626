import type { Millimetres } from '../units';
import { mm } from '../units';

/** Vertebral levels from C1 to S1, rostral to caudal. */
export const VERTEBRAL_LEVELS = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
] as const;
export type VertebralLevel = (typeof VERTEBRAL_LEVELS)[number];

/** Nominal vertebral body height (mm) and the height of the disc below it (mm), per level. */
export interface LevelDimensions {
  readonly bodyHeightMm: Millimetres;
  readonly discBelowMm: Millimetres;
}

// Heights along the straightened canal. Thoracic bodies rise from ≈17 mm (T2) to ≈19–20 mm (T9) (Egwu 2019,
// posterior VBH 17.6 → 20.5 mm); cervical ≈14–15 mm, T12 ≈22–24 mm, lumbar ≈25–28 mm, thoracic discs ≈4–6 mm,
// lumbar discs ≈9–12 mm are typical adult values (textbook anatomy) [R]. Levels between anchors are interpolated.
const BODY_HEIGHT_MM: Record<VertebralLevel, number> = {
  C1: 10,
  C2: 15,
  C3: 14,
  C4: 14,
  C5: 14,
  C6: 14,
  C7: 15, // C1 has no body: height of the anterior arch [R]
  T1: 16.5,
  T2: 17.6,
  T3: 17.9,
  T4: 18.2,
  T5: 18.6,
  T6: 18.9,
  T7: 19.3,
  T8: 19.8,
  T9: 20.5, // Egwu 2019 posterior VBH, T2 17.59 → T9 20.46
  T10: 21.2,
  T11: 22,
  T12: 23, // T12 ≈22–24 mm [R]
  L1: 25,
  L2: 26,
  L3: 27,
  L4: 27,
  L5: 27, // lumbar ≈25–28 mm [R]
  S1: 30, // top of the sacrum, drawn as one segment [U]
};
const DISC_BELOW_MM: Record<VertebralLevel, number> = {
  C1: 0,
  C2: 4,
  C3: 4.5,
  C4: 4.5,
  C5: 5,
  C6: 5,
  C7: 5, // cervical discs ≈4–5 mm [R]; C1–C2 has no disc
  T1: 4,
  T2: 4,
  T3: 4,
  T4: 4,
  T5: 4.5,
  T6: 4.5,
  T7: 5,
  T8: 5,
  T9: 5.5,
  T10: 6,
  T11: 6.5,
  T12: 8, // thoracic ≈4–6 mm [R]
  L1: 9,
  L2: 10,
  L3: 11,
  L4: 12,
  L5: 11, // lumbar ≈9–12 mm [R]
  S1: 0,
};

/**
 * Nominal dimensions of a level.
 * @example levelDimensions('T9').bodyHeightMm; // 20.5
 */
export function levelDimensions(level: VertebralLevel): LevelDimensions {
  return { bodyHeightMm: mm(BODY_HEIGHT_MM[level]), discBelowMm: mm(DISC_BELOW_MM[level]) };
}

/** True when `text` names a level C1–S1 (case-sensitive, as written on films: "T8"). */
export function isVertebralLevel(text: string): text is VertebralLevel {
  return (VERTEBRAL_LEVELS as readonly string[]).includes(text);
}

const UPPER_ENDPLATE_MM: ReadonlyMap<VertebralLevel, number> = (() => {
  const map = new Map<VertebralLevel, number>();
  let axial = 0;
  for (const level of VERTEBRAL_LEVELS) {
    map.set(level, axial);
    axial += BODY_HEIGHT_MM[level] + DISC_BELOW_MM[level];
  }
  return map;
})();

/**
 * Axial position (mm, caudal from the top of C1) of a level's upper endplate in the spine frame.
 * @example upperEndplateMm('C2'); // 10
 */
export function upperEndplateMm(level: VertebralLevel): Millimetres {
  return mm(UPPER_ENDPLATE_MM.get(level) ?? 0);
}

/** A position along the canal as clinicians state it: "T8 upper endplate + 6 mm" (positive is caudal). */
export interface LevelPosition {
  readonly level: VertebralLevel;
  readonly offsetMm: Millimetres;
}

/** Converts a level position to the frame's axial coordinate (mm caudal from the top of C1). */
export function axialMmOf(position: LevelPosition): Millimetres {
  return mm(upperEndplateMm(position.level) + position.offsetMm);
}

/**
 * The level whose body (or the disc below it) contains an axial position, with the offset from its upper
 * endplate — the inverse of `axialMmOf`. Positions above C1 or below S1 clamp to the end levels.
 */
export function levelPositionAt(axialMm: Millimetres): LevelPosition {
  let found: VertebralLevel = VERTEBRAL_LEVELS[0];
  for (const level of VERTEBRAL_LEVELS) {
    if (upperEndplateMm(level) <= axialMm) found = level;
    else break;
  }
  return { level: found, offsetMm: mm(axialMm - upperEndplateMm(found)) };
}
