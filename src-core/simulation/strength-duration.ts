import { FACTOR_DIAMETERS_UM } from '../axon/predictor/waveform-factor-grid';
import { programmedPredictorPulse, type ProgrammedPredictorPulse } from '../axon/predictor/waveform-factor';
import { buildRecruitmentIndex } from '../perception/recruitment-index';
import { sensationThresholds } from '../perception/perception';
import type { Program, StimulationArea } from '../program/types';
import type { PhysiologyEngine, PhysiologySetup } from './engine';
import { us } from '../units';

/** Pulse widths (µs) of a strength–duration sweep: the predictor's calibrated range, log-spaced. */
export const STRENGTH_DURATION_PULSE_WIDTHS_US: readonly number[] = [
  20, 30, 50, 70, 100, 150, 200, 300, 450, 600, 800, 1000,
];

/** Perception and discomfort thresholds (mA) of one configuration at one pulse width; null = not reached. */
export interface StrengthDurationPoint {
  readonly pulseWidthUs: number;
  readonly perceptionMa: number | null;
  readonly discomfortMa: number | null;
}

/** Weiss's law I = I_rh·(1 + c/PW) fitted to perception thresholds. */
export interface WeissFit {
  readonly rheobaseMa: number;
  readonly chronaxieUs: number;
}

/**
 * The tonic pulse whose width a strength–duration curve varies: a tonic program's own pulse (its recharge and
 * interphase gap, from the MRG-measured factors), a symmetric biphasic pulse otherwise (a burst's or kHz train's
 * width range is far narrower than the sweep's).
 */
export function strengthDurationPulse(program: Program, pulseWidthUs: number): ProgrammedPredictorPulse {
  if (program.paradigm.kind === 'tonic') {
    return programmedPredictorPulse(program.paradigm, us(pulseWidthUs), program.rateHz);
  }
  return {
    pulse: { waveform: 'biphasic', pulseWidthUs: us(pulseWidthUs), polarity: 'cathodic' },
    factorsByDiameter: new Float64Array(FACTOR_DIAMETERS_UM.length).fill(1),
    recharge: null,
  };
}

/**
 * Perception and discomfort thresholds of one area's contacts at one pulse width, other areas off. Reuses the
 * engine's population and unit fields, so each point costs one threshold pass (a few ms).
 * @example strengthDurationPoint(engine, setup, area, 300).perceptionMa; // ≈ 2.7
 */
export function strengthDurationPoint(
  engine: PhysiologyEngine,
  setup: PhysiologySetup,
  area: StimulationArea,
  pulseWidthUs: number,
): StrengthDurationPoint {
  const { population, thresholdsMa } = engine.areaThresholdsForPulse(
    setup,
    area,
    strengthDurationPulse(setup.program, pulseWidthUs),
  );
  const t = sensationThresholds(buildRecruitmentIndex(population, thresholdsMa));
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return { pulseWidthUs, perceptionMa: finite(t.perceptionMa), discomfortMa: finite(t.discomfortMa) };
}

/**
 * Least-squares fit of Weiss's law (Weiss 1901) in its charge form to the perception thresholds: the charge
 * Q = I·PW = I_rh·PW + I_rh·c is linear in PW, with slope the rheobase and intercept over slope the chronaxie.
 * Null when fewer than two points are felt or the fit is not physical.
 * @example weissFit([{ pulseWidthUs: 100, perceptionMa: 4 }, { pulseWidthUs: 400, perceptionMa: 2.5 }]); // { rheobaseMa: 2, chronaxieUs: 100 }
 */
export function weissFit(
  points: readonly Pick<StrengthDurationPoint, 'pulseWidthUs' | 'perceptionMa'>[],
): WeissFit | null {
  const felt = points.filter((p): p is { pulseWidthUs: number; perceptionMa: number } => p.perceptionMa !== null);
  if (felt.length < 2) return null;
  const n = felt.length;
  const widths = felt.map((p) => p.pulseWidthUs);
  const charges = felt.map((p) => p.perceptionMa * p.pulseWidthUs);
  const mw = widths.reduce((a, b) => a + b, 0) / n;
  const mq = charges.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (widths[i]! - mw) * (charges[i]! - mq);
    sxx += (widths[i]! - mw) ** 2;
  }
  if (sxx === 0) return null;
  const rheobaseMa = sxy / sxx;
  const intercept = mq - rheobaseMa * mw;
  if (!(rheobaseMa > 0) || !(intercept > 0)) return null;
  return { rheobaseMa, chronaxieUs: intercept / rheobaseMa };
}
