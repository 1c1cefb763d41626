import type { PainRegion } from '../session/session';
import type { FeltRegion } from './perception';

/** A place felt, as coverage needs it: a sensation's regions and a simulation result's paresthesia both qualify. */
export type FeltPlace = Pick<FeltRegion, 'dermatome' | 'side' | 'intensity'>;

/** How well paresthesia overlaps the patient's pain drawing. */
export interface Coverage {
  /** Share of the pain regions (dermatome × side) where paresthesia is felt (%). */
  readonly painCoveredPct: number;
  /** Share of the paresthesia regions that lie outside the pain (%). */
  readonly extraneousPct: number;
}

const key = (r: Pick<FeltPlace, 'dermatome' | 'side'>) => `${r.dermatome}|${r.side}`;

/**
 * Coverage of a pain map by the places felt: places count equally (dermatome × side), a teaching simplification of
 * area-weighted body maps; places at intensity 0 are not felt.
 * @example coverageOf(sensation.regions, [{ dermatome: 'L5', side: 'left' }]); // { painCoveredPct: 100, extraneousPct: 50 }
 */
export function coverageOf(places: readonly FeltPlace[], painMap: readonly PainRegion[]): Coverage {
  const felt = new Set(places.filter((r) => r.intensity > 0).map(key));
  const pain = new Set(painMap.map(key));
  const covered = [...pain].filter((k) => felt.has(k)).length;
  const outside = [...felt].filter((k) => !pain.has(k)).length;
  return {
    painCoveredPct: pain.size === 0 ? 0 : (100 * covered) / pain.size,
    extraneousPct: felt.size === 0 ? 0 : (100 * outside) / felt.size,
  };
}
