/**
 * Numbers and positions in a report's words, in the reader's locale (`Intl.NumberFormat`; unit symbols are never
 * translated). A missing value reads "—".
 */
import type { LevelPosition } from '../../anatomy/vertebral-column';

/** Formats numbers of a report in one locale. */
export interface ReportNumbers {
  /** `value` with exactly `digits` decimals, or "—" when null. */
  readonly fixed: (value: number | null, digits: number) => string;
}

/**
 * The number formatter of a locale; an unknown locale falls back to the formatter's default.
 * @example reportNumbers('de-DE').fixed(4.25, 2); // '4,25'
 */
export function reportNumbers(locale: string): ReportNumbers {
  const cache = new Map<number, Intl.NumberFormat>();
  const formatter = (digits: number) => {
    let f = cache.get(digits);
    if (!f) {
      let tag: string | undefined = locale;
      try {
        Intl.NumberFormat.supportedLocalesOf([locale]);
      } catch {
        tag = undefined;
      }
      f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      cache.set(digits, f);
    }
    return f;
  };
  return {
    fixed: (value, digits) => (value === null || !Number.isFinite(value) ? '—' : formatter(digits).format(value)),
  };
}

/**
 * A level position as clinicians write it: "T8 + 6 mm" (caudal from the upper endplate), "T8" at the endplate.
 * @example levelText({ level: 'T8', offsetMm: 6.04 }, reportNumbers('en-GB')); // 'T8 + 6 mm'
 */
export function levelText(position: LevelPosition, numbers: ReportNumbers): string {
  const offset = Math.round(position.offsetMm);
  return offset === 0 ? position.level : `${position.level} + ${numbers.fixed(offset, 0)} mm`;
}
