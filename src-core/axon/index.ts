/**
 * Public API of the MRG myelinated-axon model (McIntyre, Richardson & Grill 2002): build a fibre,
 * sample a field at its compartments, find the threshold scale of any extracellular potential
 * profile and pulse shape. See docs/physics-axon.md for equations, numerics and validation.
 *
 * @example
 * import { createMrgFibre, findThresholdScale, monophasicPulse, pointSourceProfileMv } from './axon';
 * const fibre = createMrgFibre(um(12.8));
 * const ve = pointSourceProfileMv(fibre, mm(2), sPerM(0.2)); // mV per mA
 * const r = findThresholdScale(fibre, ve, monophasicPulse(us(210), 'cathodic'));
 */
export {
  createMrgFibre,
  compartmentPositionsMm,
  nodePositionsMm,
  DEFAULT_NODE_COUNT,
  type MrgFibre,
  type MrgFibreOptions,
} from './mrg-fibre';
export {
  mrgGeometry,
  mrgLayout,
  CompartmentKind,
  MRG_TABLE_RANGE_UM,
  MRG_FIT_RANGE_UM,
  type MrgGeometry,
  type MrgGeometryMethod,
  type MrgLayout,
} from './mrg-geometry';
export {
  monophasicPulse,
  biphasicPulse,
  sampledWaveform,
  stepAveragesInto,
  netChargeUs,
  type PulseShape,
} from './pulse-shape';
export { findThresholdScale, DEFAULT_DT_US, type ThresholdOptions, type ThresholdResult } from './threshold';
export {
  simulateFromRest,
  prepareStimulus,
  defaultPostPulseMs,
  RUN_SUBTHRESHOLD,
  RUN_NOT_PROPAGATED,
  type PreparedStimulus,
} from './stimulus-run';
export {
  pointSourceThreshold,
  pointSourceThresholdMa,
  pointSourceNodeCount,
  pointSourceProfileMv,
  pointSourcePulse,
  type PointSourceThreshold,
  type PointSourceWaveform,
  MAX_POINT_SOURCE_NODES,
  type PointSourceThresholdInput,
} from './point-source-threshold';
export {
  programmedPulseShape,
  programmedPulseFacts,
  trainPulseCount,
  type ProgrammedPulseFacts,
  type ProgrammedWaveform,
} from './programmed-pulse';
export { nodeSteadyStateGates, nodeIonicCurrentMaPerCm2, V_INIT_MV, TEMPERATURE_C } from './mrg-channels';
export {
  predictorCalibration,
  predictorPulseCalibration,
  predictThresholdScalesInto,
  predictThresholdScalesByDiameterInto,
  type PredictorCalibration,
  type PredictorPulse,
  type PredictorPulseCalibration,
  type PredictorCalibrationOptions,
  type PredictorWaveform,
} from './predictor';
