import { DERMATOMES, type Dermatome, type Side } from '../anatomy/dermatomes';
import { COMFORT_INTENSITY, DISCOMFORT_INTENSITY, MILD_INTENSITY, STRONG_INTENSITY } from '../policy';
import { BODY_REGION, FOOT_DERMATOMES, LEG_DERMATOMES, isNamedWithin } from './body-regions';
import type { FeltRegion, Sensation } from './perception';
import type { SensationQuality } from './temporal-pattern';

/** What the columns' paresthesia is like at each quality, as patients describe it [U]. */
const QUALITY_WORDS: Readonly<Record<SensationQuality, string>> = {
  tapping: 'a slow tapping',
  pulsing: 'a pulsing tingle',
  tingling: 'tingling',
  smooth: 'a smooth, steady tingling',
  humming: 'a faint, even hum',
  flutter: 'a gentle fluttering',
};

/** How the patient rates a sensation of a given intensity (0–1), on the policy's scale. */
function strengthWord(intensity: number): string {
  if (intensity >= DISCOMFORT_INTENSITY) return 'too strong — please turn it down';
  if (intensity >= STRONG_INTENSITY) return 'strong, but I can bear it';
  if (intensity >= COMFORT_INTENSITY) return 'comfortable';
  if (intensity >= MILD_INTENSITY) return 'mild';
  return 'very faint';
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Sides felt per dermatome, in body order. */
function sidesByDermatome(regions: readonly FeltRegion[]): Map<Dermatome, Set<Side>> {
  const map = new Map<Dermatome, Set<Side>>();
  for (const r of [...regions].sort((a, b) => DERMATOMES.indexOf(a.dermatome) - DERMATOMES.indexOf(b.dermatome))) {
    map.set(r.dermatome, (map.get(r.dermatome) ?? new Set<Side>()).add(r.side));
  }
  return map;
}

/** "down my left leg to the foot" when three or more leg dermatomes tingle on a side; those are then not listed again. */
function legPhrases(felt: Map<Dermatome, Set<Side>>): { phrases: string[]; covered: Set<string> } {
  const legSides = (['left', 'right'] as const).filter(
    (side) => LEG_DERMATOMES.filter((d) => felt.get(d)?.has(side)).length >= 3,
  );
  const covered = new Set<string>();
  for (const side of legSides) for (const d of LEG_DERMATOMES) if (felt.get(d)?.has(side)) covered.add(`${d}|${side}`);
  const toFoot = (sides: readonly Side[]) => sides.every((side) => FOOT_DERMATOMES.some((d) => felt.get(d)?.has(side)));
  if (legSides.length === 2) return { phrases: [`down both legs${toFoot(legSides) ? ' to the feet' : ''}`], covered };
  return { phrases: legSides.map((side) => `down my ${side} leg${toFoot([side]) ? ' to the foot' : ''}`), covered };
}

/** True when another dermatome felt on `side` is said in words that name `dermatome`'s place too. */
function namedByAnother(felt: Map<Dermatome, Set<Side>>, dermatome: Dermatome, side: Side): boolean {
  return [...felt].some(([other, sides]) => other !== dermatome && sides.has(side) && isNamedWithin(dermatome, other));
}

/**
 * Places in body order with sides merged: "the top of my left foot", "both buttocks". A place is named once: a side
 * said as part of the leg, or within a neighbour's words (T11 within T12's "lower belly and hip"), is not listed again.
 */
function placePhrases(regions: readonly FeltRegion[]): string[] {
  const felt = sidesByDermatome(regions);
  const { phrases, covered } = legPhrases(felt);
  const rest: string[] = [];
  for (const [dermatome, sides] of felt) {
    const remaining = [...sides].filter(
      (side) => !covered.has(`${dermatome}|${side}`) && !namedByAnother(felt, dermatome, side),
    );
    if (remaining.length === 0) continue;
    const region = BODY_REGION[dermatome];
    const phrase = remaining.length === 2 ? region.both : region.one(`my ${remaining[0]}`);
    if (!rest.includes(phrase)) rest.push(phrase);
  }
  return [...phrases, ...rest.map((p) => `in ${p}`)];
}

/**
 * The bands a strong dorsal-root sensation makes around the trunk, each said once; a band within a neighbour's (T11's
 * lower belly within T12's lower belly and hips) is left out.
 */
function bandPhrases(roots: readonly FeltRegion[]): string[] {
  const banded = roots
    .filter((r) => r.intensity >= STRONG_INTENSITY && BODY_REGION[r.dermatome].band !== undefined)
    .map((r) => r.dermatome);
  const widest = banded.filter((d) => !banded.some((other) => other !== d && isNamedWithin(d, other)));
  return [...new Set(widest.map((d) => BODY_REGION[d].band).filter((b): b is string => b !== undefined))];
}

/** True when `phrase` says a place already said in `said`, or one within it ("in my left lower belly" within "… and hip"). */
const alreadySaid = (phrase: string, said: readonly string[]) =>
  said.some((p) => p === phrase || p.startsWith(`${phrase} and `));

/**
 * The roots' prickling after the columns' tingling, without naming a place twice: "there’s prickling there too",
 * "there’s also prickling there and in my right groin".
 */
function pricklingClause(tingling: readonly string[], prickling: readonly string[]): string {
  if (tingling.length === 0) return `I feel prickling ${joinList(prickling)}`;
  const shared = prickling.some((p) => alreadySaid(p, tingling));
  const fresh = prickling.filter((p) => !alreadySaid(p, tingling));
  if (fresh.length === 0) return 'there’s prickling there too';
  return `there’s also prickling ${joinList(shared ? ['there', ...fresh] : fresh)}`;
}

/**
 * What the virtual patient says about a sensation — where, what it is like and how strong — in plain words that
 * never mention fibres, thresholds or the model.
 *
 * @example
 * describeSensation(sensation); // "I feel tingling down my left leg to the foot and in my left buttock. It’s comfortable."
 */
export function describeSensation(sensation: Sensation): string {
  const felt = sensation.regions.filter((r) => r.intensity > 0);
  if (felt.length === 0) return 'I don’t feel anything yet.';
  const column = felt.filter((r) => r.via === 'dorsalColumn');
  const roots = felt.filter((r) => r.via === 'dorsalRoot');
  const parts: string[] = [];
  if (column.length > 0) parts.push(`I feel ${QUALITY_WORDS[sensation.quality]} ${joinList(placePhrases(column))}`);
  const bands = bandPhrases(roots);
  const prickling = roots.filter((r) => r.intensity < STRONG_INTENSITY || BODY_REGION[r.dermatome].band === undefined);
  if (prickling.length > 0) parts.push(pricklingClause(placePhrases(column), placePhrases(prickling)));
  if (bands.length > 0) parts.push(`it feels like ${joinList(bands)}`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. It’s ${strengthWord(sensation.maxIntensity)}.`;
}
