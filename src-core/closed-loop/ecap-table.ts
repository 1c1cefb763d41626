/**
 * A fast stand-in for a slow ECAP model: growth curves tabulated once per posture and cord displacement, then read
 * by interpolation, so a day of millions of controller updates costs lookups rather than trace syntheses.
 */
import { POSTURES, type Posture } from '../anatomy/patient-anatomy';
import { mm } from '../units';
import type { CordState, EcapAmplitudeAt } from './cord-state';
import { COUGH_PEAK_SHIFT_MM, GAIT_BOUNCE_MM } from './movement';

/** Where the growth curves are tabulated. */
export interface EcapTableGrid {
  /** Highest current tabulated (mA); above it the curve is extended at its last slope. */
  readonly maxMa: number;
  /** Current step (mA), e.g. the device's 0.05–0.1 mA amplitude step. */
  readonly stepMa: number;
  /**
   * Dorsal displacements tabulated (mm, ascending); beyond the ends the nearest is used. Default: from one gait
   * bounce away from the lead to two coughs towards it, every 0.25 mm (0 included).
   */
  readonly shiftsMm?: readonly number[];
}

/** Spacing of the default displacement grid (mm); the grid holds 0, so a cord at rest is read without blending. */
const SHIFT_STEP_MM = 0.25;

const defaultShifts = (): number[] => {
  const out: number[] = [];
  const first = -Math.ceil(GAIT_BOUNCE_MM / SHIFT_STEP_MM);
  const last = Math.ceil((2 * COUGH_PEAK_SHIFT_MM) / SHIFT_STEP_MM);
  for (let k = first; k <= last; k++) out.push(k * SHIFT_STEP_MM);
  return out;
};

/**
 * Tabulates `slow` on `grid` for every posture (POSTURES × shifts × currents calls) and returns a function that
 * interpolates it: linearly in current and displacement, and during a change of posture linearly between the two
 * postures' values by the transition's fraction (an approximation: the geometry, not the ECAP, moves linearly).
 * @example const fast = tabulateEcapAmplitude(slowEcapAt, { maxMa: 12, stepMa: 0.05 });
 */
export function tabulateEcapAmplitude(slow: EcapAmplitudeAt, grid: EcapTableGrid): EcapAmplitudeAt {
  const shifts = grid.shiftsMm ?? defaultShifts();
  const nI = Math.max(2, Math.ceil(grid.maxMa / grid.stepMa) + 1);
  const step = grid.stepMa;
  const tables = new Map<Posture, Float64Array>();
  for (const posture of POSTURES) {
    const table = new Float64Array(shifts.length * nI);
    shifts.forEach((shift, j) => {
      const state: CordState = { posture, transition: null, dorsalShiftMm: mm(shift) };
      for (let i = 0; i < nI; i++) table[j * nI + i] = slow(state, i * step);
    });
    tables.set(posture, table);
  }
  const curveAt = (table: Float64Array, j: number, amplitudeMa: number): number => {
    const x = Math.max(0, amplitudeMa) / step;
    const i = Math.min(Math.floor(x), nI - 2);
    const a = table[j * nI + i]!;
    const b = table[j * nI + i + 1]!;
    return a + (b - a) * (x - i);
  };
  const valueAt = (posture: Posture, shiftMm: number, amplitudeMa: number): number => {
    const table = tables.get(posture)!;
    if (shiftMm <= shifts[0]!) return curveAt(table, 0, amplitudeMa);
    const last = shifts.length - 1;
    if (shiftMm >= shifts[last]!) return curveAt(table, last, amplitudeMa);
    let j = 0;
    while (shifts[j + 1]! < shiftMm) j++;
    const f = (shiftMm - shifts[j]!) / (shifts[j + 1]! - shifts[j]!);
    return curveAt(table, j, amplitudeMa) * (1 - f) + curveAt(table, j + 1, amplitudeMa) * f;
  };
  return (state, amplitudeMa) => {
    const from = valueAt(state.posture, state.dorsalShiftMm, amplitudeMa);
    if (state.transition === null) return Math.max(0, from);
    const to = valueAt(state.transition.to, state.dorsalShiftMm, amplitudeMa);
    return Math.max(0, from + (to - from) * state.transition.fraction);
  };
}
