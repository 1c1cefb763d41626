import { axialMmOf, levelPositionAt, mm, type LeadPlacement } from '../../src-core';

/** A keyboard nudge of the active lead: rostral/caudal (mm, + = caudal) and lateral (mm, + = patient's left). */
export interface PlacementNudge {
  readonly caudalMm: number;
  readonly leftMm: number;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The placement after a nudge: the tip's axial position moves and is re-stated as level + offset (so the level
 * changes when the tip crosses an endplate); lateral moves; depth and rotation stay. Rounded to 0.1 mm.
 */
export function nudgePlacement(placement: LeadPlacement, nudge: PlacementNudge): LeadPlacement {
  const axial = axialMmOf(placement.tip) + nudge.caudalMm;
  const tip = levelPositionAt(mm(Math.max(0, axial)));
  return {
    ...placement,
    tip: { level: tip.level, offsetMm: mm(tenth(tip.offsetMm)) },
    lateralMm: mm(tenth(placement.lateralMm + nudge.leftMm)),
  };
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
