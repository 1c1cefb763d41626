/**
 * The contacts an impedance check shows unusable: open to the case (a broken conductor) or shorted to another
 * contact. The assistant is told the measured check, not the case's hidden faults, as a clinician would be.
 */
import type { ImpedanceReport } from '../../impedance/check';

/**
 * Contacts whose monopolar path reads open, and both contacts of every shorted pair.
 * @example faultyContactsFromImpedance(impedanceCheck(implant, [{ kind: 'open', contact: 3 }])); // Set {3}
 */
export function faultyContactsFromImpedance(report: ImpedanceReport): ReadonlySet<number> {
  const out = new Set<number>();
  for (const m of report.monopolar)
    if (m.status === 'open' || m.status === 'short') m.contacts.forEach((c) => out.add(c));
  for (const m of report.bipolar) if (m.status === 'short') m.contacts.forEach((c) => out.add(c));
  return out;
}
