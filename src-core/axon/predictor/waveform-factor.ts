/**
 * Programmed-waveform factors: how much the programmed pulse train (interphase gap, active or passive recharge, burst
 * count and intra-burst rate, kHz rate and width) moves a fibre's threshold away from that of the single pulse the
 * spatial predictor is calibrated for. Measured with the MRG model on a grid (waveform-factor-grid.ts) by
 * tools/predictor/waveform-factors.ts; interpolated here per fibre diameter. See docs/physics-predictor.md,
 * "Programmed waveforms", for the method and its error against the full model.
 */
import { PASSIVE_RECHARGE_MIN_TIME_CONSTANTS, PASSIVE_RECHARGE_TAU_US } from '../../program/timing';
import type { Paradigm } from '../../program/types';
import { us, type Hertz, type Microseconds } from '../../units';
import type { PredictorPulse } from './calibration';
import {
  BURST_FACTOR_COUNTS,
  BURST_FACTOR_RATES_HZ,
  BURST_FACTOR_WIDTHS_US,
  FACTOR_DIAMETERS_UM,
  RECHARGE_BASE_WIDTH_US,
  TONIC_FACTOR_GAPS_US,
  TONIC_FACTOR_WIDTHS_US,
  TRAIN_FACTOR_RATES_HZ,
  TRAIN_FACTOR_WIDTHS_US,
} from './waveform-factor-grid';
import { WAVEFORM_FACTOR_TABLE } from './waveform-factor-table';

/** The waveform families with factors of their own. */
export type FactorFamily = 'tonicActive' | 'tonicPassive' | 'burst' | 'train';

/** One axis of a family's grid: its name, points and whether it is interpolated in log space. */
export interface FactorAxis {
  readonly name: string;
  readonly points: readonly number[];
  readonly log: boolean;
}

/** Factors of one family: per measured diameter, the grid in row-major order of its axes. */
export interface WaveformFactorTable {
  readonly version: number;
  readonly diametersUm: readonly number[];
  readonly factors: Readonly<Record<FactorFamily, readonly number[]>>;
  /**
   * Per diameter: MRG threshold (peak current) of a unit-peak passive recharge (τ = `PASSIVE_RECHARGE_TAU_US`) over
   * that of a `RECHARGE_BASE_WIDTH_US` monophasic pulse, both cathodic.
   */
  readonly rechargeFactors: readonly number[];
}

/**
 * The axes of each family's grid, in the order the table stores them (last axis fastest), and the single pulse its
 * factor is relative to. Shared by the generator and the runtime so the two cannot disagree.
 */
const TONIC_AXES: readonly FactorAxis[] = [
  { name: 'pulse width (µs)', points: TONIC_FACTOR_WIDTHS_US, log: true },
  { name: 'interphase gap (µs)', points: TONIC_FACTOR_GAPS_US, log: false },
];

export const FACTOR_FAMILIES: Readonly<
  Record<FactorFamily, { readonly axes: readonly FactorAxis[]; readonly base: 'monophasic' | 'biphasic' }>
> = {
  tonicActive: { axes: TONIC_AXES, base: 'biphasic' },
  tonicPassive: { axes: TONIC_AXES, base: 'monophasic' },
  burst: {
    axes: [
      { name: 'pulses per burst', points: BURST_FACTOR_COUNTS, log: false },
      { name: 'intra-burst rate (Hz)', points: BURST_FACTOR_RATES_HZ, log: true },
      { name: 'pulse width (µs)', points: BURST_FACTOR_WIDTHS_US, log: true },
    ],
    base: 'monophasic',
  },
  train: {
    axes: [
      { name: 'kHz rate (Hz)', points: TRAIN_FACTOR_RATES_HZ, log: true },
      { name: 'pulse width (µs)', points: TRAIN_FACTOR_WIDTHS_US, log: true },
    ],
    base: 'biphasic',
  },
};

/** Points of a family's grid in table order (last axis fastest). */
export function factorGridPoints(family: FactorFamily): number[][] {
  let points: number[][] = [[]];
  for (const axis of FACTOR_FAMILIES[family].axes) {
    points = points.flatMap((p) => axis.points.map((x) => [...p, x]));
  }
  return points;
}

/** Where a programmed waveform sits: its family and its coordinates on that family's axes. */
export interface FactorPoint {
  readonly family: FactorFamily;
  readonly coordinates: readonly number[];
}

/**
 * The predictor's single pulse for a programmed waveform, and the per-diameter factors (at `FACTOR_DIAMETERS_UM`)
 * that turn its thresholds into those of the programmed train; for a passive recharge also the recharge as a phase
 * of its own, which under an area's anodes is cathodic (docs/physics-predictor.md, "Programmed waveforms").
 */
export interface ProgrammedPredictorPulse {
  readonly pulse: PredictorPulse;
  readonly factorsByDiameter: Float64Array;
  readonly recharge: PassiveRechargePhase | null;
}

/**
 * A passive recharge as a stimulus: its peak current per mA of the area's amplitude, and per diameter its MRG
 * threshold relative to the reversed `RECHARGE_BASE_WIDTH_US` monophasic pulse the predictor gives. A fibre's
 * recharge threshold (mA of amplitude) is that pulse's threshold × factor ÷ `peakPerMa`.
 */
export interface PassiveRechargePhase {
  readonly pulse: PredictorPulse;
  readonly peakPerMa: number;
  readonly factorsByDiameter: Float64Array;
}

/** The family and coordinates of a paradigm delivered at `pulseWidthUs` and `rateHz`. */
export function factorPointOf(paradigm: Paradigm, pulseWidthUs: Microseconds, rateHz: Hertz): FactorPoint {
  switch (paradigm.kind) {
    case 'tonic':
      return {
        family: paradigm.recharge === 'active' ? 'tonicActive' : 'tonicPassive',
        coordinates: [pulseWidthUs, paradigm.interphaseGapUs],
      };
    case 'burst':
      return { family: 'burst', coordinates: [paradigm.pulsesPerBurst, paradigm.intraBurstRateHz, pulseWidthUs] };
    case 'highFrequency':
      return { family: 'train', coordinates: [rateHz, pulseWidthUs] };
  }
}

/** Index i and weight t of `x` between axis points i and i + 1; throws outside the axis. */
function bracket(axis: FactorAxis, x: number): [number, number] {
  const pts = axis.points;
  const last = pts.length - 1;
  if (!(x >= pts[0]! - 1e-9 && x <= pts[last]! + 1e-9)) {
    throw new RangeError(`${axis.name} ${x} is outside the modelled range ${pts[0]}–${pts[last]}`);
  }
  let i = 0;
  while (i < last - 1 && x > pts[i + 1]!) i += 1;
  const f = axis.log ? Math.log : (v: number) => v;
  const t = (f(x) - f(pts[i]!)) / (f(pts[i + 1]!) - f(pts[i]!));
  return [i, Math.min(1, Math.max(0, t))];
}

/**
 * Why a point lies outside its family's grid (the first axis it leaves, in the clinician's words), or null inside.
 *
 * @example factorRangeProblem({ family: 'tonicActive', coordinates: [100, 500] }); // 'interphase gap (µs) 500 is outside the modelled range 0–200'
 */
export function factorRangeProblem(point: FactorPoint): string | null {
  const { axes } = FACTOR_FAMILIES[point.family];
  for (const [k, axis] of axes.entries()) {
    const x = point.coordinates[k]!;
    const pts = axis.points;
    if (!(x >= pts[0]! - 1e-9 && x <= pts[pts.length - 1]! + 1e-9)) {
      return `${axis.name} ${x} is outside the modelled range ${pts[0]}–${pts[pts.length - 1]}`;
    }
  }
  return null;
}

/**
 * Factors at every measured diameter for a point, multilinear in the family's axes (log axes in log space).
 *
 * @throws RangeError when a coordinate is outside the grid (validation keeps programs inside it).
 * @example factorsAt({ family: 'tonicActive', coordinates: [100, 0] })[0]; // 1: no gap is the calibrated pulse
 */
export function factorsAt(point: FactorPoint, table: WaveformFactorTable = WAVEFORM_FACTOR_TABLE): Float64Array {
  const { axes } = FACTOR_FAMILIES[point.family];
  const values = table.factors[point.family];
  const perDiameter = axes.reduce((n, a) => n * a.points.length, 1);
  if (values.length !== perDiameter * table.diametersUm.length) {
    throw new RangeError(`waveform factor table for ${point.family} does not match its grid`);
  }
  const brackets = axes.map((axis, k) => bracket(axis, point.coordinates[k]!));
  const out = new Float64Array(table.diametersUm.length);
  for (let d = 0; d < out.length; d += 1) {
    let sum = 0;
    for (let corner = 0; corner < 1 << axes.length; corner += 1) {
      let weight = 1;
      let offset = 0;
      for (let k = 0; k < axes.length; k += 1) {
        const [i, t] = brackets[k]!;
        const upper = (corner >> k) & 1;
        weight *= upper ? t : 1 - t;
        offset = offset * axes[k]!.points.length + Math.min(i + upper, axes[k]!.points.length - 1);
      }
      if (weight !== 0) sum += weight * values[d * perDiameter + offset]!;
    }
    out[d] = sum;
  }
  return out;
}

/**
 * The predictor pulse and factors for an area's pulse width under a paradigm and rate.
 *
 * @example programmedPredictorPulse({ kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) }, us(1000), Hz(40));
 * // { pulse: monophasic 1000 µs, factorsByDiameter: [≈0.6, …] }
 */
export function programmedPredictorPulse(
  paradigm: Paradigm,
  pulseWidthUs: Microseconds,
  rateHz: Hertz,
): ProgrammedPredictorPulse {
  const point = factorPointOf(paradigm, pulseWidthUs, rateHz);
  return {
    pulse: { waveform: FACTOR_FAMILIES[point.family].base, pulseWidthUs, polarity: 'cathodic' },
    factorsByDiameter: factorsAt(point),
    recharge: passiveRechargePhaseOf(paradigm, pulseWidthUs),
  };
}

/**
 * The passive recharge of a tonic-passive pulse or a burst as a stimulus of its own (null for active recharge): it
 * returns the stimulating charge Q through τ over 3 τ, so its peak is Q / (τ (1 − e⁻³)) per mA (waveform/phases.ts).
 */
export function passiveRechargePhaseOf(
  paradigm: Paradigm,
  pulseWidthUs: Microseconds,
  table: WaveformFactorTable = WAVEFORM_FACTOR_TABLE,
): PassiveRechargePhase | null {
  const passive = paradigm.kind === 'burst' || (paradigm.kind === 'tonic' && paradigm.recharge === 'passive');
  if (!passive) return null;
  const tauUs = PASSIVE_RECHARGE_TAU_US;
  const chargeUs = (paradigm.kind === 'burst' ? paradigm.pulsesPerBurst : 1) * pulseWidthUs;
  return {
    // Anodic-first on the area's profile: the recharge is cathodic at the anodes (and anodic at the cathodes).
    pulse: { waveform: 'monophasic', pulseWidthUs: us(RECHARGE_BASE_WIDTH_US), polarity: 'anodic' },
    peakPerMa: chargeUs / (tauUs * -Math.expm1(-PASSIVE_RECHARGE_MIN_TIME_CONSTANTS)),
    factorsByDiameter: Float64Array.from(table.rechargeFactors),
  };
}

/**
 * Multiplies each fibre's threshold by the factor at its diameter (linear between `FACTOR_DIAMETERS_UM`). Infinity
 * (not excitable) stays Infinity. Returns `thresholds`.
 */
export function applyWaveformFactorsInto(
  thresholds: Float64Array,
  fibreDiametersUm: Float64Array,
  count: number,
  factorsByDiameter: Float64Array,
): Float64Array {
  const grid = FACTOR_DIAMETERS_UM;
  const last = grid.length - 1;
  for (let f = 0; f < count; f += 1) {
    const d = fibreDiametersUm[f]!;
    let i = 0;
    while (i < last - 1 && d > grid[i + 1]!) i += 1;
    const t = Math.min(1, Math.max(0, (d - grid[i]!) / (grid[i + 1]! - grid[i]!)));
    thresholds[f] = thresholds[f]! * ((1 - t) * factorsByDiameter[i]! + t * factorsByDiameter[i + 1]!);
  }
  return thresholds;
}

/**
 * Thresholds (mA of amplitude) of the programmed train from the predictor's single-pulse thresholds: `main` (for
 * `programmed.pulse`) scaled by the train's factors, and where there is a passive recharge, the lower of that and
 * the recharge's own threshold (`rechargeAlone`, for `programmed.recharge.pulse`, scaled by its factors and divided
 * by its peak). Writes into and returns `main`.
 */
export function programmedThresholdsInto(
  main: Float64Array,
  rechargeAlone: Float64Array | null,
  fibreDiametersUm: Float64Array,
  count: number,
  programmed: ProgrammedPredictorPulse,
): Float64Array {
  applyWaveformFactorsInto(main, fibreDiametersUm, count, programmed.factorsByDiameter);
  const { recharge } = programmed;
  if (recharge === null) return main;
  if (rechargeAlone === null) throw new RangeError('a passive recharge needs the recharge pulse’s thresholds');
  applyWaveformFactorsInto(rechargeAlone, fibreDiametersUm, count, recharge.factorsByDiameter);
  // The recharge is a phase of its own, cathodic under the area's anodes: a fibre fires at whichever it reaches first.
  for (let f = 0; f < count; f += 1) main[f] = Math.min(main[f]!, rechargeAlone[f]! / recharge.peakPerMa);
  return main;
}
