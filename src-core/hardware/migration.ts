/**
 * Lead migration as an exercise: a lead that has slipped cranially, caudally or sideways by a distance. The placement
 * it gives goes through the same edit as dragging the lead, so every model downstream (field, fibres, patient, X-ray,
 * impedance) reruns. Not a prediction of how leads migrate (most slip caudally, with movement and time).
 */
import { axialMmOf, levelPositionAt } from '../anatomy/vertebral-column';
import { mm } from '../units';
import type { LeadPlacement } from './placement';

/** Where a lead can slip: along the canal (cranial = towards the head) or across it (the patient's left or right). */
export type MigrationDirection = 'cranial' | 'caudal' | 'left' | 'right';

/** Every migration direction, in the order a panel offers them. */
export const MIGRATION_DIRECTIONS: readonly MigrationDirection[] = ['caudal', 'cranial', 'left', 'right'];

/**
 * How far from the midline a lead may sit (mm): the session file's bound (`leadPlacementSchema`).
 * @example MIGRATION_LATERAL_LIMIT_MM; // 12
 */
export const MIGRATION_LATERAL_LIMIT_MM = 12;

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The placement after the lead slipped `distanceMm` in `direction`: the tip moves along the canal (re-stated as level +
 * offset, so the level changes when it crosses an endplate, never above C1's top) or across it (kept within
 * ±`MIGRATION_LATERAL_LIMIT_MM`); depth and rotation stay. Rounded to 0.1 mm.
 *
 * @example
 * migratedPlacement({ tip: { level: 'T8', offsetMm: mm(0) }, lateralMm: mm(0), depthMm: mm(0), rotationDeg: 0 }, 'caudal', 6).tip;
 * // { level: 'T8', offsetMm: 6 }
 */
export function migratedPlacement(
  placement: LeadPlacement,
  direction: MigrationDirection,
  distanceMm: number,
): LeadPlacement {
  const along = direction === 'caudal' ? distanceMm : direction === 'cranial' ? -distanceMm : 0;
  const across = direction === 'left' ? distanceMm : direction === 'right' ? -distanceMm : 0;
  const tip = levelPositionAt(mm(Math.max(0, axialMmOf(placement.tip) + along)));
  const lateral = Math.min(
    MIGRATION_LATERAL_LIMIT_MM,
    Math.max(-MIGRATION_LATERAL_LIMIT_MM, placement.lateralMm + across),
  );
  return {
    ...placement,
    tip: { level: tip.level, offsetMm: mm(tenth(tip.offsetMm)) },
    lateralMm: mm(tenth(lateral)),
  };
}
