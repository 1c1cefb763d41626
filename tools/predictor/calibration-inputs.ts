/**
 * Collects the inputs of `calibrationInputsHash` from the working tree: reads the source files,
 * lists every reference task of the calibration and its interpolation check, and the solver settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREDICTOR_P_NORM } from '../../src-core/axon/predictor/kernel';
import { PREDICTOR_REACH, PREDICTOR_RIDGE, PREDICTOR_TABLE_VERSION } from './calibrate';
import { CALIBRATION_INPUT_FILES, type CalibrationInputs } from './inputs-hash';
import { interpolationTasks, referenceTasks, type ReferenceTask } from './reference-tasks';

/** Every MRG search of the calibration (train + test) and of the interpolation check, in a fixed order. */
export function allCalibrationTasks(): ReferenceTask[] {
  return [...referenceTasks(), ...interpolationTasks()];
}

/**
 * The current inputs of the calibration, read from the repository at `repoRoot`.
 *
 * @example
 * calibrationInputsHash(readCalibrationInputs(process.cwd()));
 */
export function readCalibrationInputs(repoRoot: string): CalibrationInputs {
  return {
    sources: CALIBRATION_INPUT_FILES.map((path) => ({ path, text: readFileSync(join(repoRoot, path), 'utf8') })),
    settings: {
      pNorm: PREDICTOR_P_NORM,
      reach: PREDICTOR_REACH,
      ridge: PREDICTOR_RIDGE,
      tableVersion: PREDICTOR_TABLE_VERSION,
    },
    tasks: allCalibrationTasks(),
  };
}
