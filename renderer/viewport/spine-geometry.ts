/**
 * Dimensions of the schematic lower-thoracic spine shown until the anatomy model drives the scene.
 * In millimetres, scene units = mm; y runs rostral (up), z dorsal (towards the viewer from behind).
 */
export const SCHEMATIC_SPINE = {
  levels: ['T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  vertebralBodyHeightMm: 20, // thoracic body height ≈17–20 mm (Egwu 2019)
  discHeightMm: 5, // thoracic discs ≈4–6 mm (scs-reference §2.3) [R]
  vertebralBodyWidthMm: 34,
  vertebralBodyDepthMm: 28,
  canalDepthMm: 16,
  cordRadiusMm: 4, // T8 cord ≈8.3 × 6.3 mm (Frostell 2016)
  duraRadiusMm: 7.5,
  leadDiameterMm: 1.35, // percutaneous lead Ø 1.35 mm (scs-reference §3.1) [R]
  contactLengthMm: 3, // 3 mm contacts (scs-reference §3.1) [R]
  contactGapMm: 4, // 4 mm gaps (scs-reference §3.1) [R]
  contactCount: 8,
} as const;

/** Centre height (mm) of vertebra `index` counted from the top of the schematic. */
export function vertebraCentreY(index: number): number {
  const pitch = SCHEMATIC_SPINE.vertebralBodyHeightMm + SCHEMATIC_SPINE.discHeightMm;
  const total = pitch * SCHEMATIC_SPINE.levels.length;
  return total / 2 - pitch * (index + 0.5);
}

/** Centre heights (mm) of the lead's contacts, contact 0 at the tip (most rostral), as devices number them. */
export function contactCentresY(tipY: number): number[] {
  const { contactLengthMm, contactGapMm, contactCount } = SCHEMATIC_SPINE;
  return Array.from({ length: contactCount }, (_, i) => tipY - contactLengthMm / 2 - i * (contactLengthMm + contactGapMm));
}
