/**
 * The current that evokes a given ECAP with the cord held still: how a clinician programs a fixed or per-posture
 * amplitude from the growth curve (the ECAP they aim at, sitting or in each posture).
 */
import type { CordState, EcapAmplitudeAt } from './cord-state';

/**
 * The smallest current (mA, within 0.001 mA) at which the ECAP reaches `ecapUv` with the cord in `state`, searched
 * by bisection up to `maxMa`; `maxMa` when even that is not enough. Assumes the growth curve rises with current.
 * @example currentForEcapMa(ecapAt, restingCordState('sitting'), 50, 10); // ≈ 3.83 on the test model
 */
export function currentForEcapMa(ecapAt: EcapAmplitudeAt, state: CordState, ecapUv: number, maxMa: number): number {
  if (ecapAt(state, maxMa) < ecapUv) return maxMa;
  let lo = 0;
  let hi = maxMa;
  while (hi - lo > 0.001) {
    const mid = (lo + hi) / 2;
    if (ecapAt(state, mid) >= ecapUv) hi = mid;
    else lo = mid;
  }
  return hi;
}
