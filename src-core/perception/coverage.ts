import type { PainRegion } from '../session/session';
import type { Sensation } from './perception';

/** How well paresthesia overlaps the patient's pain drawing. */
export interface Coverage {
  /** Share of the pain regions (dermatome × side) where paresthesia is felt (%). */
  readonly painCoveredPct: number;
  /** Share of the paresthesia regions that lie outside the pain (%). */
  readonly extraneousPct: number;
}

const key = (r: { dermatome: string; side: string }) => `${r.dermatome}|${r.side}`;

/**
 * Coverage of a pain map by a sensation: regions count equally (dermatome × side), a teaching simplification of
 * area-weighted body maps.
 * @example coverageOf(sensation, [{ dermatome: 'L5', side: 'left' }]); // { painCoveredPct: 100, extraneousPct: 50 }
 */
export function coverageOf(sensation: Sensation, painMap: readonly PainRegion[]): Coverage {
  const felt = new Set(sensation.regions.filter((r) => r.intensity > 0).map(key));
  const pain = new Set(painMap.map(key));
  const covered = [...pain].filter((k) => felt.has(k)).length;
  const outside = [...felt].filter((k) => !pain.has(k)).length;
  return {
    painCoveredPct: pain.size === 0 ? 0 : (100 * covered) / pain.size,
    extraneousPct: felt.size === 0 ? 0 : (100 * outside) / felt.size,
  };
}
