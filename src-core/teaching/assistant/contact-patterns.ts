/**
 * The contact patterns the programming assistant tries: the poles a clinician sets on one line of contacts (a
 * percutaneous lead, or one column of a paddle) and across two lines side by side, on healthy contacts only.
 * Each pattern lists its cathodes and anodes with their current fractions (each polarity sums to 100 %).
 */
import type { ResolvedImplant } from '../../hardware/implant';
import type { PlacedContact } from '../../hardware/placement';

/** One pole of a pattern: a contact (device numbering) and its share of its polarity's current (%). */
export interface Pole {
  readonly contact: number;
  readonly fractionPct: number;
}

/** What a pattern is, in the words a clinician uses. */
export type PatternKind =
  | 'bipole'
  | 'wideBipole'
  | 'guardedCathode'
  | 'dualCathode'
  | 'sideBySide'
  | 'sideBySideGuarded'
  | 'transverse'
  | 'steered';

/** Cathodes and anodes of one area. */
export interface ContactPattern {
  readonly kind: PatternKind;
  readonly cathodes: readonly Pole[];
  readonly anodes: readonly Pole[];
}

/** Contacts of one lead that lie in one column along the cord (a percutaneous lead is one line; a paddle has several). */
export interface ContactLine {
  readonly leadIndex: number;
  /** Rostral first (ascending axial position). */
  readonly contacts: readonly PlacedContact[];
}

/**
 * The implant's lines of contacts: each lead's contacts grouped by their column across the lead, rostral first.
 * @example contactLines(implant).map((l) => l.contacts.length); // [8, 8] for two percutaneous leads
 */
export function contactLines(implant: ResolvedImplant): ContactLine[] {
  const lines = new Map<string, { leadIndex: number; contacts: PlacedContact[] }>();
  for (const contact of implant.contacts) {
    const across = implant.leads[contact.leadIndex]!.model.contacts[contact.indexOnLead]!.acrossMm;
    const key = `${contact.leadIndex}|${across}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { leadIndex: contact.leadIndex, contacts: [] }));
    line.contacts.push(contact);
  }
  const out = [...lines.values()];
  for (const line of out) line.contacts.sort((a, b) => a.centre.axialMm - b.centre.axialMm || a.number - b.number);
  // Left to right across the patient, then by lead: a stable order that does not depend on the catalogue's.
  const meanLateral = (l: ContactLine) => l.contacts.reduce((s, c) => s + c.centre.lateralMm, 0) / l.contacts.length;
  return out.sort((a, b) => meanLateral(b) - meanLateral(a) || a.leadIndex - b.leadIndex);
}

const even = (contacts: readonly number[]): Pole[] =>
  contacts.map((contact) => ({ contact, fractionPct: 100 / contacts.length }));

function pattern(kind: PatternKind, cathodes: readonly number[], anodes: readonly number[]): ContactPattern {
  return { kind, cathodes: even(cathodes), anodes: even(anodes) };
}

/** The contact of `line` nearest along the cord to `axialMm`, within `maxMm`; undefined when none is that close. */
function nearestOn(line: ContactLine, axialMm: number, maxMm: number): number | undefined {
  let best: PlacedContact | undefined;
  for (const c of line.contacts)
    if (!best || Math.abs(c.centre.axialMm - axialMm) < Math.abs(best.centre.axialMm - axialMm)) best = c;
  return best && Math.abs(best.centre.axialMm - axialMm) <= maxMm ? best.number : undefined;
}

/**
 * Patterns on one line: bipoles both ways, wide bipoles (one contact between the poles), guarded cathodes (+ − +)
 * and two neighbouring cathodes sharing the current with an anode beyond either end.
 */
function linePatterns(numbers: readonly number[]): ContactPattern[] {
  const out: ContactPattern[] = [];
  const at = (i: number) => numbers[i];
  for (let i = 0; i < numbers.length; i++) {
    const c = numbers[i]!;
    const up = at(i - 1);
    const down = at(i + 1);
    if (down !== undefined) out.push(pattern('bipole', [c], [down]));
    if (up !== undefined) out.push(pattern('bipole', [c], [up]));
    if (up !== undefined && down !== undefined) out.push(pattern('guardedCathode', [c], [up, down]));
    const down2 = at(i + 2);
    const up2 = at(i - 2);
    if (down2 !== undefined) out.push(pattern('wideBipole', [c], [down2]));
    if (up2 !== undefined) out.push(pattern('wideBipole', [c], [up2]));
    if (down !== undefined && down2 !== undefined) out.push(pattern('dualCathode', [c, down], [down2]));
    if (down !== undefined && up !== undefined) out.push(pattern('dualCathode', [c, down], [up]));
  }
  return out;
}

/** Contacts of two lines closer than this along the cord count as side by side (mm) [U] about one contact length. */
export const SIDE_BY_SIDE_MAX_MM = 4;

/**
 * Patterns across two lines: a cathode on each at the same level sharing the current, with anodes below, above or
 * on both sides (guarded) of each; and transverse bipoles (the cathode on one line, the anode beside it on the other).
 */
function pairPatterns(a: ContactLine, b: ContactLine, healthy: (n: number) => boolean): ContactPattern[] {
  const out: ContactPattern[] = [];
  const onA = a.contacts.filter((c) => healthy(c.number));
  const onB: ContactLine = { leadIndex: b.leadIndex, contacts: b.contacts.filter((c) => healthy(c.number)) };
  const indexOn = (line: readonly PlacedContact[], n: number) => line.findIndex((c) => c.number === n);
  for (let i = 0; i < onA.length; i++) {
    const ca = onA[i]!;
    const cb = nearestOn(onB, ca.centre.axialMm, SIDE_BY_SIDE_MAX_MM);
    if (cb === undefined) continue;
    const j = indexOn(onB.contacts, cb);
    const aUp = onA[i - 1]?.number;
    const aDown = onA[i + 1]?.number;
    const bUp = onB.contacts[j - 1]?.number;
    const bDown = onB.contacts[j + 1]?.number;
    if (aDown !== undefined && bDown !== undefined) out.push(pattern('sideBySide', [ca.number, cb], [aDown, bDown]));
    if (aUp !== undefined && bUp !== undefined) out.push(pattern('sideBySide', [ca.number, cb], [aUp, bUp]));
    if (aUp !== undefined && bUp !== undefined && aDown !== undefined && bDown !== undefined)
      out.push(pattern('sideBySideGuarded', [ca.number, cb], [aUp, bUp, aDown, bDown]));
    out.push(pattern('transverse', [ca.number], [cb]));
    out.push(pattern('transverse', [cb], [ca.number]));
  }
  return out;
}

/**
 * Every pattern of the first search pass, on healthy contacts only (a pattern never uses a contact in `faulty`),
 * in a fixed order: each line's own patterns, then each pair of lines side by side.
 * @example contactPatterns(implant, new Set([3])).some((p) => p.cathodes.some((c) => c.contact === 3)); // false
 */
export function contactPatterns(implant: ResolvedImplant, faulty: ReadonlySet<number>): ContactPattern[] {
  const healthy = (n: number) => !faulty.has(n);
  const lines = contactLines(implant);
  const out: ContactPattern[] = [];
  // A faulty contact splits its line: poles either side of it are not neighbours a clinician would pair.
  for (const line of lines) {
    let run: number[] = [];
    for (const c of [...line.contacts.map((k) => k.number), -1]) {
      if (c >= 0 && healthy(c)) run.push(c);
      else {
        out.push(...linePatterns(run));
        run = [];
      }
    }
  }
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) out.push(...pairPatterns(lines[i]!, lines[j]!, healthy));
  return out;
}

/**
 * Cathode steering of a pattern: its current shifted between its cathode and a neighbouring contact (along the line
 * or on the line beside it), or between its two cathodes, at the given shares of the first cathode.
 * @example steeredPatterns(bipole, implant, new Set(), [70, 50, 30]).length; // up to 3 per neighbour
 */
export function steeredPatterns(
  base: ContactPattern,
  implant: ResolvedImplant,
  faulty: ReadonlySet<number>,
  sharesPct: readonly number[],
): ContactPattern[] {
  const out: ContactPattern[] = [];
  const used = new Set([...base.cathodes, ...base.anodes].map((p) => p.contact));
  if (base.cathodes.length === 2) {
    const [first, second] = base.cathodes as [Pole, Pole];
    for (const share of sharesPct)
      if (Math.abs(share - first.fractionPct) > 1e-9)
        out.push({
          kind: 'steered',
          cathodes: [
            { contact: first.contact, fractionPct: share },
            { contact: second.contact, fractionPct: 100 - share },
          ],
          anodes: base.anodes,
        });
    return out;
  }
  if (base.cathodes.length !== 1) return out;
  const cathode = base.cathodes[0]!.contact;
  const at = implant.contacts[cathode]!;
  const lines = contactLines(implant);
  const neighbours: number[] = [];
  for (const line of lines) {
    const i = line.contacts.findIndex((c) => c.number === cathode);
    if (i >= 0) {
      for (const k of [line.contacts[i - 1], line.contacts[i + 1]]) if (k) neighbours.push(k.number);
    } else {
      const beside = nearestOn(line, at.centre.axialMm, SIDE_BY_SIDE_MAX_MM);
      if (beside !== undefined) neighbours.push(beside);
    }
  }
  for (const n of neighbours) {
    if (used.has(n) || faulty.has(n)) continue;
    for (const share of sharesPct)
      out.push({
        kind: 'steered',
        cathodes: [
          { contact: cathode, fractionPct: share },
          { contact: n, fractionPct: 100 - share },
        ],
        anodes: base.anodes,
      });
  }
  return out;
}
