import { DERMATOMES, type Dermatome, type Side } from '../anatomy/dermatomes';
import { BODY_REGION } from './body-regions';
import type { FeltRegion, Sensation } from './perception';

/** How the patient rates a sensation of a given intensity (0–1). */
function strengthWord(intensity: number): string {
  if (intensity >= 1) return 'too strong — please turn it down';
  if (intensity >= 0.75) return 'strong';
  if (intensity >= 0.4) return 'comfortable';
  if (intensity >= 0.15) return 'mild';
  return 'very faint';
}

const sideWord = (sides: ReadonlySet<Side>) => (sides.size === 2 ? 'both sides' : sides.has('left') ? 'the left' : 'the right');

/** Places in body order with their sides merged ("the left outer calf", "both sides of the buttock"). */
function describePlaces(regions: readonly FeltRegion[]): string[] {
  const byPlace = new Map<string, { sides: Set<Side>; order: number }>();
  for (const r of regions) {
    const place = BODY_REGION[r.dermatome].place;
    const entry = byPlace.get(place) ?? { sides: new Set<Side>(), order: DERMATOMES.indexOf(r.dermatome) };
    entry.sides.add(r.side);
    byPlace.set(place, entry);
  }
  return [...byPlace.entries()]
    .sort((a, b) => a[1].order - b[1].order)
    .map(([place, { sides }]) => (sides.size === 2 ? `${place} on both sides` : `${sideWord(sides).replace('the ', 'my ')} ${place}`));
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * What the virtual patient says about a sensation — where, what it is like and how strong — in plain words that
 * never mention fibres, thresholds or the model.
 *
 * @example
 * describeSensation(sensation); // "I feel tingling in my left outer calf and top of the foot and my left sole…; it's comfortable."
 */
export function describeSensation(sensation: Sensation): string {
  const felt = sensation.regions.filter((r) => r.intensity > 0);
  if (felt.length === 0) return 'I don’t feel anything yet.';
  const column = felt.filter((r) => r.via === 'dorsalColumn');
  const roots = felt.filter((r) => r.via === 'dorsalRoot');
  const parts: string[] = [];
  if (column.length > 0) parts.push(`I feel tingling in ${joinList(describePlaces(column))}`);
  const strongRoots = roots.filter((r) => r.intensity >= 0.75);
  const bands = [...new Set(strongRoots.map((r) => BODY_REGION[r.dermatome as Dermatome].band).filter((b): b is string => b !== undefined))];
  if (bands.length > 0) parts.push(`there's ${joinList(bands)}`);
  const segmental = roots.filter((r) => r.intensity < 0.75 || BODY_REGION[r.dermatome].band === undefined);
  if (segmental.length > 0) parts.push(`${column.length > 0 ? 'and some' : 'I feel'} prickling in ${joinList(describePlaces(segmental))}`);
  const strength = strengthWord(sensation.maxIntensity);
  return `${parts.join('; ')}. It’s ${strength}.`.replace(/^i /, 'I ');
}
