import type { Dermatome, PainRegion, PlaceRelief, Side, SimulationResult } from '../../src-core';
import type { View } from './geometry';

/** What is felt in one place (dermatome × side), merged over the pathways that reach it. */
export interface Felt {
  /** Strongest intensity over the pathways, 0–1. */
  readonly intensity: number;
  readonly column: number;
  readonly root: number;
}

export const placeKey = (dermatome: string, side: Side) => `${dermatome}:${side}`;

/** Paresthesia by place; places felt at intensity 0 are left out. */
export function feltByPlace(result: SimulationResult | undefined): ReadonlyMap<string, Felt> {
  const map = new Map<string, Felt>();
  for (const p of result?.paresthesia ?? []) {
    if (!(p.intensity > 0)) continue;
    const key = placeKey(p.dermatome, p.side);
    const before = map.get(key) ?? { intensity: 0, column: 0, root: 0 };
    const column = p.via === 'dorsalColumn' ? Math.max(before.column, p.intensity) : before.column;
    const root = p.via === 'dorsalRoot' ? Math.max(before.root, p.intensity) : before.root;
    map.set(key, { intensity: Math.max(column, root), column, root });
  }
  return map;
}

/** Relief by painful place, from the answer's relief (null without a pain drawing or an answer). */
export function reliefByPlace(result: SimulationResult | undefined): ReadonlyMap<string, PlaceRelief> {
  const map = new Map<string, PlaceRelief>();
  for (const p of result?.relief?.places ?? []) map.set(placeKey(p.dermatome, p.side), p);
  return map;
}

const pct = (intensity: number) => `${Math.round(intensity * 100)} %`;

/** The accessible name of a region, e.g. "L5 left (back): pain, tingling 40 %, relief 45 %". */
export function regionLabel(
  dermatome: Dermatome,
  side: Side,
  view: View,
  pain: boolean,
  felt: Felt | undefined,
  relief?: PlaceRelief,
): string {
  const parts: string[] = [];
  if (pain) parts.push('pain');
  if (felt && felt.column > 0) parts.push(`tingling ${pct(felt.column)}`);
  if (felt && felt.root > 0) parts.push(`root prickling ${pct(felt.root)}`);
  if (pain && relief) parts.push(`relief ${Math.round(relief.reliefPct)} %`);
  if (parts.length === 0) parts.push('nothing');
  return `${dermatome} ${side} (${view}): ${parts.join(', ')}`;
}

/** The pain map with one place added or removed (order kept, new places appended). */
export function togglePain(painMap: readonly PainRegion[], dermatome: Dermatome, side: Side): PainRegion[] {
  const has = painMap.some((r) => r.dermatome === dermatome && r.side === side);
  return has ? painMap.filter((r) => r.dermatome !== dermatome || r.side !== side) : [...painMap, { dermatome, side }];
}

/** Fill opacity for a felt intensity: faint tingling stays visible, strong tingling is nearly solid. */
export const fillOpacity = (intensity: number) => 0.25 + 0.7 * Math.min(1, Math.max(0, intensity));

/** Relief (%) below which a painful place is drawn as unrelieved: the patient would call it "no better". */
export const NO_RELIEF_PCT = 0.5;

/**
 * Fill opacity of the relief shade for a relief (%): any relief shows (0.3), the model's best (70 %) nearly solid.
 * Unrelieved places get no shade but their own look (see BodyFigure).
 */
export const reliefOpacity = (reliefPct: number) => 0.3 + 0.65 * Math.min(1, Math.max(0, reliefPct / 70));
