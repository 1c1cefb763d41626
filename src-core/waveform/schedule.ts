import { deliveredAmplitudeMa } from '../program/dosing';
import { areaStartOffsetsUs, periodUs, programOccupancyUs } from '../program/timing';
import type { Cycling, Program } from '../program/types';
import type { Microseconds, Milliamps } from '../units';
import { mA, us } from '../units';
import type { UnitPhase } from './phases';
import { unitPhases } from './phases';
import type { SynthesisOptions } from './types';

/** Times closer than this (µs) count as equal when deciding whether a pulse fits the interval. */
const TIME_TOLERANCE_US = 1e-6;

/**
 * Soft-start factor (0–1) at `timeSinceOnUs` after stimulation was switched on: a linear ramp from 0 to 1 over
 * `softStartS` seconds; 1 when there is no ramp.
 *
 * @example
 * softStartScale(2, 500_000); // 0.25
 */
export function softStartScale(softStartS: number, timeSinceOnUs: number): number {
  if (!(softStartS > 0)) return 1;
  return Math.min(1, Math.max(0, timeSinceOnUs / (softStartS * 1e6)));
}

/**
 * Whether cycling is in its on phase at `timeSinceOnUs`: cycles start with `onS` on, then `offS` off. Continuous
 * (always on) without cycling or when `offS` is 0; never on when `onS` is 0 or less.
 *
 * @example
 * isCyclingOn({ onS: 1, offS: 2 }, 1_500_000); // false
 */
export function isCyclingOn(cycling: Cycling | undefined, timeSinceOnUs: number): boolean {
  if (!cycling || !(cycling.offS > 0)) return true;
  if (!(cycling.onS > 0)) return false;
  const cycleUs = (cycling.onS + cycling.offS) * 1e6;
  const phaseUs = ((timeSinceOnUs % cycleUs) + cycleUs) % cycleUs;
  return phaseUs < cycling.onS * 1e6;
}

/**
 * Throws a `RangeError` when the program cannot be laid out without overlap: its areas and their recharge need
 * more than one period, or a burst pulse is longer than the intra-burst period. `validateProgram` reports both
 * to the user first; this guard keeps the synthesiser's output well defined.
 *
 * @example
 * assertProgramFitsPeriod(tenKilohertzWithTwoAreasOf30Us); // RangeError: needs 120 µs per period but the period is 100 µs
 */
export function assertProgramFitsPeriod(program: Program): void {
  const period = periodUs(program.rateHz);
  const need = programOccupancyUs(program);
  if (!(period > 0) || need > period + TIME_TOLERANCE_US) {
    throw new RangeError(
      `Program "${program.name}" needs ${need} µs per period but the period is ${period} µs (see validateProgram).`,
    );
  }
  if (program.paradigm.kind === 'burst') {
    const intra = periodUs(program.paradigm.intraBurstRateHz);
    if (program.areas.some((a) => a.pulseWidthUs > intra + TIME_TOLERANCE_US)) {
      throw new RangeError(
        `Program "${program.name}" has burst pulses longer than the intra-burst period ${intra} µs.`,
      );
    }
  }
}

/** One pulse or burst to synthesise, in µs from the interval start. */
export interface ScheduledUnit {
  readonly areaIndex: number;
  readonly startUs: Microseconds;
  /** End of the unit's last phase (its recharge). */
  readonly endUs: Microseconds;
  readonly amplitudeMa: Milliamps;
  /** The unit's phases for a unit weight and 1 mA (see `unitPhases`). */
  readonly phases: readonly UnitPhase[];
}

/**
 * The pulses (tonic, high frequency) or bursts (burst) of every area that lie wholly inside the interval, in time
 * order. The pulse grid is anchored at switch-on: area k of period p starts at p·T + offset_k (offsets from
 * `areaStartOffsetsUs`). A unit is kept only if it starts at or after the interval start and its recharge ends at or
 * before the interval end, so every kept unit is whole and balanced; units cut by either edge are left out.
 * Cycling and soft start are evaluated at each unit's start and held for the whole unit. Units with zero current
 * (zero amplitude, start of the ramp, cycling off) are left out.
 */
export function scheduleUnits(program: Program, options: SynthesisOptions): ScheduledUnit[] {
  assertProgramFitsPeriod(program);
  const windowStartUs = (options.startMs ?? 0) * 1000;
  const windowUs = options.windowMs * 1000;
  const rampS = options.startMs === undefined ? 0 : program.softStartS;
  const period = periodUs(program.rateHz);
  const offsets = areaStartOffsetsUs(program);
  const areaCount = program.areas.length;
  const amplitudes = program.areas.map((a) => deliveredAmplitudeMa(a, options.amplitudeStepMa));
  // Start of area k in period p since switch-on; one expression so touching units meet exactly.
  const onsetUs = (p: number, k: number) => p * period + offsets[k]!;
  const units: ScheduledUnit[] = [];
  const firstPeriod = Math.max(0, Math.floor(windowStartUs / period) - 1);
  const lastPeriod = Math.ceil((windowStartUs + windowUs) / period);
  for (let p = firstPeriod; p <= lastPeriod; p++) {
    for (let k = 0; k < areaCount; k++) {
      const timeSinceOnUs = onsetUs(p, k);
      const startUs = timeSinceOnUs - windowStartUs;
      if (startUs < -TIME_TOLERANCE_US || startUs > windowUs || !isCyclingOn(program.cycling, timeSinceOnUs)) continue;
      const area = program.areas[k]!;
      const amplitudeMa = amplitudes[k]! * softStartScale(rampS, timeSinceOnUs);
      if (!(amplitudeMa > 0 && area.pulseWidthUs > 0)) continue;
      const availableEndUs = (k + 1 < areaCount ? onsetUs(p, k + 1) : onsetUs(p + 1, 0)) - windowStartUs;
      const phases = unitPhases(program.paradigm, area.pulseWidthUs, startUs, availableEndUs);
      const endUs = phases[phases.length - 1]!.endUs;
      if (endUs > windowUs + TIME_TOLERANCE_US) continue;
      units.push({ areaIndex: k, startUs: us(startUs), endUs, amplitudeMa: mA(amplitudeMa), phases });
    }
  }
  return units;
}
