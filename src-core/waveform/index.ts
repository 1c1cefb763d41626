/**
 * Pulse-train synthesis for programs: every electrode's current as exact analytic segments, charge balance and
 * Kirchhoff checks, chart sampling with bounded size, and the CLI's JSON report. See CONTEXT.md.
 */
export type { ExponentialSegment, FlatSegment, WaveformSegment } from './segments';
export { segmentChargeUc, segmentCurrentAtMa } from './segments';
export type { AreaDelivery, ElectrodeWaveform, ProgramWaveforms, SynthesisOptions } from './types';
export type { ElectrodeWeight } from './electrodes';
export { areaElectrodeWeights, compareElectrodes, electrodeLabel, programElectrodes } from './electrodes';
export { assertProgramFitsPeriod, isCyclingOn, softStartScale } from './schedule';
export type { UnitPhase } from './phases';
export { unitPhases } from './phases';
export { synthesizeProgramWaveforms } from './synthesize';
export { electrodeCurrentAtMa, electrodeNetChargeUc, kirchhoffResidualMa, maxElectrodeImbalanceUc } from './charge';
export type { ElectrodePlot, PlotOptions, PlotSeries, ProgramPlot } from './plot';
export {
  DEFAULT_MAX_PLOT_POINTS,
  DEFAULT_POINTS_PER_EXPONENTIAL,
  sampleElectrodeForPlot,
  sampleProgramForPlot,
} from './plot';
export type { PulsesReport, SegmentJson } from './report';
export { pulsesReport } from './report';
