/**
 * Superposition of unit fields. The volume conductor is linear and quasi-static, so the potential of a
 * configuration is Σ_c I_c · u_c, with u_c the unit field of contact c (mV per mA) and I_c its signed
 * current (mA).
 *
 * Sign convention (as point-source.ts): positive current is anodic (it leaves the contact into the
 * tissue) and raises the tissue potential; a cathode carries negative current and makes the tissue
 * potential near it negative. Unit fields are referred to a distant ground, so when the IPG case is the
 * return (monopolar), the configuration field is just the contacts' own: the case, far away, adds only a
 * near-constant offset that no fibre responds to. When the contact currents sum to zero (bipoles,
 * tripoles) the distant ground carries no current.
 */
import type { UnitSourceField } from './unit-source-field';
import type { ContactGeometry } from './contact-source';
import { contactPotentialInto } from './contact-source';

/**
 * `outMv[i] = Σ_c currentsMa[c] · unitFieldsMv[c·n + i]` for i < n, with the unit fields of `contactCount`
 * contacts stored row by row (contact-major). No allocation. Returns `outMv`.
 *
 * @example
 * // Bipole: contact 0 anode (+1 mA), contact 1 cathode (−1 mA).
 * superposeInto(out, unitFields, Float64Array.of(1, -1), 2, n);
 */
export function superposeInto(
  outMv: Float64Array,
  unitFieldsMv: Float64Array,
  currentsMa: Float64Array,
  contactCount: number,
  n: number,
): Float64Array {
  outMv.fill(0, 0, n);
  for (let c = 0; c < contactCount; c += 1) {
    const current = currentsMa[c]!;
    if (current === 0) continue;
    const base = c * n;
    for (let i = 0; i < n; i += 1) outMv[i]! += current * unitFieldsMv[base + i]!;
  }
  return outMv;
}

/**
 * Signed currents (mA) of a configuration from its amplitude and each contact's signed fraction
 * (+ anode, − cathode, as percentages of the amplitude, e.g. +100 / −100 for a bipole, or −100 alone
 * for a monopolar cathode with the case as anode). No allocation. Returns `outMa`.
 *
 * @example
 * currentsFromFractionsInto(new Float64Array(3), 4, Float64Array.of(50, -100, 50), 3); // [2, −4, 2] (guarded cathode)
 */
export function currentsFromFractionsInto(
  outMa: Float64Array,
  amplitudeMa: number,
  fractionsPercent: Float64Array,
  contactCount: number,
): Float64Array {
  for (let c = 0; c < contactCount; c += 1) outMa[c] = (amplitudeMa * fractionsPercent[c]!) / 100;
  return outMa;
}

/**
 * Fills row c of `outMv` (contact-major, `contacts.length × n`) with the unit field of `contacts[c]`,
 * using `fieldFor(contact)` to fetch the table at that contact's height (cache tables by height: every
 * contact of a percutaneous lead shares one). Returns `outMv`.
 *
 * @example
 * const field = buildUnitSourceField(stack, contacts[0].centre.dorsalMm);
 * contactFieldsInto(new Float64Array(contacts.length * n), () => field, contacts, lateral, axial, dorsal, n);
 */
export function contactFieldsInto(
  outMv: Float64Array,
  fieldFor: (contact: ContactGeometry) => UnitSourceField,
  contacts: readonly ContactGeometry[],
  lateralMm: Float64Array,
  axialMm: Float64Array,
  dorsalMm: Float64Array,
  n: number,
): Float64Array {
  contacts.forEach((contact, c) => {
    const row = outMv.subarray(c * n, (c + 1) * n);
    contactPotentialInto(row, fieldFor(contact), contact, lateralMm, axialMm, dorsalMm, n);
  });
  return outMv;
}
