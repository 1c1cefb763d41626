import { STRENGTH_DURATION_PULSE_WIDTHS_US, type WeissFit } from '../../src-core';
import type { StrengthDurationChartData } from '../physiology/protocol';

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
  /** Upper end of the y axis (mA), from the largest threshold drawn. */
  readonly maxMa: number;
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

/** "rheobase 1.9 mA, chronaxie 210 µs" — the fit as a clinician would say it. */
export function fitText(fit: WeissFit): string {
  return `rheobase ${fit.rheobaseMa.toFixed(1)} mA, chronaxie ${fit.chronaxieUs.toFixed(0)} µs`;
}

/**
 * Everything the strength–duration chart draws from the points computed so far (they arrive one at a time) and
 * the current pulse width (µs). The total is the core's sweep length, so progress reads "5 of 12".
 */
export function strengthDurationView(data: StrengthDurationChartData | undefined, currentPulseWidthUs: number): StrengthDurationView {
  const rows = [...(data?.points ?? [])].sort((a, b) => a.pulseWidthUs - b.pulseWidthUs);
  const domainUs: [number, number] = [Math.min(SWEEP_MIN_US, currentPulseWidthUs), Math.max(SWEEP_MAX_US, currentPulseWidthUs)];
  const fit = data?.fit ?? null;
  const fitRows = fit ? weissCurve(fit, domainUs[0], domainUs[1]) : [];
  const measured = rows.flatMap((r) => [r.perceptionMa, r.discomfortMa]).filter((v): v is number => v !== null && Number.isFinite(v));
  // The fit is drawn over the whole axis, where it climbs steeply at short pulses; the measured points set the scale.
  const maxMa = Math.max(1, ...measured) * 1.1;
  return {
    rows,
    fitRows,
    fitText: fit ? fitText(fit) : null,
    done: rows.length,
    total: STRENGTH_DURATION_PULSE_WIDTHS_US.length,
    complete: data?.complete ?? false,
    domainUs,
    maxMa,
  };
}
