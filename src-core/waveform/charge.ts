import type { Microcoulombs, Milliamps } from '../units';
import { mA, uC } from '../units';
import { segmentChargeUc, segmentCurrentAtMa } from './segments';
import type { ElectrodeWaveform, ProgramWaveforms } from './types';

/**
 * Net charge through one electrode over the interval (µC, positive = anodic), the analytic integral of its
 * segments summed with compensated (Neumaier) summation; zero for a balanced waveform.
 *
 * @example
 * electrodeNetChargeUc(waveforms.electrodes[0]!); // ≈ 0 (|x| < 1e-12)
 */
export function electrodeNetChargeUc(waveform: Pick<ElectrodeWaveform, 'segments'>): Microcoulombs {
  let sum = 0;
  let compensation = 0;
  for (const segment of waveform.segments) {
    const q = segmentChargeUc(segment);
    const t = sum + q;
    compensation += Math.abs(sum) >= Math.abs(q) ? sum - t + q : q - t + sum;
    sum = t;
  }
  return uC(sum + compensation);
}

/**
 * The largest |net charge| of any electrode of the program (µC): the worst charge imbalance.
 *
 * @example
 * maxElectrodeImbalanceUc(waveforms) < 1e-9; // true
 */
export function maxElectrodeImbalanceUc(waveforms: Pick<ProgramWaveforms, 'electrodes'>): Microcoulombs {
  return uC(waveforms.electrodes.reduce((worst, e) => Math.max(worst, Math.abs(electrodeNetChargeUc(e))), 0));
}

/**
 * Current of one electrode at `tUs` (µs from the interval start), in mA; zero between segments. At a jump the
 * value after it is returned (right-continuous). Binary search: O(log segments).
 *
 * @example
 * electrodeCurrentAtMa(cathode, 10); // -3 (inside a 3 mA cathodic phase)
 */
export function electrodeCurrentAtMa(waveform: Pick<ElectrodeWaveform, 'segments'>, tUs: number): Milliamps {
  const { segments } = waveform;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.endUs <= tUs) lo = mid + 1;
    else hi = mid;
  }
  const segment = segments[lo];
  return segment !== undefined && segment.startUs <= tUs ? segmentCurrentAtMa(segment, tUs) : mA(0);
}

/**
 * Sum of all electrodes' currents at `tUs` (mA): zero (to rounding) at every instant, since the current that
 * leaves through the anodes returns through the cathodes.
 *
 * @example
 * kirchhoffResidualMa(waveforms, 123.4); // ≈ 0
 */
export function kirchhoffResidualMa(waveforms: Pick<ProgramWaveforms, 'electrodes'>, tUs: number): Milliamps {
  return mA(waveforms.electrodes.reduce((sum, e) => sum + electrodeCurrentAtMa(e, tUs), 0));
}
