import type { ElectrodeRef } from '../program/types';
import { electrodeLabel } from './electrodes';
import { sampleEnvelopeInto } from './plot-envelope';
import { plotTimes, sampleExactInto } from './plot-exact';
import type { WaveformSegment } from './segments';
import type { ElectrodeWaveform, ProgramWaveforms } from './types';

/** Plots longer than this are decimated unless `maxPoints` says otherwise: plenty for a chart a few thousand px wide. */
export const DEFAULT_MAX_PLOT_POINTS = 4000;
/** Points drawn along each exponential (passive recharge) in an exact plot. */
export const DEFAULT_POINTS_PER_EXPONENTIAL = 12;

/** How to sample waveforms for a chart. */
export interface PlotOptions {
  /** Points along each exponential (≥ 1; default 12). */
  readonly pointsPerExponential?: number | undefined;
  /**
   * Upper bound on the number of rows (≥ 4; default 4000). When the exact plot would be longer, the interval is
   * decimated into `floor(maxPoints / 2)` buckets that keep each electrode's min/max envelope.
   */
  readonly maxPoints?: number | undefined;
}

/** One electrode's current sampled for a chart: `tUs[i]` (µs from the interval start) against `currentMa[i]`. */
export interface ElectrodePlot {
  readonly tUs: Float64Array;
  readonly currentMa: Float64Array;
  /** True when the rows are a min/max envelope rather than exact instants. */
  readonly decimated: boolean;
}

/** One series of a program plot. */
export interface PlotSeries {
  readonly electrode: ElectrodeRef;
  /** Stable key for the chart: `E3`, `case`. */
  readonly label: string;
  readonly currentMa: Float64Array;
}

/** Several electrodes on one shared time axis: row i is `tUs[i]` with `series[e].currentMa[i]` for each electrode. */
export interface ProgramPlot {
  readonly tUs: Float64Array;
  readonly series: readonly PlotSeries[];
  readonly decimated: boolean;
}

function samplePlot(
  lists: readonly (readonly WaveformSegment[])[],
  windowUs: number,
  options: PlotOptions,
): { tUs: Float64Array; currents: Float64Array[]; decimated: boolean } {
  const perExponential = Math.max(1, Math.floor(options.pointsPerExponential ?? DEFAULT_POINTS_PER_EXPONENTIAL));
  const maxPoints = Math.max(4, Math.floor(options.maxPoints ?? DEFAULT_MAX_PLOT_POINTS));
  const { breaks, interiors } = plotTimes(lists, windowUs, perExponential);
  const exactBound = 2 * breaks.length + interiors.length;
  const decimated = exactBound > maxPoints && windowUs > 0;
  const capacity = decimated ? 2 * Math.floor(maxPoints / 2) : exactBound;
  const tUs = new Float64Array(capacity);
  const currents = lists.map(() => new Float64Array(capacity));
  const rows = decimated
    ? sampleEnvelopeInto(tUs, currents, lists, windowUs, Math.floor(maxPoints / 2))
    : sampleExactInto(tUs, currents, lists, breaks, interiors);
  return { tUs: tUs.slice(0, rows), currents: currents.map((c) => c.slice(0, rows)), decimated };
}

/**
 * Samples one electrode's waveform for a line chart. Exact when it fits `maxPoints`: vertical edges as two
 * points at the same time, exponentials at `pointsPerExponential` points, zero between segments, starting and
 * ending at the interval edges. Otherwise decimated to the min/max envelope (see `PlotOptions.maxPoints`).
 *
 * @example
 * const plot = sampleElectrodeForPlot(waveforms.electrodes[0]!, { pointsPerExponential: 12 });
 * Math.min(...plot.currentMa); // -3 for a 3 mA, 100 % cathode
 */
export function sampleElectrodeForPlot(waveform: ElectrodeWaveform, options: PlotOptions = {}): ElectrodePlot {
  const { tUs, currents, decimated } = samplePlot([waveform.segments], waveform.windowUs, options);
  return { tUs, currentMa: currents[0]!, decimated };
}

/**
 * Samples several electrodes of a program on one shared time axis, ready for a multi-series chart. `electrodes`
 * picks and orders the series (default: all of the program's electrodes); an electrode the program does not use
 * is a flat zero series. Exact plots sample every electrode at the same instants, so plotting all electrodes
 * shows the columns summing to zero; decimated plots keep each electrode's envelope instead (see `PlotOptions`).
 *
 * @example
 * const plot = sampleProgramForPlot(waveforms, { electrodes: [3, 4], maxPoints: 2000 });
 * plot.series.map((s) => s.label); // ['E3', 'E4']
 */
export function sampleProgramForPlot(
  waveforms: ProgramWaveforms,
  options: PlotOptions & { readonly electrodes?: readonly ElectrodeRef[] | undefined } = {},
): ProgramPlot {
  const chosen = options.electrodes ?? waveforms.electrodes.map((e) => e.electrode);
  const lists = chosen.map((electrode) => waveforms.electrodes.find((e) => e.electrode === electrode)?.segments ?? []);
  const { tUs, currents, decimated } = samplePlot(lists, waveforms.windowUs, options);
  return {
    tUs,
    series: chosen.map((electrode, i) => ({ electrode, label: electrodeLabel(electrode), currentMa: currents[i]! })),
    decimated,
  };
}
