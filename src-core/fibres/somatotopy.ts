import { CORD_SEGMENTS, type CordSegment } from '../anatomy/cord-segments';

/**
 * Where a dorsal-column fibre lies, and how large it still is, at a level above the segment it entered by: the
 * column's somatotopy by level. A primary afferent enters at its segment's root entry zone, laterally and
 * superficially; fibres entering further up are added laterally, so it is pushed medially (Smith & Deacon 1984) and,
 * as it ascends, deeper — the superficial 0.3 mm holds fibres from nearby segments (Feirabend 2002) — while it gives
 * off collaterals at every segment it passes and thins.
 */

/** Segments between a fibre's entry segment and the segment under `atSegment` (0 = it entered at this segment). */
export function segmentsAscended(entry: CordSegment, atSegment: CordSegment): number {
  return Math.max(0, CORD_SEGMENTS.indexOf(entry) - CORD_SEGMENTS.indexOf(atSegment));
}

/**
 * Depth a fibre has sunk below the superficial layer per segment ascended (mm) [U]: chosen so that fibres more than
 * ≈4 segments from their entry lie mostly below Feirabend 2002's superficial 0.3 mm, "fibres from nearby segments".
 */
export const DEPTH_PER_SEGMENT_ASCENDED_MM = 0.06; // [U] 0.3 mm over ≈5 segments (Feirabend 2002, qualitative)

/**
 * How many segments a dorsal-column fibre ascends while its diameter falls by a factor e [U]. Ascending branches
 * shed collaterals into every segment they pass and thin rostrally, so long-ascending (lumbosacral) fibres are
 * small at cervical levels and cervical dermatomes lead there (He 1994: C4 midline → hand, forearm, upper arm).
 */
export const DIAMETER_DECAY_SEGMENTS = 18; // [U] lumbosacral fibres at C4 (≈20–25 segments) keep ≈25–35 %

/** Depth (mm) below its entry depth of a fibre `ascended` segments above its entry. */
export function depthShiftMm(ascended: number): number {
  return DEPTH_PER_SEGMENT_ASCENDED_MM * ascended;
}

/** Diameter factor (≤ 1) of a fibre `ascended` segments above its entry. */
export function diameterFactor(ascended: number): number {
  return Math.exp(-ascended / DIAMETER_DECAY_SEGMENTS);
}
