import { PASSIVE_RECHARGE_TAU_US, periodUs } from '../program/timing';
import type { Paradigm } from '../program/types';
import type { Microseconds } from '../units';
import { us } from '../units';
import { oneMinusExpNeg } from './segments';

/**
 * One phase of a pulse or burst for a unit electrode weight and a 1 mA area amplitude: an electrode with weight w
 * (anodes +, cathodes −) in an area delivering I mA carries `w × I × factor` (flat) or starts at that current
 * (exponential). Stimulating phases have factor +1; recharge phases a negative factor sized to return the charge.
 */
export type UnitPhase =
  | { readonly kind: 'flat'; readonly startUs: Microseconds; readonly endUs: Microseconds; readonly factor: number }
  | {
      readonly kind: 'exponential';
      readonly startUs: Microseconds;
      readonly endUs: Microseconds;
      readonly factor: number;
      readonly tauUs: Microseconds;
    };

/** Pushes a passive recharge from `startUs` to `endUs` that returns exactly `chargeMaUs` (per mA, per unit weight). */
function passiveRecharge(phases: UnitPhase[], chargeMaUs: number, startUs: number, endUs: number): void {
  const tauUs = PASSIVE_RECHARGE_TAU_US;
  const factor = -chargeMaUs / (tauUs * oneMinusExpNeg((endUs - startUs) / tauUs));
  phases.push({ kind: 'exponential', startUs: us(startUs), endUs: us(endUs), factor, tauUs });
}

/**
 * Pushes an active (flat) recharge from `startUs` lasting `widthUs` that returns exactly `chargeMaUs`. Its end
 * never passes `availableEndUs` (the layout guarantees it analytically; this removes last-bit overshoot).
 */
function activeRecharge(
  phases: UnitPhase[],
  chargeMaUs: number,
  startUs: number,
  widthUs: number,
  availableEndUs: number,
): void {
  const endUs = Math.min(startUs + widthUs, availableEndUs);
  // Equal to −1 whenever the float durations agree; otherwise the ratio absorbs the last-bit difference.
  phases.push({ kind: 'flat', startUs: us(startUs), endUs: us(endUs), factor: -chargeMaUs / (endUs - startUs) });
}

/**
 * The phases of one area's pulse (tonic, high frequency) or burst (burst) starting at `startUs`; `availableEndUs`
 * is when the next pulse of any area starts, which a passive recharge may use in full.
 * - tonic: stimulating phase, `interphaseGapUs`, then an active phase of equal width and opposite sign, or a
 *   passive exponential (τ = `PASSIVE_RECHARGE_TAU_US`) until `availableEndUs`;
 * - burst: `pulsesPerBurst` stimulating phases at `intraBurstRateHz` with no recharge between them, then one
 *   passive exponential from the end of the last pulse until `availableEndUs`, returning the whole
 *   burst's charge;
 * - highFrequency: stimulating phase immediately followed by an equal and opposite active phase (no gap).
 * Each recharge's size is computed from the float durations actually emitted, so every unit nets to zero charge
 * up to the last bit of a double. The exponential is scaled to return all the charge within the time available:
 * devices close the output switch at the end to return any residue, which this scaling stands for.
 *
 * @example
 * unitPhases({ kind: 'highFrequency' }, us(30), 0, 100); // [{ flat 0–30, +1 }, { flat 30–60, −1 }]
 */
export function unitPhases(
  paradigm: Paradigm,
  pulseWidthUs: Microseconds,
  startUs: number,
  availableEndUs: number,
): UnitPhase[] {
  const phases: UnitPhase[] = [];
  const count = paradigm.kind === 'burst' ? paradigm.pulsesPerBurst : 1;
  const spacingUs = paradigm.kind === 'burst' ? periodUs(paradigm.intraBurstRateHz) : 0;
  let chargeMaUs = 0;
  let lastEndUs = startUs;
  for (let j = 0; j < count; j++) {
    const s = startUs + j * spacingUs;
    lastEndUs = s + pulseWidthUs;
    chargeMaUs += lastEndUs - s;
    phases.push({ kind: 'flat', startUs: us(s), endUs: us(lastEndUs), factor: 1 });
  }
  switch (paradigm.kind) {
    case 'tonic': {
      const rechargeStartUs = lastEndUs + paradigm.interphaseGapUs;
      if (paradigm.recharge === 'active')
        activeRecharge(phases, chargeMaUs, rechargeStartUs, pulseWidthUs, availableEndUs);
      else passiveRecharge(phases, chargeMaUs, rechargeStartUs, availableEndUs);
      break;
    }
    case 'burst':
      passiveRecharge(phases, chargeMaUs, lastEndUs, availableEndUs);
      break;
    case 'highFrequency':
      activeRecharge(phases, chargeMaUs, lastEndUs, pulseWidthUs, availableEndUs);
      break;
  }
  return phases;
}
