/**
 * A replay report as plain JSON values, for `scs-sim replay --json` and for saving: the trace's typed arrays become
 * arrays of numbers rounded to what they mean (0.1 µV, 0.001 mA, 0.001 s), the activity indices become names.
 */
import { ACTIVITIES, type Activity } from './cord-state';
import type { ReplayReport } from './replay';

/** The trace as JSON arrays. */
export interface ReplayTraceJson {
  readonly timeS: number[];
  readonly ecapUv: number[];
  readonly amplitudeMa: number[];
  readonly activity: Activity[];
  readonly loopGain: number[] | null;
}

/** A report with its trace as JSON arrays; every other field as in `ReplayReport`. */
export type ReplayReportJson = Omit<ReplayReport, 'trace'> & { readonly trace: ReplayTraceJson };

const rounded = (values: ArrayLike<number>, digits: number) => {
  const f = 10 ** digits;
  return Array.from(values, (v) => Math.round(v * f) / f);
};

/**
 * `report` with plain arrays, ready for JSON.stringify.
 * @example JSON.stringify(replayReportForJson(report)); // '{"mode":"closed-loop",…,"trace":{"timeS":[0,1,…],…}}'
 */
export function replayReportForJson(report: ReplayReport): ReplayReportJson {
  const { trace } = report;
  return {
    ...report,
    trace: {
      timeS: rounded(trace.timeS, 3),
      ecapUv: rounded(trace.ecapUv, 1),
      amplitudeMa: rounded(trace.amplitudeMa, 3),
      activity: Array.from(trace.activity, (i) => ACTIVITIES[i]!),
      loopGain: trace.loopGain ? rounded(trace.loopGain, 3) : null,
    },
  };
}
