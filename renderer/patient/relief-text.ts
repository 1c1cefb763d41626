// How the app words simulated time and the relief teaching model: the body map headline, the patient panel and the
// clock share these, so they say the same thing everywhere.
import type { Relief } from '../../src-core';

const MIN_PER_HOUR = 60;
const MIN_PER_DAY = 24 * MIN_PER_HOUR;

/** Below this share of its wash-in, a paresthesia-free program is still building its relief (two half-times). */
export const BUILDING_WASH_IN = 0.75;

/** What the "teaching model" tag explains on hover and to screen readers. */
export const RELIEF_MODEL_NOTE =
  'Pain relief is a teaching model: paresthesia relieves within minutes; 10 kHz, burst and sub-perception programs ' +
  'build relief over a wash-in (about a day, minutes for FAST-like 90 Hz). Not a clinical prediction.';

/**
 * Simulated time as the clock shows it: "0 min", "45 min", "2 h 15 min", "1 d 2 h" (minutes dropped past a day).
 * @example formatElapsed(26 * 60); // "1 d 2 h"
 */
export function formatElapsed(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / MIN_PER_DAY);
  const hours = Math.floor((total % MIN_PER_DAY) / MIN_PER_HOUR);
  const mins = total % MIN_PER_HOUR;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/**
 * A half-time in words, roughly, for a hint: "about 10 minutes", "about 3 hours", "about a day", "about 2 days".
 * @example washInWords(1440); // "about a day"
 */
export function washInWords(halfTimeMin: number): string {
  if (halfTimeMin < 45) return `about ${Math.max(5, Math.round(halfTimeMin / 5) * 5)} minutes`;
  if (halfTimeMin < 0.75 * MIN_PER_DAY) {
    const hours = Math.max(1, Math.round(halfTimeMin / MIN_PER_HOUR));
    return hours === 1 ? 'about an hour' : `about ${hours} hours`;
  }
  const days = Math.round(halfTimeMin / MIN_PER_DAY);
  return days <= 1 ? 'about a day' : `about ${days} days`;
}

/**
 * What to tell the trainee beside the relief figure while it cannot yet be judged, or null: a paresthesia-free
 * program that has not washed in, or any program before time has passed.
 * @example reliefHint(relief); // "Relief builds over about a day — let time pass."
 */
export function reliefHint(relief: Relief): string | null {
  const free = relief.paresthesiaFree;
  if (free && relief.washedInFraction < BUILDING_WASH_IN)
    return relief.elapsedMin > 0
      ? `Still building over ${washInWords(free.halfTimeMin)} — let more time pass.`
      : `Relief builds over ${washInWords(free.halfTimeMin)} — let time pass.`;
  if (!free && relief.elapsedMin <= 0) return 'Relief with paresthesia comes within minutes — let time pass.';
  return null;
}

/** "after 30 min" — how long the program has run for the relief shown. */
export const reliefAfter = (relief: Relief): string => `after ${formatElapsed(relief.elapsedMin)}`;
