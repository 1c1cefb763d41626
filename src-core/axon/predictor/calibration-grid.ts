/**
 * The grid the predictor table is fitted on: waveform families, fibre diameters and phase widths.
 * The runtime interpolates between these points and never extrapolates; the offline fit
 * (tools/predictor/) simulates MRG at exactly these points.
 */

/** Waveform families with a calibration of their own. */
export type PredictorWaveform = 'monophasic' | 'biphasic' | 'train10k' | 'burst';

/** Fibre diameters (µm) calibrated against MRG; others are interpolated between neighbours. */
export const CALIBRATION_DIAMETERS_UM: readonly number[] = [5.7, 7.3, 8.7, 10, 11.5, 12.8, 14, 16]; // MRG 2002 table rows
/** Phase widths (µs) calibrated for the monophasic and biphasic families (log-spaced, 20–1000 µs). */
export const CALIBRATION_PULSE_WIDTHS_US: readonly number[] = [20, 35, 60, 100, 170, 300, 500, 1000];
