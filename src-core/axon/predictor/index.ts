/**
 * Public API of the fast fibre-threshold predictor: a modified driving function (Peterson, Izad &
 * Tyler 2011) whose weights are fitted to the MRG model per fibre diameter and pulse shape, evaluated
 * by a typed-array kernel over batches of fibres. See docs/physics-predictor.md.
 *
 * @example
 * import { predictorCalibration, predictThresholdScalesInto } from './axon/predictor';
 * const cal = predictorCalibration(um(12), { waveform: 'monophasic', pulseWidthUs: us(210) });
 * // veAtNodes: fibres × nodes, Ve (mV per mA) at nodes cal.internodeLengthMm apart along each fibre
 * predictThresholdScalesInto(thresholdsMa, veAtNodes, fibreCount, nodesPerFibre, cal);
 */
export {
  predictThresholdScalesInto,
  predictFibreScale,
  createPredictorScratch,
  PREDICTOR_P_NORM,
  type PredictorCalibration,
  type PredictorScratch,
} from './kernel';
export {
  predictorPulseCalibration,
  predictThresholdScalesByDiameterInto,
  type PredictorPulseCalibration,
} from './mixed-diameters';
export {
  predictorCalibration,
  type PredictorPulse,
  type PredictorCalibrationOptions,
  type PredictorTable,
  type PredictorTableEntry,
} from './calibration';
export {
  CALIBRATION_DIAMETERS_UM,
  CALIBRATION_PULSE_WIDTHS_US,
  TRAIN_10K_PHASE_US,
  TRAIN_10K_PULSES,
  BURST_PULSES,
  BURST_PULSE_US,
  tenKilohertzTrain,
  burstDr,
  pulseOfShape,
  calibrationShapes,
  shapeKey,
  type CalibrationShape,
  type PredictorWaveform,
} from './calibration-shapes';
export {
  pointCase,
  bipoleCase,
  tripoleCase,
  curvedCase,
  fieldAlongFibreMv,
  CALIBRATION_CONDUCTIVITY_S_PER_M,
  type FieldCase,
  type FieldSource,
} from './field-cases';
export { trainingFieldCases, testFieldCases } from './calibration-sets';
export { mrgReferenceThreshold, referenceProfile, referenceNodeCount, type FibreCache } from './mrg-reference';
export {
  referenceTasks,
  interpolationTasks,
  runReferenceTask,
  taskNodeProfileMv,
  type ReferenceTask,
  type ReferenceSample,
  type CalibrationSet,
} from './reference-tasks';
export { fitPredictorWeights, type FitConfig, type FitSample, type FitResult } from './fit';
export { fitCalibrationTable, renderCalibrationTable, PREDICTOR_REACH, PREDICTOR_RIDGE } from './calibrate';
export { errorReport, formatErrorReport, percentile, type ErrorReport, type ErrorRow } from './error-report';
