/**
 * The pulse shapes the threshold predictor is calibrated for, as MRG waveforms.
 *
 * Every shape is defined with the sign convention of `pulse-shape.ts` (cathodic phase = −1) and the
 * predictor follows `findThresholdScale` exactly: Ve(t) = scale × w(t) × profile. "Anodic" variants
 * are the same calibration applied to the negated profile (an anodic-first pulse on a profile is the
 * cathodic-first pulse on its negative), so only cathodic-first shapes are simulated. The grid
 * itself (families, diameters, widths) is in src-core/axon/predictor/calibration-grid.ts.
 */
import type { Microseconds } from '../../src-core/units';
import { biphasicPulse, monophasicPulse, sampledWaveform, type PulseShape } from '../../src-core/axon/pulse-shape';
import { CALIBRATION_PULSE_WIDTHS_US, type PredictorWaveform } from '../../src-core/axon/predictor/calibration-grid';

/** A calibrated shape: one family, and the phase width for the single-pulse families. */
export interface CalibrationShape {
  readonly waveform: PredictorWaveform;
  /** Width of one phase, µs (fixed for the trains). */
  readonly pulseWidthUs: number;
}

/** 10 kHz train: phase width, period and number of pulses simulated (see `tenKilohertzTrain`). */
export const TRAIN_10K_PHASE_US = 30; // HF10: 10 kHz, 30 µs (Kapural et al. 2015)
const TRAIN_10K_PERIOD_US = 100; // 10 kHz (Kapural et al. 2015)
/** Pulses in the simulated train: MRG thresholds change < 0.5 % from 20 to 40 pulses (docs/physics-predictor.md). */
export const TRAIN_10K_PULSES = 20;
/** Burst: five 1000 µs pulses at 500 Hz intra-burst rate (De Ridder et al. 2010). */
export const BURST_PULSES = 5; // De Ridder et al. 2010 (BurstDR)
export const BURST_PULSE_US = 1000; // De Ridder et al. 2010 (BurstDR)
const BURST_PERIOD_US = 2000; // 500 Hz intra-burst rate, De Ridder et al. 2010

/**
 * A charge-balanced 10 kHz train, cathodic-first: `TRAIN_10K_PULSES` × (30 µs cathodic, 30 µs anodic,
 * 40 µs off) = 2 ms. Its threshold is that of the first propagated action potential during the train.
 *
 * @example
 * tenKilohertzTrain().durationUs; // 2000
 */
export function tenKilohertzTrain(): PulseShape {
  const step = 10;
  const perPeriod = TRAIN_10K_PERIOD_US / step;
  const phase = TRAIN_10K_PHASE_US / step;
  const samples = new Float64Array(TRAIN_10K_PULSES * perPeriod);
  for (let p = 0; p < TRAIN_10K_PULSES; p += 1) {
    for (let k = 0; k < phase; k += 1) {
      samples[p * perPeriod + k] = -1;
      samples[p * perPeriod + phase + k] = 1;
    }
  }
  return sampledWaveform(samples, step as Microseconds);
}

/**
 * A BurstDR-style burst: `BURST_PULSES` cathodic 1000 µs pulses at 500 Hz (1 ms off between them),
 * 9 ms long. The passive recharge after the burst is not included (it follows the last pulse at low
 * amplitude and does not change the threshold of an action potential started during the burst).
 *
 * @example
 * burstDr().durationUs; // 9000
 */
export function burstDr(): PulseShape {
  const perPeriod = BURST_PERIOD_US / BURST_PULSE_US;
  const samples = new Float64Array((BURST_PULSES - 1) * perPeriod + 1);
  for (let p = 0; p < BURST_PULSES; p += 1) samples[p * perPeriod] = -1;
  return sampledWaveform(samples, BURST_PULSE_US as Microseconds);
}

/**
 * The cathodic-first MRG waveform of a calibration shape.
 *
 * @example
 * pulseOfShape({ waveform: 'biphasic', pulseWidthUs: 60 }).durationUs; // 120
 */
export function pulseOfShape(shape: CalibrationShape): PulseShape {
  switch (shape.waveform) {
    case 'monophasic':
      return monophasicPulse(shape.pulseWidthUs as Microseconds, 'cathodic');
    case 'biphasic':
      return biphasicPulse(shape.pulseWidthUs as Microseconds, { firstPhase: 'cathodic' });
    case 'train10k':
      return tenKilohertzTrain();
    case 'burst':
      return burstDr();
  }
}

/**
 * Every shape of the calibration: monophasic and biphasic at each calibrated width, then the 10 kHz
 * train and the burst.
 *
 * @example
 * calibrationShapes().length; // 2 × 8 + 2 = 18
 */
export function calibrationShapes(): CalibrationShape[] {
  const out: CalibrationShape[] = [];
  for (const waveform of ['monophasic', 'biphasic'] as const) {
    for (const pulseWidthUs of CALIBRATION_PULSE_WIDTHS_US) out.push({ waveform, pulseWidthUs });
  }
  out.push({ waveform: 'train10k', pulseWidthUs: TRAIN_10K_PHASE_US });
  out.push({ waveform: 'burst', pulseWidthUs: BURST_PULSE_US });
  return out;
}

/** A short stable key of a shape, e.g. `monophasic/100`. */
export function shapeKey(shape: CalibrationShape): string {
  return `${shape.waveform}/${shape.pulseWidthUs}`;
}
