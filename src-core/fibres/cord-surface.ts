import type { CanalSection } from '../anatomy/canal';

/**
 * Depth (mm, ≥ 0) of the cord's dorsal surface below its top at `offsetMm` from the cord midline, for an
 * elliptical cord of the section's width and depth. The cord's top lies at dorsalMm = −(dura + dCSF).
 */
export function surfaceDropMm(section: CanalSection, offsetMm: number): number {
  const a = section.cordTransverseMm / 2;
  const b = section.cordApMm / 2;
  const u = Math.min(Math.abs(offsetMm) / a, 1);
  return b - b * Math.sqrt(1 - u * u);
}

/** dorsalMm of the cord's top (midline) in the spine frame. */
export function cordTopDorsalMm(section: CanalSection): number {
  return -(section.duraThicknessMm + section.dcsfMm);
}

/**
 * Half-width of one dorsal column (mm): from the midline septum to the dorsal root entry zone, ≈35 % of the cord
 * width at thoracic levels [U] (the DREZ lies at the dorsolateral sulcus).
 */
export function dorsalColumnHalfWidthMm(section: CanalSection): number {
  return 0.35 * section.cordTransverseMm;
}
