import type { Milliamps } from '../units';
import { mA } from '../units';
import type { StimulationArea } from './types';

/**
 * The amplitude the area actually delivers (mA): the programmed amplitude, or for sub-perception dosing the
 * chosen percentage of the measured perception threshold, rounded to `stepMa` (the device step).
 *
 * @example
 * deliveredAmplitudeMa({ …, dosing: { mode: 'subPerception', percentOfPerception: 60, perceptionThresholdMa: mA(4) } }, mA(0.1)); // 2.4
 */
export function deliveredAmplitudeMa(
  area: Pick<StimulationArea, 'amplitudeMa' | 'dosing'>,
  stepMa: Milliamps,
): Milliamps {
  if (area.dosing.mode === 'absolute') return area.amplitudeMa;
  const raw = (area.dosing.percentOfPerception / 100) * area.dosing.perceptionThresholdMa;
  return mA(Math.round(Math.round(raw / stepMa) * stepMa * 1e6) / 1e6);
}
