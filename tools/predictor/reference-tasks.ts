/**
 * The list of MRG reference simulations behind the calibration — every (diameter, shape, field) of
 * the training and held-out test sets — and how to run one. Pure: the offline script
 * (`calibrate-predictor.ts`) distributes the tasks over processes and caches the results.
 */
import type { Micrometres } from '../../src-core/units';
import { mrgGeometry } from '../../src-core/axon/mrg-geometry';
import { CALIBRATION_DIAMETERS_UM } from '../../src-core/axon/predictor/calibration-grid';
import { calibrationShapes, shapeKey, type CalibrationShape } from './calibration-shapes';
import { testFieldCases, trainingFieldCases } from './calibration-sets';
import type { FieldCase } from './field-cases';
import { mrgReferenceThreshold, referenceProfile, type FibreCache } from './mrg-reference';

/**
 * Which set a task belongs to: training fields, held-out test fields at the calibrated diameters
 * and shapes, or held-out test fields at diameters and widths between the calibrated ones ('interp').
 */
export type CalibrationSet = 'train' | 'test' | 'interp';

/** Diameters (µm) and widths (µs) between the calibrated ones, for the interpolation check. */
export const INTERPOLATION_DIAMETERS_UM: readonly number[] = [9.3, 13.4];
export const INTERPOLATION_PULSE_WIDTHS_US: readonly number[] = [45, 130, 400];

/** One MRG threshold search of the calibration. */
export interface ReferenceTask {
  readonly fibreDiameterUm: number;
  readonly shape: CalibrationShape;
  readonly set: CalibrationSet;
  readonly field: FieldCase;
  /** Stable key: `D|shape|set|field id` (cache key of the offline script). */
  readonly key: string;
}

/** A task with its MRG threshold scale (Infinity: not activated up to 1e4). */
export interface ReferenceSample {
  readonly task: ReferenceTask;
  readonly thresholdScale: number;
}

/** Internode length of an MRG fibre in mm. */
export function internodeMm(fibreDiameterUm: number): number {
  return mrgGeometry(fibreDiameterUm as Micrometres).internodeLengthUm / 1000;
}

/**
 * The fields of one set for one diameter.
 *
 * @example
 * fieldsOf(10, 'test').length; // 40
 */
export function fieldsOf(fibreDiameterUm: number, set: CalibrationSet): FieldCase[] {
  const dx = internodeMm(fibreDiameterUm);
  return set === 'train' ? trainingFieldCases(dx) : testFieldCases(dx);
}

function taskOf(
  fibreDiameterUm: number,
  shape: CalibrationShape,
  set: CalibrationSet,
  field: FieldCase,
): ReferenceTask {
  return { fibreDiameterUm, shape, set, field, key: `${fibreDiameterUm}|${shapeKey(shape)}|${set}|${field.id}` };
}

/**
 * Every reference task for the given diameters and shapes (default: the full calibration,
 * 8 diameters × 18 shapes × 124 fields), in a fixed order: diameter, field, shape.
 *
 * @example
 * referenceTasks([10], [{ waveform: 'monophasic', pulseWidthUs: 100 }]).length; // 124
 */
export function referenceTasks(
  diametersUm: readonly number[] = CALIBRATION_DIAMETERS_UM,
  shapes: readonly CalibrationShape[] = calibrationShapes(),
): ReferenceTask[] {
  const out: ReferenceTask[] = [];
  for (const d of diametersUm) {
    for (const set of ['train', 'test'] as const) {
      for (const field of fieldsOf(d, set)) {
        for (const shape of shapes) out.push(taskOf(d, shape, set, field));
      }
    }
  }
  return out;
}

/**
 * The interpolation check: the held-out test fields at diameters and pulse widths between the
 * calibrated ones (2 diameters × (3 monophasic + 3 biphasic widths + train + burst) × 40 fields).
 *
 * @example
 * interpolationTasks().length; // 640
 */
export function interpolationTasks(): ReferenceTask[] {
  const shapes: CalibrationShape[] = [];
  for (const waveform of ['monophasic', 'biphasic'] as const) {
    for (const pulseWidthUs of INTERPOLATION_PULSE_WIDTHS_US) shapes.push({ waveform, pulseWidthUs });
  }
  for (const s of calibrationShapes()) if (s.waveform === 'train10k' || s.waveform === 'burst') shapes.push(s);
  const out: ReferenceTask[] = [];
  for (const d of INTERPOLATION_DIAMETERS_UM) {
    for (const field of fieldsOf(d, 'test')) for (const shape of shapes) out.push(taskOf(d, shape, 'interp', field));
  }
  return out;
}

/**
 * A starting guess for the search from the geometry only (so results never depend on what ran
 * before): ≈ 0.05·r² (×4 for an anodic nearest contact), r the distance of the nearest contact in mm.
 */
function guessOf(task: ReferenceTask): number {
  let r = Infinity;
  let weight = 1;
  for (const s of task.field.sources) {
    const d = Math.hypot(s.yMm, s.zMm);
    if (d < r) {
      r = d;
      weight = s.weight;
    }
  }
  return Math.max(0.01, 0.05 * r * r) * (weight < 0 ? 4 : 1);
}

/**
 * Runs one reference task with the full MRG model (deterministic).
 *
 * @example
 * const [task] = referenceTasks([10], [{ waveform: 'monophasic', pulseWidthUs: 100 }]);
 * runReferenceTask(new Map(), task).thresholdScale; // MRG threshold, mA per unit
 */
export function runReferenceTask(cache: FibreCache, task: ReferenceTask): ReferenceSample {
  const guess = guessOf(task);
  return {
    task,
    thresholdScale: mrgReferenceThreshold(cache, task.fibreDiameterUm, task.shape, task.field, guess),
  };
}

/** Ve per unit stimulus at the nodes of the reference fibre of a task (what the predictor sees), mV. */
export function taskNodeProfileMv(cache: FibreCache, task: ReferenceTask): Float64Array {
  return referenceProfile(cache, task.fibreDiameterUm, task.field).nodesMv;
}
