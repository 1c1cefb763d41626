/**
 * Error of the predictor against the full MRG model on held-out fields: relative error
 * |T_pred / T_MRG − 1| per (diameter, shape), median, 95th percentile (nearest rank) and maximum,
 * plus the count of fields where exactly one of the two says "not activated" (Infinity).
 */
import type { Micrometres, Microseconds } from '../../src-core/units';
import { shapeKey } from './calibration-shapes';
import { predictorCalibration, type PredictorTable } from '../../src-core/axon/predictor/calibration';
import { predictThresholdScalesInto } from '../../src-core/axon/predictor/kernel';
import { taskNodeProfileMv, type CalibrationSet, type ReferenceSample } from './reference-tasks';

/** Error statistics of one (set, diameter, shape, field polarity). Fractions, not per cent. */
export interface ErrorRow {
  readonly set: CalibrationSet;
  readonly fibreDiameterUm: number;
  readonly shape: string;
  /** Polarity of the fields' primary contact in the first phase (`FieldCase.polarity`). */
  readonly polarity: 'cathodic' | 'anodic';
  readonly count: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  /** Fields where MRG fires and the predictor says Infinity, or the reverse. */
  readonly mismatched: number;
}

/** All rows of a report, test rows first. */
export interface ErrorReport {
  readonly rows: readonly ErrorRow[];
}

/**
 * Nearest-rank percentile (q ∈ (0, 1]) of a list of numbers; NaN for an empty list.
 *
 * @example
 * percentile([1, 2, 3, 4], 0.5); // 2
 */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * Predictor error on the 'test' and 'interp' samples, using `table` through the public path
 * (`predictorCalibration` with interpolation, then the kernel). Deterministic.
 *
 * @example
 * const report = errorReport(table, samples);
 * report.rows.find((r) => r.shape === 'monophasic/100' && r.fibreDiameterUm === 10)?.median;
 */
export function errorReport(table: PredictorTable, samples: readonly ReferenceSample[]): ErrorReport {
  const fibres = new Map();
  type Group = {
    set: CalibrationSet;
    d: number;
    shape: string;
    polarity: 'cathodic' | 'anodic';
    errors: number[];
    mismatched: number;
  };
  const groups = new Map<string, Group>();
  const out = new Float64Array(1);
  for (const s of samples) {
    if (s.task.set === 'train') continue;
    const { fibreDiameterUm: d, shape } = s.task;
    const polarity = s.task.field.polarity;
    const key = `${s.task.set}|${d}|${shapeKey(shape)}|${polarity}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { set: s.task.set, d, shape: shapeKey(shape), polarity, errors: [], mismatched: 0 };
      groups.set(key, g);
    }
    const cal = predictorCalibration(
      d as Micrometres,
      { waveform: shape.waveform, pulseWidthUs: shape.pulseWidthUs as Microseconds, polarity: 'cathodic' },
      { table },
    );
    const ve = taskNodeProfileMv(fibres, s.task);
    const predicted = predictThresholdScalesInto(out, ve, 1, ve.length, cal)[0]!;
    const reference = s.thresholdScale;
    if (Number.isFinite(predicted) !== Number.isFinite(reference)) g.mismatched += 1;
    else if (Number.isFinite(reference)) g.errors.push(Math.abs(predicted / reference - 1));
  }
  const rows: ErrorRow[] = [];
  for (const g of groups.values()) {
    rows.push({
      set: g.set,
      fibreDiameterUm: g.d,
      shape: g.shape,
      polarity: g.polarity,
      count: g.errors.length,
      median: percentile(g.errors, 0.5),
      p95: percentile(g.errors, 0.95),
      max: g.errors.length === 0 ? Number.NaN : Math.max(...g.errors),
      mismatched: g.mismatched,
    });
  }
  const order = (r: ErrorRow): string => `${r.set === 'test' ? 0 : 1}|${r.shape.split('/')[0]}`;
  rows.sort(
    (a, b) =>
      order(a).localeCompare(order(b)) ||
      Number(a.shape.split('/')[1]) - Number(b.shape.split('/')[1]) ||
      a.polarity.localeCompare(b.polarity) * -1 ||
      a.fibreDiameterUm - b.fibreDiameterUm,
  );
  return { rows };
}

const pct = (x: number): string => (100 * x).toFixed(1);

/**
 * Plain-text table of a report: one line per (set, shape, polarity of the primary contact), one
 * "median/p95/max %" cell per diameter, "(n)" when n fields disagree on Infinity.
 *
 * @example
 * console.log(formatErrorReport(report));
 */
export function formatErrorReport(report: ErrorReport): string {
  const lines: string[] = [];
  for (const set of ['test', 'interp'] as const) {
    const rows = report.rows.filter((r) => r.set === set);
    if (rows.length === 0) continue;
    const diameters = [...new Set(rows.map((r) => r.fibreDiameterUm))].sort((a, b) => a - b);
    lines.push(
      `${set === 'test' ? 'held-out fields, calibrated D and shapes' : 'held-out fields, D and widths between the calibrated ones'} — median/p95/max in %, (n) mismatched Infinity`,
    );
    lines.push(['shape, contact'.padEnd(21), ...diameters.map((d) => `D=${d}`.padEnd(16))].join(''));
    const labels = [...new Set(rows.map((r) => `${r.shape}|${r.polarity}`))];
    for (const label of labels) {
      const [shape, polarity] = label.split('|') as [string, string];
      const cells = diameters.map((d) => {
        const r = rows.find((x) => x.shape === shape && x.polarity === polarity && x.fibreDiameterUm === d);
        if (r === undefined) return ''.padEnd(16);
        const m = r.mismatched > 0 ? `(${r.mismatched})` : '';
        return `${pct(r.median)}/${pct(r.p95)}/${pct(r.max)}${m}`.padEnd(16);
      });
      lines.push([`${shape} ${polarity.slice(0, 4)}`.padEnd(21), ...cells].join('').trimEnd());
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
