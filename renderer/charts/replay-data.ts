// Rows and cursor look-ups for the posture-day dialog, from the worker's ProgramDayReport (docs/physics-ecap.md §5).
import { ACTIVITIES, type Activity, type ReplayReport } from '../../src-core';

/** One drawn point of a replayed day: time (h), ECAP (µV) and current (mA). */
export interface ReplayRow {
  readonly timeH: number;
  readonly ecapUv: number;
  readonly amplitudeMa: number;
}

/** The report's trace as chart rows (time in hours). */
export function replayRows(report: ReplayReport): ReplayRow[] {
  const { timeS, ecapUv, amplitudeMa } = report.trace;
  const rows: ReplayRow[] = [];
  for (let i = 0; i < timeS.length; i++)
    rows.push({ timeH: timeS[i]! / 3600, ecapUv: ecapUv[i]!, amplitudeMa: amplitudeMa[i]! });
  return rows;
}

/** The recorded sample at or before `tS` (binary search): ECAP, current and what the patient was doing. */
export function sampleAt(
  report: ReplayReport,
  tS: number,
): { readonly ecapUv: number; readonly amplitudeMa: number; readonly activity: Activity } {
  const { timeS } = report.trace;
  let lo = 0;
  let hi = timeS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (timeS[mid]! <= tS) lo = mid;
    else hi = mid - 1;
  }
  return {
    ecapUv: report.trace.ecapUv[lo]!,
    amplitudeMa: report.trace.amplitudeMa[lo]!,
    activity: ACTIVITIES[report.trace.activity[lo]!]!,
  };
}

/** "1:05:30" for a time of day in seconds from the start of the timeline. */
export function clockText(tS: number): string {
  const s = Math.max(0, Math.round(tS));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}
