import type { Hertz, Microseconds } from '../units';
import { us } from '../units';
import type { Paradigm, Program, StimulationArea } from './types';

/**
 * Time constant of passive recharge: the output coupling capacitors discharging through the electrode–tissue load,
 * τ = R·C [U]. A burst puts its whole charge (BurstDR: 5 × 1 ms, 5 µC per mA) on those capacitors before any is
 * returned, so a burst-capable output needs several µF to stay within compliance (5 µC at ≤ 2 V: ≥ 2.5 µF), and
 * through ≈ 1 kΩ that is τ ≈ 2.5 ms. One output has one τ, so tonic passive recharge uses it too: with a few hundred
 * nF (τ = 400 µs, the value before) a 1 ms tonic pulse or a burst would be followed by a recharge peaking at 2.6× or
 * 12.5× the pulse amplitude that excites fibres under the anodes by itself (docs/physics-device.md §4.3).
 */
export const PASSIVE_RECHARGE_TAU_US = us(2500);

/** Passive recharge needs this many time constants before the next pulse (3 τ returns 95 % of the charge). */
export const PASSIVE_RECHARGE_MIN_TIME_CONSTANTS = 3;

/** The period of a rate (µs). */
export function periodUs(rate: Hertz): Microseconds {
  return us(1e6 / rate);
}

/**
 * How long one area's pulse (tonic, high frequency) or burst (burst) occupies the output before another area
 * or the next period may start (µs).
 */
export function areaOccupancyUs(paradigm: Paradigm, area: Pick<StimulationArea, 'pulseWidthUs'>): Microseconds {
  const passiveRecharge = PASSIVE_RECHARGE_TAU_US * PASSIVE_RECHARGE_MIN_TIME_CONSTANTS;
  switch (paradigm.kind) {
    case 'tonic':
      return us(
        area.pulseWidthUs +
          paradigm.interphaseGapUs +
          (paradigm.recharge === 'active' ? area.pulseWidthUs : passiveRecharge),
      );
    case 'burst':
      return us(
        (paradigm.pulsesPerBurst - 1) * periodUs(paradigm.intraBurstRateHz) + area.pulseWidthUs + passiveRecharge,
      );
    case 'highFrequency':
      return us(2 * area.pulseWidthUs);
  }
}

/**
 * Start of each area's pulse within a period (µs). Areas follow one another back to back from t = 0, the
 * simplest interleaving that keeps them from overlapping; the remainder of the period is idle.
 */
export function areaStartOffsetsUs(program: Pick<Program, 'paradigm' | 'areas'>): Microseconds[] {
  const offsets: Microseconds[] = [];
  let t = 0;
  for (const area of program.areas) {
    offsets.push(us(t));
    t += areaOccupancyUs(program.paradigm, area);
  }
  return offsets;
}

/** Total time all areas need in one period (µs). */
export function programOccupancyUs(program: Pick<Program, 'paradigm' | 'areas'>): Microseconds {
  return us(program.areas.reduce((sum, area) => sum + areaOccupancyUs(program.paradigm, area), 0));
}

/** Stimulating (cathodic) phases each area delivers per second: rate × pulses per burst for burst. */
export function phasesPerSecond(program: Pick<Program, 'paradigm' | 'rateHz'>): number {
  return program.paradigm.kind === 'burst' ? program.rateHz * program.paradigm.pulsesPerBurst : program.rateHz;
}
