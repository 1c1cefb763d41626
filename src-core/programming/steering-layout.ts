import type { ResolvedImplant } from '../hardware/implant';

/**
 * Neighbours for field steering: for every contact of an implant, the contact one step up, down, left or right —
 * along its lead or paddle column, or across to the nearest line at about the same level.
 */

/**
 * What steering needs of the implant: contact positions (spine frame), lead models (paddle columns) and the current
 * sources. A `ResolvedImplant` is one.
 * @example steerContacts(contacts, resolveImplant(session.hardware, defaultCatalogue()).implant, 'left');
 */
export type SteeringImplant = Pick<ResolvedImplant, 'ipg' | 'leads' | 'contacts'>;

/** Contacts within this lateral distance (mm) count as the same column when looking left or right. */
const SAME_COLUMN_MM = 0.5;
/** A neighbour left or right must lie within this fraction of its line's contact pitch axially ("same level"). */
const LEVEL_TOLERANCE_OF_PITCH = 0.6;

/** A step that moves current (focus and spread move anodes instead). */
export type Move = 'up' | 'down' | 'left' | 'right';
/** The neighbour of every contact in each direction (undefined at the edge). */
export type Layout = Record<Move, readonly (number | undefined)[]>;

/** The neighbour of every contact in each of the four directions (undefined at the edge of the array). */
export function layoutOf(implant: SteeringImplant): Layout {
  const { contacts } = implant;
  const lineOf = contacts.map(
    (c) => `${c.leadIndex}:${implant.leads[c.leadIndex]?.model.contacts[c.indexOnLead]?.acrossMm ?? 0}`,
  );
  const pitch = new Map<string, number>();
  for (const [i, c] of contacts.entries()) {
    for (const [j, d] of contacts.entries()) {
      if (i === j || lineOf[i] !== lineOf[j]) continue;
      const gap = Math.abs(c.centre.axialMm - d.centre.axialMm);
      pitch.set(lineOf[i]!, Math.min(pitch.get(lineOf[i]!) ?? Infinity, gap));
    }
  }
  const along = (i: number, sign: -1 | 1) => {
    let best: number | undefined;
    for (const [j, d] of contacts.entries()) {
      const delta = (d.centre.axialMm - contacts[i]!.centre.axialMm) * sign;
      if (j === i || lineOf[j] !== lineOf[i] || !(delta > 0)) continue;
      if (best === undefined || delta < (contacts[best]!.centre.axialMm - contacts[i]!.centre.axialMm) * sign) best = j;
    }
    return best;
  };
  const across = (i: number, sign: -1 | 1) => {
    const c = contacts[i]!;
    let best: { j: number; lateral: number; axial: number } | undefined;
    for (const [j, d] of contacts.entries()) {
      const lateral = (d.centre.lateralMm - c.centre.lateralMm) * sign;
      const axial = Math.abs(d.centre.axialMm - c.centre.axialMm);
      if (lineOf[j] === lineOf[i] || !(lateral > SAME_COLUMN_MM)) continue;
      if (axial > LEVEL_TOLERANCE_OF_PITCH * (pitch.get(lineOf[j]!) ?? 8)) continue;
      // Nearest line first, then nearest level; an exact tie in level goes to the rostral contact.
      const better =
        !best ||
        lateral < best.lateral - SAME_COLUMN_MM ||
        (Math.abs(lateral - best.lateral) <= SAME_COLUMN_MM &&
          (axial < best.axial - 1e-9 ||
            (Math.abs(axial - best.axial) <= 1e-9 && d.centre.axialMm < contacts[best.j]!.centre.axialMm)));
      if (better) best = { j, lateral, axial };
    }
    return best?.j;
  };
  const all = (f: (i: number) => number | undefined) => contacts.map((_, i) => f(i));
  return {
    up: all((i) => along(i, -1)),
    down: all((i) => along(i, 1)),
    left: all((i) => across(i, 1)),
    right: all((i) => across(i, -1)),
  };
}
