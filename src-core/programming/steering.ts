import { layoutOf, type Layout, type Move, type SteeringImplant } from './steering-layout';
import type { ContactSetting, ElectrodeRef, Polarity, StimulationArea } from '../program/types';

/**
 * Steering of an area's field in fixed steps, as on clinician programmers.
 *
 * Frame: `up` = rostral (smaller `axialMm`), `down` = caudal, `left` = the patient's left (larger `lateralMm`),
 * `right` = the patient's right. A *line* is one percutaneous lead or one column of a paddle; a *pole* is a run of
 * contacts of one polarity that follow each other along the direction of the step.
 *
 * **Independent current sources** (fractions programmable): each step moves 10 % of every pole's current
 * ({@link STEER_SHARE}) one contact further, so a cathode on contact 3 steered up reads 90/10 on 3/2, then 80/20, …,
 * then 100 % on 2 — the "virtual pole" between two contacts slides by a tenth of the contact pitch per step. A pole
 * of two contacts is one virtual pole: its trailing contact hands current to its leading one. A pole of three or more
 * contacts moves as a block: its trailing contact hands current to the leading one while that is only partly filled,
 * otherwise to the next contact ahead. The **cathodes lead**: anodes two or more contacts from the cathode move the
 * same way (the configuration keeps its shape); an anode right against a cathode along the line cannot slide without
 * sharing a contact with it, so it moves by a whole contact instead — pushed ahead when the cathode steps onto its
 * contact, following when the cathode has fully left the contact next to it. A bipole 3−/4+ steered up thus passes 2−10 %/3−90 %/4+ … to 2−/3+,
 * and steering back down retraces the same states. The IPG case never moves.
 *
 * **Single current source** (fractions follow impedance): every lead electrode moves one whole contact.
 *
 * **Focus / spread** (whole contacts, both kinds of IPG): focus first brings lead anodes one contact closer to the
 * nearest cathode on their line, then drops the case as anode (or, with the case as the only anode, replaces it with
 * an anode next to the cathode), then turns a bipole into a guarded cathode (+ − +). Spread undoes it: a guarded
 * cathode loses its rostral guard, then lead anodes move one contact away from the cathode.
 *
 * Fractions keep summing to 100 % per polarity. Amplitude: moving a share of the current is not a polarity change —
 * the total current and the cathodic centroid move gradually, which is why programmers steer instead of re-picking
 * contacts — so independent-source steps keep the amplitude (`resetsAmplitude: false`). Whole-contact moves (single
 * source, focus, spread) switch contacts between off, − and +, which the session's `resetAmplitudeOnChange` rule
 * treats like any polarity change (`resetsAmplitude: true`; spreading lowers the threshold, so keeping the amplitude
 * could overstimulate). A step that would leave a lead is refused with the reason and the contacts unchanged.
 *
 * @example
 * steerContacts(bipole(3, 4), implant, 'up'); // 3 − 90 %, 2 − 10 %, 4 + 100 % (amplitude kept)
 */
export type SteerDirection = 'up' | 'down' | 'left' | 'right' | 'focus' | 'spread';
/**
 * How far an arrow step goes on an independent-source IPG: a share of each pole's current (the default, fine
 * steering) or every lead electrode one whole contact (moving a configuration three contacts in three presses
 * rather than thirty). Single-source IPGs always move whole contacts; focus and spread always do.
 */
export type SteerStep = 'share' | 'wholeContact';

export type { SteeringImplant } from './steering-layout';

/**
 * The outcome of one step: new contacts (and whether it is a polarity change), or why it cannot be done.
 * @example { ok: false, reason: 'The cathode on contact 0 is at the end of its lead: it cannot move up.' }
 */
export type SteerResult =
  | { readonly ok: true; readonly contacts: ContactSetting[]; readonly resetsAmplitude: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Share of each pole's current moved per steering step: 10 %, the usual programmer increment (typical) [U].
 * @example STEER_SHARE * 100; // percentage points moved off a lone cathode in one step
 */
export const STEER_SHARE = 0.1;

const round3 = (x: number) => Math.round(x * 1000) / 1000;
/** Working copy of an area's lead electrodes: contact number → polarity and fraction. */
type Field = Map<number, { polarity: Polarity; pct: number }>;

/** Runs of `polarity` along `move`, each ordered trailing → leading. */
function polesOf(field: Field, layout: Layout, polarity: Polarity, move: Move): number[][] {
  const members = [...field.keys()].filter((n) => field.get(n)!.polarity === polarity).sort((a, b) => a - b);
  const isMember = (n: number | undefined): n is number => n !== undefined && field.get(n)?.polarity === polarity;
  const pointedAt = new Set(members.map((n) => layout[move][n]).filter(isMember));
  const seen = new Set<number>();
  const poles: number[][] = [];
  for (const start of [...members.filter((n) => !pointedAt.has(n)), ...members]) {
    if (seen.has(start)) continue;
    const pole: number[] = [];
    for (let n: number | undefined = start; isMember(n) && !seen.has(n); n = layout[move][n]) {
      seen.add(n);
      pole.push(n);
    }
    poles.push(pole);
  }
  return poles;
}

/** Where one pole's 10 % goes: from its trailing contact to its leading one, or to the contact ahead of it. */
function poleTransfer(field: Field, layout: Layout, pole: number[], move: Move) {
  const pct = (n: number) => field.get(n)!.pct;
  const trailing = pole[0]!;
  const leading = pole[pole.length - 1]!;
  const amount = round3(Math.min(STEER_SHARE * pole.reduce((sum, n) => sum + pct(n), 0), pct(trailing)));
  const leadingFull =
    pole.length === 1 || (pole.length >= 3 && pct(leading) >= pct(pole[pole.length - 2]!) - amount / 2);
  return { from: trailing, to: leadingFull ? layout[move][leading] : leading, amount };
}

const named = (n: number) => `contact ${n}`;

/** Moves a pole one whole contact along `move`; false when a member would leave the lead or land on a cathode. */
function shiftWhole(field: Field, layout: Layout, pole: readonly number[], move: Move): boolean {
  const targets = pole.map((n) => layout[move][n]);
  if (targets.some((t) => t === undefined || (field.get(t)?.polarity === 'cathode' && !pole.includes(t)))) return false;
  const moved = pole.map((n) => field.get(n)!);
  pole.forEach((n) => field.delete(n));
  targets.forEach((t, i) => {
    const into = field.get(t!);
    field.set(t!, { polarity: moved[i]!.polarity, pct: (into?.pct ?? 0) + moved[i]!.pct });
  });
  return true;
}

/**
 * True when an anode pole sits right against a cathode pole along `move` with their current-weighted centres less
 * than two contacts apart: such an anode cannot slide without sharing a contact with the cathode, so it moves by
 * whole contacts (pushed or following). Further apart, it slides with the cathode and the distance stays the same.
 */
function closeToCathode(
  field: Field,
  layout: Layout,
  anode: readonly number[],
  cathodePoles: readonly number[][],
  move: Move,
): boolean {
  const centre = (pole: readonly number[], offset: number) => {
    const total = pole.reduce((sum, n) => sum + field.get(n)!.pct, 0);
    return pole.reduce((sum, n, i) => sum + (offset + i) * field.get(n)!.pct, 0) / total;
  };
  return cathodePoles.some((cathode) => {
    const behind = layout[move][anode[anode.length - 1]!] === cathode[0];
    const ahead = layout[move][cathode[cathode.length - 1]!] === anode[0];
    if (!behind && !ahead) return false;
    const [first, second] = behind ? [anode, cathode] : [cathode, anode];
    return centre(second, first.length) - centre(first, 0) < 2 - 1e-6;
  });
}

function steerFractional(field: Field, layout: Layout, move: Move): string | undefined {
  const cathodes = new Set([...field].filter(([, v]) => v.polarity === 'cathode').map(([n]) => n));
  const anodePoles = polesOf(field, layout, 'anode', move);
  const poleOf = (n: number) => anodePoles.find((pole) => pole.includes(n));
  const pushed = new Set<number[]>();
  const cathodePoles = polesOf(field, layout, 'cathode', move);
  const transfers = cathodePoles.map((pole) => poleTransfer(field, layout, pole, move));
  for (const t of transfers) {
    if (t.to === undefined) return `The cathode on ${named(t.from)} is at the end of its lead: it cannot move ${move}.`;
    const blocking = cathodes.has(t.to) ? undefined : poleOf(t.to);
    if (blocking) pushed.add(blocking);
  }
  const held = anodePoles.filter((pole) => pushed.has(pole) || closeToCathode(field, layout, pole, cathodePoles, move));
  const free = anodePoles.filter((pole) => !held.includes(pole)).map((pole) => poleTransfer(field, layout, pole, move));
  for (const pole of pushed)
    if (!shiftWhole(field, layout, pole, move))
      return `The anode on ${named(pole[0]!)} next to the cathode cannot move ${move}: it would leave the lead.`;
  for (const t of transfers) move1(field, t.from, t.to!, t.amount, 'cathode');
  const vacated = [...cathodes].filter((n) => !field.has(n));
  for (const pole of held) {
    if (pushed.has(pole) || !vacated.includes(layout[move][pole[pole.length - 1]!] ?? -1)) continue;
    shiftWhole(field, layout, pole, move);
  }
  for (const t of free) {
    if (t.to === undefined) return `The anode on ${named(t.from)} is at the end of its lead: it cannot move ${move}.`;
    if (field.get(t.to)?.polarity === 'cathode') return `The anode on ${named(t.from)} would meet a cathode.`;
    move1(field, t.from, t.to, t.amount, 'anode');
  }
  return undefined;
}

function move1(field: Field, from: number, to: number, amount: number, polarity: Polarity) {
  const source = field.get(from)!;
  const left = round3(source.pct - amount);
  if (left > 1e-6) field.set(from, { polarity, pct: left });
  else field.delete(from);
  field.set(to, { polarity, pct: round3((field.get(to)?.pct ?? 0) + amount) });
}

function steerWhole(field: Field, layout: Layout, move: Move): string | undefined {
  const entries = [...field];
  const targets = entries.map(([n]) => layout[move][n]);
  const stuck = entries.find((_, i) => targets[i] === undefined);
  if (stuck) return `${named(stuck[0])} is at the end of its lead: the field cannot move ${move}.`;
  if (new Set(targets).size !== targets.length) return `Two contacts would land on one: the field cannot move ${move}.`;
  field.clear();
  entries.forEach(([, v], i) => field.set(targets[i]!, v));
  return undefined;
}

/** Scales one polarity's fractions to sum to 100, keeping their proportions (or equal shares when `equal`). */
function normalise(field: Field, polarity: Polarity, equal: boolean) {
  const members = [...field].filter(([, v]) => v.polarity === polarity);
  const total = members.reduce((sum, [, v]) => sum + v.pct, 0);
  for (const [n, v] of members) field.set(n, { polarity, pct: equal ? 100 / members.length : (v.pct / total) * 100 });
}

/** Free contacts between `pole` and the nearest cathode along `move` on its line (undefined if none that way). */
function gapTo(field: Field, layout: Layout, pole: readonly number[], move: Move): number | undefined {
  let gap = 0;
  for (let n = layout[move][pole[pole.length - 1]!]; n !== undefined; n = layout[move][n], gap++) {
    const at = field.get(n);
    if (at) return at.polarity === 'cathode' ? gap : undefined;
  }
  return undefined;
}

function focusOrSpread(
  field: Field,
  layout: Layout,
  caseAnode: { pct: number } | undefined,
  focus: boolean,
): { reason?: string; dropCase?: boolean } {
  const guardedSides = (pole: number[]) => {
    // Cathode poles run top → bottom (they are taken along 'down'): the guard above sits over the first contact.
    const above = layout.up[pole[0]!];
    const below = layout.down[pole[pole.length - 1]!];
    return {
      above,
      below,
      anodeAbove: above !== undefined && field.get(above)?.polarity === 'anode',
      anodeBelow: below !== undefined && field.get(below)?.polarity === 'anode',
    };
  };
  const cathodePoles = polesOf(field, layout, 'cathode', 'down');
  const anodePoles = (move: Move) => polesOf(field, layout, 'anode', move);
  if (focus) {
    // 1. Lead anodes with free contacts between them and the cathode come one contact closer.
    let moved = false;
    for (const pole of anodePoles('up')) {
      const up = gapTo(field, layout, pole, 'up');
      const down = gapTo(field, layout, [...pole].reverse(), 'down');
      const toward =
        up !== undefined && (down === undefined || up <= down)
          ? (['up', up] as const)
          : down !== undefined
            ? (['down', down] as const)
            : undefined;
      if (toward && toward[1] >= 1)
        moved = shiftWhole(field, layout, toward[0] === 'up' ? pole : [...pole].reverse(), toward[0]) || moved;
    }
    if (moved) return {};
    // 2. The case stops being an anode: lead anodes take its share, or one is placed next to the cathode.
    if (caseAnode) {
      if (anodePoles('up').length > 0) return (normalise(field, 'anode', false), { dropCase: true });
      const main = [...field].filter(([, v]) => v.polarity === 'cathode').sort((a, b) => b[1].pct - a[1].pct)[0];
      const place = main && [layout.down[main[0]], layout.up[main[0]]].find((n) => n !== undefined && !field.has(n));
      if (place === undefined) return { reason: 'There is no free contact next to the cathode for an anode.' };
      field.set(place, { polarity: 'anode', pct: 100 });
      return { dropCase: true };
    }
    // 3. A bipole becomes a guarded cathode (+ − +).
    let guarded = false;
    for (const pole of cathodePoles) {
      const s = guardedSides(pole);
      const open = s.anodeBelow && !s.anodeAbove ? s.above : s.anodeAbove && !s.anodeBelow ? s.below : undefined;
      if (open === undefined || field.has(open)) continue;
      field.set(open, { polarity: 'anode', pct: 0 });
      normalise(field, 'anode', true);
      guarded = true;
    }
    return guarded ? {} : { reason: 'The field is as focused as it goes: a guarded cathode (+ − +).' };
  }
  // Spread 1: a guarded cathode loses its rostral guard.
  let unguarded = false;
  for (const pole of cathodePoles) {
    const s = guardedSides(pole);
    if (!s.anodeAbove || !s.anodeBelow) continue;
    const guard = anodePoles('up').find((p) => p.includes(s.above!));
    guard?.forEach((n) => field.delete(n));
    unguarded = true;
  }
  if (unguarded) return (normalise(field, 'anode', false), {});
  // Spread 2: lead anodes move one contact away from the cathode they face.
  let moved = false;
  for (const pole of anodePoles('up')) {
    const up = gapTo(field, layout, pole, 'up');
    const down = gapTo(field, layout, [...pole].reverse(), 'down');
    if (up !== undefined && (down === undefined || up <= down))
      moved = shiftWhole(field, layout, [...pole].reverse(), 'down') || moved;
    else if (down !== undefined) moved = shiftWhole(field, layout, pole, 'up') || moved;
  }
  return moved
    ? {}
    : { reason: 'The anodes are as far from the cathode as the lead allows (or there are none on the lead).' };
}

/**
 * One steering step of an area's contacts (see {@link SteerDirection} for the rules).
 *
 * @example
 * steerContacts([{ electrode: 3, polarity: 'cathode', fractionPct: 100 }, { electrode: 'case', polarity: 'anode', fractionPct: 100 }], implant, 'up');
 * // { ok: true, contacts: [3 − 90 %, case + 100 %, 2 − 10 %], resetsAmplitude: false }
 */
export function steerContacts(
  contacts: readonly ContactSetting[],
  implant: SteeringImplant,
  direction: SteerDirection,
  step: SteerStep = 'share',
): SteerResult {
  const leadCathodes = contacts.filter((c) => c.polarity === 'cathode' && c.electrode !== 'case');
  if (leadCathodes.length === 0) return { ok: false, reason: 'Set a cathode (−) on a lead first.' };
  const layout = layoutOf(implant);
  const field: Field = new Map(
    contacts
      .filter((c) => c.electrode !== 'case')
      .map((c) => [c.electrode as number, { polarity: c.polarity, pct: c.fractionPct }]),
  );
  const caseSetting = contacts.find((c) => c.electrode === 'case');
  const caseAnode = caseSetting?.polarity === 'anode' ? caseSetting : undefined;
  let reason: string | undefined;
  let dropCase = false;
  let whole = true;
  if (direction === 'focus' || direction === 'spread')
    ({ reason, dropCase = false } = focusOrSpread(
      field,
      layout,
      caseAnode && { pct: caseAnode.fractionPct },
      direction === 'focus',
    ));
  else if (implant.ipg.currentSources === 'single' || step === 'wholeContact')
    reason = steerWhole(field, layout, direction);
  else [reason, whole] = [steerFractional(field, layout, direction), false];
  if (reason !== undefined) return { ok: false, reason };
  return {
    ok: true,
    contacts: toSettings(contacts, field, dropCase ? undefined : caseSetting),
    resetsAmplitude: whole,
  };
}

/** Back to settings: existing electrodes keep their order, new ones follow by number; each polarity sums to exactly 100. */
function toSettings(
  before: readonly ContactSetting[],
  field: Field,
  caseSetting: ContactSetting | undefined,
): ContactSetting[] {
  const order = (e: ElectrodeRef) =>
    (before.findIndex((c) => c.electrode === e) + 1 || 1e6) * 1e3 + (e === 'case' ? 0 : e);
  const settings: ContactSetting[] = [...field].map(([electrode, v]) => ({
    electrode,
    polarity: v.polarity,
    fractionPct: round3(v.pct),
  }));
  if (caseSetting) settings.push({ ...caseSetting });
  settings.sort((a, b) => order(a.electrode) - order(b.electrode));
  for (const polarity of ['cathode', 'anode'] as const) {
    const members = settings.filter((c) => c.polarity === polarity);
    const rest = round3(100 - members.reduce((sum, c) => sum + c.fractionPct, 0));
    const largest = members.reduce<ContactSetting | undefined>(
      (top, c) => (!top || c.fractionPct > top.fractionPct ? c : top),
      undefined,
    );
    if (largest && rest !== 0)
      settings[settings.indexOf(largest)] = { ...largest, fractionPct: round3(largest.fractionPct + rest) };
  }
  return settings;
}

/**
 * One steering step of an area; a refused step returns the area unchanged with the reason. `resetAmplitude` is the
 * session's `resetAmplitudeOnChange`, applied only to whole-contact (polarity-changing) steps.
 *
 * @example
 * steerArea(area, implant, 'up', true); // { ok: true, area: { …, contacts: [3 − 90 %, 4 + 100 %, 2 − 10 %] } }
 */
export function steerArea(
  area: StimulationArea,
  implant: SteeringImplant,
  direction: SteerDirection,
  resetAmplitude: boolean,
  step: SteerStep = 'share',
):
  | { readonly ok: true; readonly area: StimulationArea }
  | { readonly ok: false; readonly area: StimulationArea; readonly reason: string } {
  const result = steerContacts(area.contacts, implant, direction, step);
  if (!result.ok) return { ok: false, area, reason: result.reason };
  const amplitudeMa =
    result.resetsAmplitude && resetAmplitude ? (0 as StimulationArea['amplitudeMa']) : area.amplitudeMa;
  return { ok: true, area: { ...area, contacts: result.contacts, amplitudeMa } };
}
