import type { ImpedanceMeasurement } from '../../src-core';
import { OPEN_IMPEDANCE_OHM } from '../../src-core';

/**
 * An impedance as a programmer shows it: ohms below 1 kΩ, kilo-ohms above, and an open path as "> 10 kΩ".
 *
 * @example formatImpedance(642.4); // "642 Ω"
 * @example formatImpedance(1234); // "1.23 kΩ"
 */
export function formatImpedance(impedanceOhm: number | null): string {
  if (impedanceOhm === null || !(impedanceOhm <= OPEN_IMPEDANCE_OHM)) return `> ${OPEN_IMPEDANCE_OHM / 1000} kΩ`;
  if (impedanceOhm < 1000) return `${Math.round(impedanceOhm)} Ω`;
  return `${(impedanceOhm / 1000).toFixed(2)} kΩ`;
}

/** What a measured path's status means, in a word or two (shown beside the colour, never colour alone). */
export const STATUS_WORDS: Record<ImpedanceMeasurement['status'], string> = {
  ok: 'OK',
  open: 'Open',
  short: 'Short',
  high: 'High',
  low: 'Low',
};
