import type { TitrationChartData } from '../physiology/protocol';

/** One row of the titration chart: every value in percent so the three curves share one axis. */
export interface TitrationRow {
  readonly amplitudeMa: number;
  /** Share of the pain drawing covered (%); null without a pain drawing. */
  readonly coveredPct: number | null;
  /** Share of the paresthesia outside the pain (%); null without a pain drawing. */
  readonly outsidePct: number | null;
  /** Strongest place as a share of "too strong" (%): the core's peak intensity 0…1 × 100. */
  readonly sensationPct: number;
}

export type ThresholdKind = 'perception' | 'comfort' | 'discomfort';

/** A vertical reference line at one of the thresholds the core reported. */
export interface ThresholdLine {
  readonly kind: ThresholdKind;
  readonly label: string;
  /** Short tag drawn on the line; the full name is in the legend below the chart. */
  readonly tag: string;
  readonly amplitudeMa: number;
}

/** An amplitude span (mA) where the patient finds the stimulation too strong. */
export interface AmplitudeSpan {
  readonly fromMa: number;
  readonly toMa: number;
}

/** The titration curve as the chart draws it. */
export interface TitrationView {
  readonly rows: readonly TitrationRow[];
  readonly thresholds: readonly ThresholdLine[];
  readonly uncomfortable: readonly AmplitudeSpan[];
  /** False when the session has no pain drawing: coverage curves are left out. */
  readonly hasPainMap: boolean;
  /** The x axis: the sweep's span, widened to keep the current amplitude in view. */
  readonly domainMa: readonly [number, number];
}

const THRESHOLDS: readonly {
  kind: ThresholdKind;
  label: string;
  tag: string;
  key: 'perceptionMa' | 'comfortMa' | 'discomfortMa';
}[] = [
  { kind: 'perception', label: 'Perception', tag: 'P', key: 'perceptionMa' },
  { kind: 'comfort', label: 'Comfort', tag: 'C', key: 'comfortMa' },
  { kind: 'discomfort', label: 'Discomfort', tag: 'D', key: 'discomfortMa' },
];

/**
 * Reference lines at the thresholds the worker reported (perception, comfort, discomfort), skipping any the
 * configuration never reaches. The amplitudes are the core's, unchanged.
 */
export function thresholdLines(
  data: Pick<TitrationChartData, 'perceptionMa' | 'comfortMa' | 'discomfortMa'>,
): ThresholdLine[] {
  return THRESHOLDS.flatMap(({ kind, label, tag, key }) => {
    const amplitudeMa = data[key];
    return amplitudeMa !== null && Number.isFinite(amplitudeMa) ? [{ kind, label, tag, amplitudeMa }] : [];
  });
}

/**
 * Runs of consecutive sweep points the core marked uncomfortable, as amplitude spans. A run starts at the discomfort
 * threshold when that lies inside the gap before it (the exact crossing), else at its first point.
 */
export function uncomfortableSpans(data: Pick<TitrationChartData, 'points' | 'discomfortMa'>): AmplitudeSpan[] {
  const spans: AmplitudeSpan[] = [];
  const { points, discomfortMa } = data;
  let start: number | undefined;
  points.forEach((point, i) => {
    if (point.uncomfortable && start === undefined) {
      const previous = points[i - 1]?.amplitudeMa ?? point.amplitudeMa;
      start =
        discomfortMa !== null && discomfortMa >= previous && discomfortMa <= point.amplitudeMa
          ? discomfortMa
          : point.amplitudeMa;
    }
    const next = points[i + 1];
    if (start !== undefined && (!next || !next.uncomfortable)) {
      spans.push({ fromMa: start, toMa: point.amplitudeMa });
      start = undefined;
    }
  });
  return spans;
}

/**
 * Everything the titration chart draws, from the worker's sweep and the amplitude delivered now (mA). With
 * `shownUpToMa` the curves and the "too strong" zone stop at that amplitude — what the patient has already been
 * asked — so the chart does not give away thresholds the trainee is meant to find; the axis keeps its extent.
 */
export function titrationView(
  data: TitrationChartData,
  currentAmplitudeMa: number,
  shownUpToMa = Number.POSITIVE_INFINITY,
): TitrationView {
  const shown = data.points.filter((p) => p.amplitudeMa <= shownUpToMa);
  const rows = shown.map((p) => ({
    amplitudeMa: p.amplitudeMa,
    coveredPct: p.painCoveredPct,
    outsidePct: p.outsidePct,
    sensationPct: p.peakIntensity * 100,
  }));
  const last = data.points[data.points.length - 1]?.amplitudeMa ?? 0;
  const right = Math.max(last, currentAmplitudeMa * 1.05, 0.1);
  return {
    rows,
    thresholds: thresholdLines(data),
    // A run that reaches the end of the sweep goes on past it (discomfort does not wear off at higher amplitude).
    uncomfortable: uncomfortableSpans(data)
      .map((span) => (span.toMa === last ? { ...span, toMa: right } : span))
      .filter((span) => span.fromMa <= shownUpToMa)
      .map((span) => ({ ...span, toMa: Math.min(span.toMa, shownUpToMa) })),
    hasPainMap: data.points.some((p) => p.painCoveredPct !== null),
    domainMa: [0, right],
  };
}
