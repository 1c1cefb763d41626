// Rows for the ECAP tab's two plots, from the worker's ECAP data (docs/physics-ecap.md).
import type { EcapChartData, EcapTraceData } from '../physiology/protocol';

/** Every `TRACE_STRIDE`-th sample is drawn: 100 kHz over 3 ms is 300 samples, more than the plot's pixels need. */
const TRACE_STRIDE = 2;

/** The recorded trace as `{ timeMs, recordedUv }` rows. */
export function ecapTraceRows(trace: EcapTraceData): { timeMs: number; recordedUv: number }[] {
  const rows: { timeMs: number; recordedUv: number }[] = [];
  for (let i = 0; i < trace.recordedUv.length; i += TRACE_STRIDE) {
    rows.push({ timeMs: (i * trace.sampleUs) / 1000, recordedUv: trace.recordedUv[i]! });
  }
  return rows;
}

/** The growth curve as `{ amplitudeMa, ecapUv }` rows. */
export function ecapGrowthRows(chart: EcapChartData): { amplitudeMa: number; ecapUv: number }[] {
  return chart.growth.map((p) => ({ amplitudeMa: p.amplitudeMa, ecapUv: p.ecapUv }));
}
