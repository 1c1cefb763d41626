import type { ElectrodeCurrent } from '../impedance/area-load';
import type { StimulationArea } from '../program/types';
import { areaElectrodeWeights } from '../waveform/electrodes';

/**
 * The programmed source current of each electrode of an area (signed mA, anodes positive): a cathode carries
 * −amplitude × fraction / Σ cathode fractions, an anode +amplitude × fraction / Σ anode fractions, so with fractions
 * summing to 100 % each electrode carries amplitude × fraction. An electrode listed twice gets the sum. Empty when
 * the area has no cathode or no anode with a non-zero fraction (no closed current path). On a single-source IPG the
 * fractions do not matter: `solveAreaLoad` re-divides the current by conductance.
 *
 * @example
 * areaSourceCurrents(area with cathode 3 at 60 %, cathode 5 at 40 %, anode 4 at 100 %, mA(5));
 * // [{ electrode: 3, currentMa: -3 }, { electrode: 4, currentMa: 5 }, { electrode: 5, currentMa: -2 }] (contacts in order, then the case)
 */
export function areaSourceCurrents(area: Pick<StimulationArea, 'contacts'>, amplitudeMa: number): ElectrodeCurrent[] {
  // One rule for how fractions split the current, shared with the pulse-train synthesiser.
  return areaElectrodeWeights(area).map(({ electrode, weight }) => ({ electrode, currentMa: weight * amplitudeMa }));
}
