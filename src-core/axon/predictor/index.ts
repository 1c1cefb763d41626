/**
 * Public API of the fast fibre-threshold predictor: a modified driving function (Peterson, Izad &
 * Tyler 2011) whose weights are fitted to the MRG model per fibre diameter and pulse shape, evaluated
 * by a typed-array kernel over batches of fibres. See docs/physics-predictor.md. The offline fit
 * that generates the table is not part of the core: it lives in tools/predictor/.
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
export { CALIBRATION_DIAMETERS_UM, CALIBRATION_PULSE_WIDTHS_US, type PredictorWaveform } from './calibration-grid';
