import type { PainRegion, SimulationResult } from '../../src-core';
import { ResultBodyMap } from '../bodymap/ResultBodyMap';
import { formatNumberOrDash } from '../format/number-format';

/**
 * A read-only body map of one delivered program (the workstation's figures and model): the pain drawing, and
 * paresthesia or, for a relief goal, relief — with the coverage figures beside the caption.
 */
export function DebriefBodyMap({
  title,
  description,
  painMap,
  result,
  layer,
}: {
  readonly title: string;
  readonly description: string;
  readonly painMap: readonly PainRegion[];
  readonly result: SimulationResult | null;
  readonly layer: 'paresthesia' | 'relief';
}) {
  return (
    <figure className="debrief__map">
      <figcaption>{title}</figcaption>
      <p className="muted small">{description}</p>
      <p className="small">
        {result === null
          ? 'Nothing delivered.'
          : layer === 'relief'
            ? `Relief ${formatNumberOrDash(result.relief?.overallPct, 0, '%')}`
            : `Pain covered ${formatNumberOrDash(result.coverage?.painCoveredPct, 0, '%')} · outside the pain ${formatNumberOrDash(result.coverage?.extraneousPct, 0, '%')}`}
      </p>
      <ResultBodyMap label={`${title}: dermatome chart`} painMap={painMap} result={result} layer={layer} />
    </figure>
  );
}
