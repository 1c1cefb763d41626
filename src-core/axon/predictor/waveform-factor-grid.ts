/**
 * The grid on which the programmed-waveform factors are measured with the MRG model (tools/predictor/
 * waveform-factors.ts). A factor is the MRG threshold of the programmed waveform over that of the single pulse the
 * spatial predictor is calibrated for (docs/physics-predictor.md, "Programmed waveforms"); the runtime interpolates
 * between these points and never extrapolates: validation keeps programs inside the grid.
 */

/** Fibre diameters (µm) at which factors are measured; interpolated linearly between them. */
export const FACTOR_DIAMETERS_UM: readonly number[] = [5.7, 8.7, 11.5, 16]; // MRG 2002 table rows, 5.7–16 µm span
/** Point-source distances (mm) at which factors are measured; the stored factor is their geometric mean. */
export const FACTOR_DISTANCES_MM: readonly number[] = [2, 4]; // dorsal-column depth range under a lead (dCSF 2–4 mm)

/** Tonic phase widths (µs): the predictor's calibrated widths. */
export const TONIC_FACTOR_WIDTHS_US: readonly number[] = [20, 35, 60, 100, 170, 300, 500, 1000];
/** Interphase gaps (µs) between the stimulating phase and its recharge. */
export const TONIC_FACTOR_GAPS_US: readonly number[] = [0, 20, 50, 100, 200];
/** Largest interphase gap a program may have: the factor grid's edge. */
export const MAX_INTERPHASE_GAP_US = 200;

/** Pulses per burst at which factors are measured; counts between them are interpolated linearly. */
export const BURST_FACTOR_COUNTS: readonly number[] = [2, 3, 5, 7, 10];
/** Intra-burst rates (Hz), interpolated in log rate. */
export const BURST_FACTOR_RATES_HZ: readonly number[] = [200, 500, 950];
/** Intra-burst rates a program may have: the factor grid's edges. */
export const INTRA_BURST_RATE_HZ = { min: 200, max: 950 } as const;
/** Burst pulse widths (µs), interpolated in log width. */
export const BURST_FACTOR_WIDTHS_US: readonly number[] = [170, 500, 1000];

/** kHz train rates (Hz), interpolated in log rate. */
export const TRAIN_FACTOR_RATES_HZ: readonly number[] = [1000, 2000, 5000, 10000];
/** kHz train phase widths (µs), interpolated in log width. */
export const TRAIN_FACTOR_WIDTHS_US: readonly number[] = [20, 30, 50];
/**
 * Length of the simulated train (ms): the threshold of continuous kHz stimulation is that of the first propagated
 * action potential, reached within a few membrane time constants; at 10 kHz thresholds change ≤ 0.6 % from 2 to
 * 4 ms (docs/physics-predictor.md).
 */
export const TRAIN_FACTOR_MS = 4;

/** The single pulse a recharge factor is relative to: monophasic, this wide (µs), the predictor's longest. */
export const RECHARGE_BASE_WIDTH_US = 1000;
