import { STRENGTH_DURATION_PULSE_WIDTHS_US, type WeissFit } from '../../src-core';
import type { StrengthDurationChartData } from '../physiology/protocol';
import { formatNumber } from '../format/number-format';

/** A measured point of the sweep, as the chart draws it (mA; null = not reached at the device's limits). */
export interface StrengthDurationRow {
  readonly pulseWidthUs: number;
  readonly perceptionMa: number | null;
  readonly discomfortMa: number | null;
}

/** A point of the fitted curve. */
export interface FitRow {
  readonly pulseWidthUs: number;
  readonly fitMa: number;
}

/** The strength–duration chart as drawn. */
export interface StrengthDurationView {
  readonly rows: readonly StrengthDurationRow[];
  readonly fitRows: readonly FitRow[];
  readonly fitText: string | null;
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
  /** Log-scaled x axis: the sweep's pulse widths, widened to keep the current pulse width in view. */
  readonly domainUs: readonly [number, number];
  /** Log-scaled y axis (mA) around the thresholds measured so far, with 1–2–5 ticks. */
  readonly rangeMa: readonly [number, number];
  readonly ticksMa: readonly number[];
}

const SWEEP_MIN_US = Math.min(...STRENGTH_DURATION_PULSE_WIDTHS_US);
const SWEEP_MAX_US = Math.max(...STRENGTH_DURATION_PULSE_WIDTHS_US);
const FIT_SAMPLES = 40;

/**
 * Threshold (mA) Weiss's law gives at `pulseWidthUs` for the core's fit: I = I_rh · (1 + c / PW) (Weiss 1901). The
 * parameters come from the core's `weissFit`; this only evaluates the law it fitted, to draw the curve.
 * @example weissThresholdMa({ rheobaseMa: 2, chronaxieUs: 100 }, 100); // 4
 */
export function weissThresholdMa(fit: WeissFit, pulseWidthUs: number): number {
  return fit.rheobaseMa * (1 + fit.chronaxieUs / pulseWidthUs);
}

/** `count` log-spaced samples of the fitted curve from `fromUs` to `toUs`. */
export function weissCurve(fit: WeissFit, fromUs: number, toUs: number, count = FIT_SAMPLES): FitRow[] {
  const n = Math.max(2, Math.floor(count));
  const ratio = Math.log(toUs / fromUs);
  return Array.from({ length: n }, (_, i) => {
    const pulseWidthUs = fromUs * Math.exp((ratio * i) / (n - 1));
    return { pulseWidthUs, fitMa: weissThresholdMa(fit, pulseWidthUs) };
  });
}

/** The 1–2–5 steps of a log axis, from the step at or below `min` to the step at or above `max`. */
export function logAxis(min: number, max: number): { range: [number, number]; ticks: number[] } {
  const steps: number[] = [];
  for (let decade = Math.floor(Math.log10(min)) - 1; decade <= Math.ceil(Math.log10(max)); decade++) {
    for (const m of [1, 2, 5]) steps.push(Number((m * 10 ** decade).toPrecision(1)));
  }
  let low = steps.filter((v) => v <= min * (1 + 1e-9)).pop() ?? steps[0]!;
  let high = steps.find((v) => v >= max * (1 - 1e-9)) ?? steps[steps.length - 1]!;
  if (low === high) {
    // One value (the first point of a sweep): a step either side, so the axis has a length.
    low = steps[steps.indexOf(low) - 1] ?? low;
    high = steps[steps.indexOf(high) + 1] ?? high;
  }
  return { range: [low, high], ticks: steps.filter((v) => v >= low && v <= high) };
}

/** "rheobase 1.9 mA, chronaxie 210 µs" — the fit as a clinician would say it. */
export function fitText(fit: WeissFit): string {
  return `rheobase ${formatNumber(fit.rheobaseMa, { decimals: 1 })} mA, chronaxie ${formatNumber(fit.chronaxieUs, { decimals: 0 })} µs`;
}

/**
 * Everything the strength–duration chart draws from the points computed so far (they arrive one at a time) and
 * the current pulse width (µs). The total is the core's sweep length, so progress reads "5 of 12".
 */
export function strengthDurationView(
  data: StrengthDurationChartData | undefined,
  currentPulseWidthUs: number,
): StrengthDurationView {
  const rows = [...(data?.points ?? [])].sort((a, b) => a.pulseWidthUs - b.pulseWidthUs);
  const domainUs: [number, number] = [
    Math.min(SWEEP_MIN_US, currentPulseWidthUs),
    Math.max(SWEEP_MAX_US, currentPulseWidthUs),
  ];
  const fit = data?.fit ?? null;
  const fitRows = fit ? weissCurve(fit, domainUs[0], domainUs[1]) : [];
  const measured = rows
    .flatMap((r) => [r.perceptionMa, r.discomfortMa])
    .filter((v): v is number => v !== null && Number.isFinite(v));
  // Log–log, as strength–duration data are usually shown: thresholds span tenfold between 20 and 1000 µs, and the
  // measured points (not the fit, which climbs steeply at short pulses) set the scale.
  const y = measured.length > 0 ? logAxis(Math.min(...measured), Math.max(...measured)) : logAxis(1, 10);
  return {
    rows,
    fitRows,
    fitText: fit ? fitText(fit) : null,
    done: rows.length,
    total: STRENGTH_DURATION_PULSE_WIDTHS_US.length,
    complete: data?.complete ?? false,
    domainUs,
    rangeMa: y.range,
    ticksMa: y.ticks,
  };
}
