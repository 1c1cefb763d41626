import { coverageOf } from '../perception/coverage';
import { perceive } from '../perception/perception';
import type { RecruitmentIndex } from '../perception/recruitment-index';
import { REFERENCE_PATTERN, type TemporalPattern } from '../perception/temporal-pattern';
import type { PainRegion } from '../session/session';

/** What the patient reports at one amplitude of a titration sweep. */
export interface TitrationPoint {
  readonly amplitudeMa: number;
  /** Share of the pain map covered (%); null without a pain map. */
  readonly painCoveredPct: number | null;
  /** Share of the paresthesia outside the pain (%); null without a pain map. */
  readonly outsidePct: number | null;
  /** Strongest place, 0 (not felt) … 1 (too strong). */
  readonly peakIntensity: number;
  /** Places (dermatome × side) felt. */
  readonly placesFelt: number;
  readonly uncomfortable: boolean;
}

/**
 * Coverage and sensation at each amplitude of `amplitudesMa` (mA, any order) under the program's temporal `pattern`:
 * the titration curve of one configuration. Each point is one recruitment query, so a 100-point sweep takes well under a millisecond.
 * @example titrationCurve(index, painMap, [0, 1, 2, 3]).map((p) => p.painCoveredPct); // [0, 0, 33, 83]
 */
export function titrationCurve(
  index: RecruitmentIndex,
  painMap: readonly PainRegion[] | undefined,
  amplitudesMa: readonly number[],
  pattern: TemporalPattern = REFERENCE_PATTERN,
): TitrationPoint[] {
  const hasPain = painMap !== undefined && painMap.length > 0;
  return amplitudesMa.map((amplitudeMa) => {
    const sensation = perceive(index, amplitudeMa, pattern);
    const coverage = hasPain ? coverageOf(sensation.regions, painMap) : null;
    return {
      amplitudeMa,
      painCoveredPct: coverage ? coverage.painCoveredPct : null,
      outsidePct: coverage ? coverage.extraneousPct : null,
      peakIntensity: sensation.maxIntensity,
      placesFelt: sensation.regions.length,
      uncomfortable: sensation.uncomfortable,
    };
  });
}

/**
 * `count` evenly spaced amplitudes from 0 to a span that shows the whole story: past the discomfort threshold when
 * there is one (×1.25), else the device maximum.
 * @example titrationAmplitudes(5.1, 25, 61); // 0 … 6.375 mA in 61 steps
 */
export function titrationAmplitudes(discomfortMa: number | null, deviceMaxMa: number, count: number): number[] {
  const span = Math.min(
    deviceMaxMa,
    discomfortMa !== null && Number.isFinite(discomfortMa) ? discomfortMa * 1.25 : deviceMaxMa,
  );
  const n = Math.max(2, Math.floor(count));
  return Array.from({ length: n }, (_, i) => (span * i) / (n - 1));
}
