/**
 * The predictor for a batch of fibres of different diameters (a sampled fibre population): one
 * calibration per pulse holds the weights at every calibrated diameter, and the kernel interpolates
 * them linearly in diameter for each fibre, exactly as `predictorCalibration` does for one diameter.
 */
import type { Micrometres } from '../../units';
import { predictorCalibration, type PredictorCalibrationOptions, type PredictorPulse } from './calibration';
import { CALIBRATION_DIAMETERS_UM, type PredictorWaveform } from './calibration-grid';
import { createPredictorScratch, predictFibreScale } from './kernel';

/** Weights of one pulse at every calibrated diameter. Build with `predictorPulseCalibration`. */
export interface PredictorPulseCalibration {
  readonly waveform: PredictorWaveform;
  readonly polarity: 'cathodic' | 'anodic';
  readonly reach: number;
  readonly branches: number;
  readonly maxScale: number;
  /** Calibrated diameters, ascending, µm. */
  readonly diametersUm: Float64Array;
  /** Weights at each calibrated diameter (kernel layout), diameter-major. */
  readonly weightsByDiameter: Float64Array;
}

const cache = new Map<string, PredictorPulseCalibration>();

/**
 * The calibration of one pulse for fibres of any diameter in 5.7–16 µm (cached, default table).
 *
 * @throws RangeError outside the calibrated pulse-width range.
 * @example
 * const cal = predictorPulseCalibration({ waveform: 'monophasic', pulseWidthUs: us(300) });
 */
export function predictorPulseCalibration(
  pulse: PredictorPulse,
  options: PredictorCalibrationOptions = {},
): PredictorPulseCalibration {
  const key = `${pulse.waveform}|${pulse.pulseWidthUs ?? 0}|${pulse.polarity ?? 'cathodic'}|${options.maxScale}`;
  const hit = options.table === undefined ? cache.get(key) : undefined;
  if (hit !== undefined) return hit;
  const diameters = options.table
    ? [...new Set(options.table.entries.map((e) => e.fibreDiameterUm))].sort((a, b) => a - b)
    : [...CALIBRATION_DIAMETERS_UM];
  const perDiameter = diameters.map((d) => predictorCalibration(d as Micrometres, pulse, options));
  const first = perDiameter[0]!;
  const size = first.weights.length;
  const weightsByDiameter = new Float64Array(diameters.length * size);
  perDiameter.forEach((c, i) => weightsByDiameter.set(c.weights, i * size));
  const calibration: PredictorPulseCalibration = {
    waveform: pulse.waveform,
    polarity: first.polarity,
    reach: first.reach,
    branches: first.branches,
    maxScale: first.maxScale,
    diametersUm: Float64Array.from(diameters),
    weightsByDiameter,
  };
  if (options.table === undefined) cache.set(key, calibration);
  return calibration;
}

/**
 * Predicted threshold scales of fibres of different diameters: fibre f has diameter
 * `fibreDiametersUm[f]` (5.7–16 µm) and Ve per unit stimulus (mV) at its nodes in
 * `veAtNodesMv[f · nodesPerFibre …]`, sampled at its own internode length (`mrgGeometry`).
 * Same result as `predictThresholdScalesInto` with `predictorCalibration(D, pulse)` per fibre.
 * Allocates two small scratch arrays per call, nothing per fibre. Returns `out`.
 *
 * @throws RangeError if a diameter is outside the calibrated range (checked before any work).
 * @example
 * const cal = predictorPulseCalibration({ waveform: 'biphasic', pulseWidthUs: us(210) });
 * predictThresholdScalesByDiameterInto(out, ve, diameters, fibreCount, 21, cal);
 */
export function predictThresholdScalesByDiameterInto(
  out: Float64Array,
  veAtNodesMv: Float64Array,
  fibreDiametersUm: Float64Array,
  fibreCount: number,
  nodesPerFibre: number,
  calibration: PredictorPulseCalibration,
  excitableNodes?: Uint8Array,
): Float64Array {
  const grid = calibration.diametersUm;
  const last = grid.length - 1;
  for (let f = 0; f < fibreCount; f += 1) {
    const d = fibreDiametersUm[f]!;
    if (!(d >= grid[0]! - 1e-9 && d <= grid[last]! + 1e-9)) {
      throw new RangeError(`fibre ${f}: diameter ${d} µm is outside the calibrated ${grid[0]}–${grid[last]} µm`);
    }
  }
  const size = calibration.weightsByDiameter.length / grid.length;
  const weights = new Float64Array(size);
  const scratch = createPredictorScratch(nodesPerFibre, calibration.reach);
  const driveSign = calibration.polarity === 'cathodic' ? -1 : 1;
  const all = calibration.weightsByDiameter;
  for (let f = 0; f < fibreCount; f += 1) {
    const d = fibreDiametersUm[f]!;
    let i = 0;
    while (i < last - 1 && d > grid[i + 1]!) i += 1;
    const t = last === 0 ? 0 : Math.min(1, Math.max(0, (d - grid[i]!) / (grid[i + 1]! - grid[i]!)));
    const lo = i * size;
    const hi = Math.min(i + 1, last) * size;
    for (let k = 0; k < size; k += 1) weights[k] = (1 - t) * all[lo + k]! + t * all[hi + k]!;
    out[f] = predictFibreScale(
      veAtNodesMv,
      f * nodesPerFibre,
      nodesPerFibre,
      weights,
      calibration.reach,
      calibration.branches,
      driveSign,
      calibration.maxScale,
      scratch,
      excitableNodes,
    );
  }
  return out;
}
