import type { ContactSetting, ElectrodeRef, Polarity } from '../program/types';

/** What a contact shows on a programmer: −, + or off. */
export type ContactState = Polarity | 'off';

/** The order a click cycles a contact through, as on clinician programmers: off → − → + → off. */
export function nextContactState(state: ContactState): ContactState {
  return state === 'off' ? 'cathode' : state === 'cathode' ? 'anode' : 'off';
}

/** The state of one electrode in an area's contact list. */
export function contactState(contacts: readonly ContactSetting[], electrode: ElectrodeRef): ContactState {
  return contacts.find((c) => c.electrode === electrode)?.polarity ?? 'off';
}

const roundPct = (value: number) => Math.round(value * 1000) / 1000;

/** Splits 100 % equally among `count` electrodes, the last taking the rounding remainder so the sum is exactly 100. */
function equalShares(count: number): number[] {
  const share = roundPct(100 / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? roundPct(100 - share * (count - 1)) : share));
}

/** Re-splits each polarity's fractions equally — what programmers do when a contact joins or leaves a polarity. */
export function balanceEqually(contacts: readonly ContactSetting[]): ContactSetting[] {
  const result = contacts.map((c) => ({ ...c }));
  for (const polarity of ['cathode', 'anode'] as const) {
    const members = result.filter((c) => c.polarity === polarity);
    const shares = equalShares(members.length);
    members.forEach((member, i) => (member.fractionPct = shares[i] ?? 0));
  }
  return result;
}

/**
 * Sets `electrode` to `state` (adding, changing or removing it) and re-splits fractions equally per polarity.
 *
 * @example
 * withContactState([], 3, 'cathode'); // [{ electrode: 3, polarity: 'cathode', fractionPct: 100 }]
 */
export function withContactState(
  contacts: readonly ContactSetting[],
  electrode: ElectrodeRef,
  state: ContactState,
): ContactSetting[] {
  const others = contacts.filter((c) => c.electrode !== electrode);
  if (state === 'off') return balanceEqually(others);
  const existing = contacts.findIndex((c) => c.electrode === electrode);
  const updated = { electrode, polarity: state, fractionPct: 0 };
  const next = existing === -1 ? [...others, updated] : contacts.map((c) => (c.electrode === electrode ? updated : c));
  return balanceEqually(next);
}

/**
 * Sets one electrode's fraction and scales the others of the same polarity so the polarity still sums to 100 %.
 * The others keep their proportions (or share equally if they were all at 0). A lone electrode stays at 100 %.
 *
 * @example
 * withFraction([{ electrode: 1, polarity: 'anode', fractionPct: 50 }, { electrode: 3, polarity: 'anode', fractionPct: 50 }, …], 1, 70);
 * // anodes: 1 → 70 %, 3 → 30 %
 */
export function withFraction(
  contacts: readonly ContactSetting[],
  electrode: ElectrodeRef,
  fractionPct: number,
): ContactSetting[] {
  const target = contacts.find((c) => c.electrode === electrode);
  if (!target) return contacts.map((c) => ({ ...c }));
  const peers = contacts.filter((c) => c.polarity === target.polarity && c.electrode !== electrode);
  if (peers.length === 0)
    return contacts.map((c) => (c.electrode === electrode ? { ...c, fractionPct: 100 } : { ...c }));
  const clamped = Math.min(Math.max(fractionPct, 0.1), 99.9);
  const remaining = 100 - clamped;
  const peerTotal = peers.reduce((sum, c) => sum + c.fractionPct, 0);
  const scaled = new Map<ElectrodeRef, number>();
  peers.forEach((peer, i) => {
    const share = peerTotal > 0 ? (peer.fractionPct / peerTotal) * remaining : remaining / peers.length;
    scaled.set(peer.electrode, i === peers.length - 1 ? Number.NaN : roundPct(share));
  });
  // The last peer takes what rounding left, so the polarity sums to exactly 100.
  const last = peers[peers.length - 1];
  const assigned = [...scaled.values()].filter(Number.isFinite).reduce((sum, v) => sum + v, 0);
  if (last) scaled.set(last.electrode, roundPct(remaining - assigned));
  return contacts.map((c) => {
    if (c.electrode === electrode) return { ...c, fractionPct: roundPct(clamped) };
    const share = scaled.get(c.electrode);
    return share === undefined ? { ...c } : { ...c, fractionPct: share };
  });
}
