/**
 * Numbers as the user's locale writes them ("4,2 mA" in de-DE, "1 234,5" in fr-FR) and read back from what they
 * type. The locale is the host's (the desktop's `platform.numberLocale()`: the system's regional format; else the
 * browser's language), set once at start-up with `setNumberLocale`. Unit symbols (mA, µs, Hz, µC, %)
 * are never translated, and files keep JavaScript's '.'-decimal numbers: this is display and input only.
 */

const FALLBACK_LOCALE = 'en-US';
let localeOverride: string | undefined;

/**
 * Uses `locale` instead of the browser's for every later format and parse (undefined, or a tag `Intl` does not
 * know, e.g. a malformed system setting: back to the browser's).
 */
export function setNumberLocale(locale: string | undefined): void {
  localeOverride = locale !== undefined && isKnownLocale(locale) ? locale : undefined;
}

function isKnownLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    return false;
  }
}

/** The locale numbers are written in: the override, else the browser's, else en-US. */
export function numberLocale(): string {
  return localeOverride ?? globalThis.navigator?.language ?? FALLBACK_LOCALE;
}

export interface NumberFormatOptions {
  /** Exactly this many decimals (4.20); default: up to `maximumDecimals`. */
  readonly decimals?: number;
  /** Up to this many decimals, trailing zeros dropped (4.2); default 3. */
  readonly maximumDecimals?: number;
  /** Group thousands (10 000); default true. Off for what a user edits, so a group mark never reads as a decimal. */
  readonly grouping?: boolean;
  readonly locale?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(options: NumberFormatOptions): Intl.NumberFormat {
  const locale = options.locale ?? numberLocale();
  const minimum = options.decimals ?? 0;
  const maximum = options.decimals ?? options.maximumDecimals ?? 3;
  const grouping = options.grouping ?? true;
  const key = `${locale} ${minimum} ${maximum} ${grouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
      useGrouping: grouping,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A number in the locale: `formatNumber(4.2)` is "4.2" in en-US, "4,2" in de-DE.
 * @example formatNumber(1234.5, { locale: 'fr-FR' }); // "1 234,5" (narrow no-break space)
 */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  return formatterFor(options).format(value);
}

/**
 * A number shown to a fixed number of decimals, followed by its unit when given, or '—' (no unit) when there is no
 * number yet.
 * @example formatNumberOrDash(4.25, 1, 'mA'); // "4.3 mA" in en-US
 * @example formatNumberOrDash(null, 1, 'mA'); // "—"
 */
export function formatNumberOrDash(value: number | null | undefined, decimals: number, unit?: string): string {
  if (value === null || value === undefined) return '—';
  const text = formatNumber(value, { decimals });
  return unit === undefined ? text : `${text} ${unit}`;
}

/** The locale's decimal and group marks (e.g. ',' and '.' in de-DE, ',' and U+202F in fr-FR). */
function separatorsOf(locale: string): { decimal: string; group: string } {
  // Cached per locale: parseNumber runs on every keystroke.
  let separators = separatorsByLocale.get(locale);
  if (!separators) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
    separators = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separatorsByLocale.set(locale, separators);
  }
  return separators;
}

const separatorsByLocale = new Map<string, { decimal: string; group: string }>();

const SPACE = /[\s\u00a0\u202f]/;
const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * What the user typed, as a number, or `undefined` if it is not one. Either decimal mark is accepted ('4,2' and
 * '4.2' are both 4.2, whatever the locale; so a lone mark is always decimal, and number boxes show no grouping); the locale's group marks are accepted between groups of three digits
 * when a decimal mark follows or when they are spaces ("1 234,5" in fr-FR). Rejects '', hexadecimal, exponents,
 * infinities and more than one decimal mark ('1,2,3').
 * @example parseNumber('4,2'); // 4.2
 */
export function parseNumber(text: string, locale: string = numberLocale()): number | undefined {
  let s = text.trim().replace(/^[\u2212\u2013]/, '-');
  const { group } = separatorsOf(locale);
  // Space-like group marks (fr-FR, and the plain space people type for them) between groups of three digits.
  if (SPACE.test(s)) {
    if (!/^-?\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d*)?$/.test(s)) return undefined;
    s = s.replace(SPACES, '');
  }
  // Both marks ("1.234,5" in de-DE, "1,234.5" in en-US): the locale's group mark between groups, the other decimal.
  if (s.includes('.') && s.includes(',')) {
    const decimal = group === '.' ? ',' : '.';
    const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+\\${decimal}\\d*$`);
    if (!grouped.test(s)) return undefined;
    s = s.split(group).join('');
  }
  if (!PLAIN.test(s)) return undefined;
  const value = Number(s.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
