import type { ElectrodeRef, Program } from '../../src-core';
import { mA, ms, periodUs, programOccupancyUs, sampleProgramForPlot, synthesizeProgramWaveforms } from '../../src-core';

/** One row of a recharts line chart: time plus one column per electrode (`e3`, `case`). */
export type ChartRow = { t: number } & Record<string, number>;

export interface WaveformChartData {
  readonly rows: ChartRow[];
  readonly series: { readonly key: string; readonly label: string; readonly polarity: 'cathode' | 'anode' }[];
  /** Right end of the x axis, in the rows' time unit. */
  readonly xMax: number;
}

const keyOf = (electrode: ElectrodeRef) => (electrode === 'case' ? 'case' : `e${electrode}`);

/**
 * Chart rows for the electrodes of one area over `periods` periods, from the core's synthesiser (nothing drawn by
 * hand). `unit` scales time: 1 for µs, 1000 for ms. `detail` narrows the axis to the pulse and its recharge.
 */
export function waveformChartData(
  program: Program,
  areaIndex: number,
  amplitudeStepMa: number,
  periods: number,
  unit: 1 | 1000,
  detail: boolean,
): WaveformChartData {
  const area = program.areas[areaIndex];
  if (!area) return { rows: [], series: [], xMax: 1 };
  const period = periodUs(program.rateHz);
  const waveforms = synthesizeProgramWaveforms(program, {
    windowMs: ms((periods * period) / 1000),
    amplitudeStepMa: mA(amplitudeStepMa),
  });
  const electrodes = area.contacts.map((c) => c.electrode);
  const plot = sampleProgramForPlot(waveforms, { electrodes, maxPoints: 1200 });
  const rows: ChartRow[] = Array.from(plot.tUs, (t, i) => {
    const row: ChartRow = { t: t / unit } as ChartRow;
    for (const s of plot.series) row[keyOf(s.electrode)] = s.currentMa[i] ?? 0;
    return row;
  });
  const series = area.contacts.map((c) => ({
    key: keyOf(c.electrode),
    label: c.electrode === 'case' ? 'Case' : `Contact ${c.electrode}`,
    polarity: c.polarity,
  }));
  const xMaxUs = detail
    ? Math.min(periods * period, Math.max(programOccupancyUs(program) * 1.3, 50))
    : periods * period;
  return { rows, series, xMax: xMaxUs / unit };
}
