/**
 * Energy of the phases of one area in the tissue (µJ): the stimulating phase from the solved load power, and the
 * passive recharge from its exponential current.
 */
import {
  PASSIVE_RECHARGE_MIN_TIME_CONSTANTS,
  PASSIVE_RECHARGE_TAU_US,
  areaStartOffsetsUs,
  periodUs,
} from '../program/timing';
import type { Program } from '../program/types';

/**
 * Energy (µJ) dissipated in a load `loadOhm` by a passive recharge that returns `chargeUc` within `windowUs` as the
 * exponential i(t) = i₀·e^(−t/τ), with i₀ = Q / (τ·(1 − e^(−W/τ))) — the same scaling as the pulse waveform (the
 * output switch returns any residue at the end of the interval). E = R·i₀²·τ/2·(1 − e^(−2W/τ)); for W ≫ τ this is
 * R·Q²/(2τ), the energy Q²/(2C) the coupling capacitor C = τ/R held.
 *
 * @example
 * passiveRechargeEnergyUj(1.5, 1170, 400, 1e9); // ≈ 3.29 µJ
 */
export function passiveRechargeEnergyUj(chargeUc: number, loadOhm: number, tauUs: number, windowUs: number): number {
  if (chargeUc === 0) return 0;
  const i0A = chargeUc / (tauUs * -Math.expm1(-windowUs / tauUs)); // µC/µs = A
  return (loadOhm * i0A * i0A * tauUs * -Math.expm1((-2 * windowUs) / tauUs)) / 2; // Ω·A²·µs = µJ
}

/**
 * Time a passive recharge of area `areaIndex` has (µs): from the end of its stimulating phase (tonic: plus the
 * interphase gap; burst: the last pulse) to the start of the next area's pulse or the next period, as the pulse
 * waveform schedules it. A program whose pulses do not fit its period is invalid (program/validate); here the
 * interval is then floored at `PASSIVE_RECHARGE_MIN_TIME_CONSTANTS` τ so the numbers stay finite.
 *
 * @example
 * passiveWindowUs(tonicPassive50Hz, 0); // 20 000 − 300 − gap
 */
export function passiveWindowUs(program: Pick<Program, 'paradigm' | 'areas' | 'rateHz'>, areaIndex: number): number {
  const offsets = areaStartOffsetsUs(program);
  const area = program.areas[areaIndex]!;
  const end = areaIndex + 1 < offsets.length ? offsets[areaIndex + 1]! : periodUs(program.rateHz);
  const { paradigm } = program;
  const stimulating =
    paradigm.kind === 'burst'
      ? (paradigm.pulsesPerBurst - 1) * periodUs(paradigm.intraBurstRateHz) + area.pulseWidthUs
      : area.pulseWidthUs + (paradigm.kind === 'tonic' ? paradigm.interphaseGapUs : 0);
  return Math.max(
    end - (offsets[areaIndex]! + stimulating),
    PASSIVE_RECHARGE_MIN_TIME_CONSTANTS * PASSIVE_RECHARGE_TAU_US,
  );
}

/**
 * True when the paradigm returns the charge with an active (driven) phase: tonic active and high frequency.
 *
 * @example
 * hasActiveRecharge({ kind: 'highFrequency' }); // true
 */
export function hasActiveRecharge(paradigm: Program['paradigm']): boolean {
  return paradigm.kind === 'highFrequency' || (paradigm.kind === 'tonic' && paradigm.recharge === 'active');
}
