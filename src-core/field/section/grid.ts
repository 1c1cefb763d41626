/**
 * The tensor-product, nonuniform finite-volume grid of the cross-section. Each axis is marched outward from the
 * source coordinate (so a cell face passes through the source and the source sits on a cell corner) with a
 * spacing function that grows geometrically away from refined zones: the source, the cord's dorsal surface
 * (fibres lie within ≈1 mm of it) and the region of interest (the canal), up to a maximum far-field spacing.
 */

/** A refined zone on one axis: spacing `spacingMm` inside [fromMm, toMm], growing geometrically outside. */
export interface RefinedZone {
  readonly fromMm: number;
  readonly toMm: number;
  readonly spacingMm: number;
  /** Growth ratio away from this zone; default the axis's. */
  readonly growth?: number;
  /** Distance over which `growth` applies (default unlimited); farther out the cells grow at the axis's ratio. */
  readonly reachMm?: number;
}

/** One axis: cell faces (ascending) and cell centres. */
export interface GridAxis {
  readonly facesMm: Float64Array;
  readonly centresMm: Float64Array;
  readonly cells: number;
}

/**
 * Spacing at `positionMm`: the smallest over the zones of (zone spacing + (growth − 1) × distance to the zone),
 * capped at `maxSpacingMm` (a zone's own growth only out to its reach). Lipschitz with slope ≤ max(growth) − 1, so
 * neighbouring cells differ by ≤ that ratio.
 */
function spacingAt(positionMm: number, zones: readonly RefinedZone[], growth: number, maxSpacingMm: number): number {
  let h = maxSpacingMm;
  for (const zone of zones) {
    const distance = Math.max(0, zone.fromMm - positionMm, positionMm - zone.toMm);
    const near = Math.min(distance, zone.reachMm ?? Infinity);
    h = Math.min(h, zone.spacingMm + ((zone.growth ?? growth) - 1) * near + (growth - 1) * (distance - near));
  }
  return h;
}

/**
 * Faces from `fromMm` (excluded) to exactly `toMm`: marched with the spacing function, the last cell kept if it
 * overshoots by less than half its size (else dropped), then all cells scaled uniformly to end at `toMm`.
 */
function segment(fromMm: number, toMm: number, zones: readonly RefinedZone[], growth: number, maxH: number): number[] {
  const direction = Math.sign(toMm - fromMm);
  const natural: number[] = [];
  let x = fromMm;
  for (;;) {
    const h0 = spacingAt(x, zones, growth, maxH);
    // The spacing at the cell's middle (one fixed-point step) keeps the grading symmetric.
    const h = spacingAt(x + (direction * h0) / 2, zones, growth, maxH);
    const next = x + direction * h;
    if (direction * (next - toMm) >= 0) {
      if (direction * (next - toMm) < h / 2 || natural.length === 0) natural.push(next);
      break;
    }
    natural.push(next);
    x = next;
  }
  const scale = (toMm - fromMm) / (natural[natural.length - 1]! - fromMm);
  return natural.map((f) => fromMm + (f - fromMm) * scale);
}

/**
 * Builds an axis over [lowMm, highMm] with faces at `anchorMm` (the source coordinate) and at each of
 * `alignMm` inside the axis (interfaces under the source), cells stretched slightly to fit between them.
 *
 * @example
 * const axis = buildAxis(-80, 80, 0, [{ fromMm: 0, toMm: 0, spacingMm: 0.05 }], 1.2, 8);
 * axis.facesMm.includes(0); // true
 */
export function buildAxis(
  lowMm: number,
  highMm: number,
  anchorMm: number,
  zones: readonly RefinedZone[],
  growth: number,
  maxSpacingMm: number,
  alignMm: readonly number[] = [],
): GridAxis {
  if (!(lowMm < anchorMm && anchorMm < highMm)) throw new RangeError('buildAxis: the anchor must lie inside the axis');
  const minGap = 1e-6;
  const fixed = [
    ...alignMm.filter((a) => a > lowMm + minGap && a < highMm - minGap && Math.abs(a - anchorMm) > minGap),
  ];
  const above = [...fixed.filter((a) => a > anchorMm).sort((a, b) => a - b), highMm];
  const below = [...fixed.filter((a) => a < anchorMm).sort((a, b) => b - a), lowMm];
  const faces: number[] = [anchorMm];
  let from = anchorMm;
  for (const to of above) {
    faces.push(...segment(from, to, zones, growth, maxSpacingMm));
    from = to;
  }
  from = anchorMm;
  const lower: number[] = [];
  for (const to of below) {
    lower.push(...segment(from, to, zones, growth, maxSpacingMm));
    from = to;
  }
  const facesMm = Float64Array.from([...lower.reverse(), ...faces]);
  const cells = facesMm.length - 1;
  const centresMm = new Float64Array(cells);
  for (let i = 0; i < cells; i += 1) centresMm[i] = (facesMm[i]! + facesMm[i + 1]!) / 2;
  return { facesMm, centresMm, cells };
}
