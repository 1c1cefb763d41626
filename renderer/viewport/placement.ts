import {
  VERTEBRAL_LEVELS,
  axialMmOf,
  levelPositionAt,
  mm,
  upperEndplateMm,
  type LeadPlacement,
  type VertebralLevel,
} from '../../src-core';

/** A keyboard nudge of the active lead: rostral/caudal (mm, + = caudal) and lateral (mm, + = patient's left). */
export interface PlacementNudge {
  readonly caudalMm: number;
  readonly leftMm: number;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** How far from the midline a lead may sit (mm): the session file's bound (src-core/session/schema.ts). */
export const LATERAL_LIMIT_MM = 12;

/**
 * The placement after a nudge: the tip's axial position moves and is re-stated as level + offset (so the level
 * changes when the tip crosses an endplate); lateral moves, kept within ±LATERAL_LIMIT_MM; depth and rotation stay.
 * Rounded to 0.1 mm.
 */
export function nudgePlacement(placement: LeadPlacement, nudge: PlacementNudge): LeadPlacement {
  const axial = axialMmOf(placement.tip) + nudge.caudalMm;
  const tip = levelPositionAt(mm(Math.max(0, axial)));
  const lateral = Math.min(LATERAL_LIMIT_MM, Math.max(-LATERAL_LIMIT_MM, placement.lateralMm + nudge.leftMm));
  return {
    ...placement,
    tip: { level: tip.level, offsetMm: mm(tenth(tip.offsetMm)) },
    lateralMm: mm(tenth(lateral)),
  };
}

/**
 * A placement snapped to the levels: the tip on the nearest vertebral body's upper endplate ("T8 + 0 mm"), the lead
 * on the nearest 0.5 mm across — the landmarks a clinician counts on fluoroscopy.
 */
export function snapPlacementToLevel(placement: LeadPlacement): LeadPlacement {
  const axial = axialMmOf(placement.tip);
  let nearest: VertebralLevel = VERTEBRAL_LEVELS[0];
  for (const level of VERTEBRAL_LEVELS)
    if (Math.abs(upperEndplateMm(level) - axial) < Math.abs(upperEndplateMm(nearest) - axial)) nearest = level;
  return {
    ...placement,
    tip: { level: nearest, offsetMm: mm(0) },
    lateralMm: mm(Math.round(placement.lateralMm * 2) / 2),
  };
}

/**
 * Where a drag of (dx, dy) scene mm on the coronal plane puts a lead: moved by the drag rounded to 0.5 mm each way
 * (scene x = −lateral, y = −axial, scene-frame.ts), then snapped to the levels when asked.
 */
export function draggedPlacement(placement: LeadPlacement, dx: number, dy: number, snap: boolean): LeadPlacement {
  const half = (value: number) => Math.round(value * 2) / 2 || 0;
  const moved = nudgePlacement(placement, { caudalMm: half(-dy), leftMm: half(-dx) });
  return snap ? snapPlacementToLevel(moved) : moved;
}

/** The scene translation (x, y) that carries a lead drawn at `from` to `to` (for the live preview while dragging). */
export function sceneShiftBetween(from: LeadPlacement, to: LeadPlacement): [dx: number, dy: number] {
  return [-(to.lateralMm - from.lateralMm), -(axialMmOf(to.tip) - axialMmOf(from.tip))];
}

/** The nudge an arrow key asks for: Up/Down 1 mm (Shift 5 mm) rostral/caudal; Left/Right 0.5 mm to the patient's left/right. */
export function nudgeForKey(key: string, shift: boolean): PlacementNudge | undefined {
  const step = shift ? 5 : 1;
  switch (key) {
    case 'ArrowUp':
      return { caudalMm: -step, leftMm: 0 };
    case 'ArrowDown':
      return { caudalMm: step, leftMm: 0 };
    case 'ArrowLeft':
      return { caudalMm: 0, leftMm: 0.5 };
    case 'ArrowRight':
      return { caudalMm: 0, leftMm: -0.5 };
    default:
      return undefined;
  }
}

const number = (value: number) => String(tenth(value));

/** "Lead 1 tip: T8 + 3 mm, 1.5 mm left" — the placement as a clinician reads it. */
export function describePlacement(leadIndex: number, placement: LeadPlacement): string {
  const offset = tenth(placement.tip.offsetMm);
  const lateral = tenth(placement.lateralMm);
  const side = lateral === 0 ? 'midline' : `${number(Math.abs(lateral))} mm ${lateral > 0 ? 'left' : 'right'}`;
  return `Lead ${leadIndex + 1} tip: ${placement.tip.level} + ${number(offset)} mm, ${side}`;
}
