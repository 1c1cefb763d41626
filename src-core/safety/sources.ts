import type { ElectrodeCurrent } from '../impedance/area-load';
import type { StimulationArea } from '../program/types';

/**
 * The programmed source current of each electrode of an area (signed mA, anodes positive): a cathode carries
 * −amplitude × fraction / Σ cathode fractions, an anode +amplitude × fraction / Σ anode fractions, so with fractions
 * summing to 100 % each electrode carries amplitude × fraction. An electrode listed twice gets the sum. Empty when
 * the area has no cathode or no anode with a non-zero fraction (no closed current path). On a single-source IPG the
 * fractions do not matter: `solveAreaLoad` re-divides the current by conductance.
 *
 * @example
 * areaSourceCurrents(area with cathode 3 at 60 %, cathode 5 at 40 %, anode 4 at 100 %, mA(5));
 * // [{ electrode: 3, currentMa: -3 }, { electrode: 5, currentMa: -2 }, { electrode: 4, currentMa: 5 }]
 */
export function areaSourceCurrents(area: Pick<StimulationArea, 'contacts'>, amplitudeMa: number): ElectrodeCurrent[] {
  let cathodePct = 0;
  let anodePct = 0;
  for (const c of area.contacts) {
    if (c.polarity === 'cathode') cathodePct += c.fractionPct;
    else anodePct += c.fractionPct;
  }
  if (!(cathodePct > 0 && anodePct > 0)) return [];
  const byElectrode = new Map<ElectrodeCurrent['electrode'], number>();
  for (const c of area.contacts) {
    const share = c.polarity === 'cathode' ? -c.fractionPct / cathodePct : c.fractionPct / anodePct;
    byElectrode.set(c.electrode, (byElectrode.get(c.electrode) ?? 0) + share * amplitudeMa);
  }
  return [...byElectrode.entries()].map(([electrode, currentMa]) => ({ electrode, currentMa }));
}
