import type { Dermatome, Side } from '../anatomy/dermatomes';
import { LEG_DERMATOMES } from '../perception/body-regions';
import type { Relief } from './relief';

/** Below this share of paresthesia-free wash-in, the patient cannot yet judge a paresthesia-free program. */
const TOO_EARLY_WASH_IN = 0.25;

const ARM_DERMATOMES: readonly Dermatome[] = ['C5', 'C6', 'C7', 'C8', 'T1'];
const NECK_DERMATOMES: readonly Dermatome[] = ['C2', 'C3', 'C4'];

/** Parts the patient names without a side when one side or both fare alike. */
const MIDLINE_PARTS: readonly string[] = ['back', 'neck'];

/** The body part a patient names for a painful dermatome. */
function partOf(dermatome: Dermatome): string {
  if (LEG_DERMATOMES.includes(dermatome)) return 'leg';
  if (ARM_DERMATOMES.includes(dermatome)) return 'arm';
  if (NECK_DERMATOMES.includes(dermatome)) return 'neck';
  if (dermatome.startsWith('S')) return 'buttock';
  return 'back';
}

/** How much better, in the patient's words. */
function amountWords(reliefPct: number): string {
  if (reliefPct >= 85) return 'is almost gone';
  if (reliefPct >= 62) return 'is much better — most of it has gone';
  if (reliefPct >= 38) return 'is about half of what it was';
  if (reliefPct >= 12) return 'is a little better';
  return 'is no better';
}

/**
 * What the patient says about their pain after time with the program, per body part and side ("my left leg pain is
 * about half of what it was"); null before any time has passed.
 * @example describeRelief(relief); // "My left leg pain is about half of what it was."
 */
export function describeRelief(relief: Relief): string | null {
  if (!(relief.elapsedMin > 0) || relief.places.length === 0) return null;
  const parts = new Map<string, { side: Side; part: string; sum: number; count: number }>();
  for (const p of relief.places) {
    const part = partOf(p.dermatome);
    const key = `${part}|${p.side}`;
    const entry = parts.get(key) ?? { side: p.side, part, sum: 0, count: 0 };
    entry.sum += p.reliefPct;
    entry.count += 1;
    parts.set(key, entry);
  }
  const mean = [...parts.values()].map((e) => ({ ...e, pct: e.sum / e.count }));
  if (relief.overallPct < 12 && relief.paresthesiaFree && relief.washedInFraction < TOO_EARLY_WASH_IN)
    return 'It’s too early to tell whether it helps my pain.';
  // Both sides of a part said together when they fare alike.
  const phrases: string[] = [];
  for (const part of [...new Set(mean.map((e) => e.part))]) {
    const sides = mean.filter((e) => e.part === part);
    const midline = MIDLINE_PARTS.includes(part);
    const alike = sides.length === 2 && amountWords(sides[0]!.pct) === amountWords(sides[1]!.pct);
    if (midline && (alike || sides.length === 1)) {
      const pct = sides.reduce((sum, e) => sum + e.pct, 0) / sides.length;
      phrases.push(`my ${part} pain ${amountWords(pct)}`);
    } else if (alike) phrases.push(`the pain in both my ${part}s ${amountWords(sides[0]!.pct)}`);
    else for (const e of sides) phrases.push(`my ${e.side} ${e.part} pain ${amountWords(e.pct)}`);
  }
  const sentence = phrases.join(', and ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
