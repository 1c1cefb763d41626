/**
 * The paper a printed report is laid out for: US Letter where it is the usual office paper (the United States,
 * Canada, Mexico and the other countries that kept it), A4 everywhere else.
 */

/** The two paper sizes a report is laid out for. */
export type ReportPageSize = 'A4' | 'Letter';

/** Regions (ISO 3166 codes) whose offices use US Letter (CLDR `paperSize` supplemental data). */
const LETTER_REGIONS: ReadonlySet<string> = new Set([
  'US',
  'CA',
  'MX',
  'PR',
  'CL',
  'CO',
  'CR',
  'GT',
  'PA',
  'PH',
  'VE',
  'BZ',
  'SV',
  'NI',
  'DO',
]);

/**
 * The paper for a BCP 47 locale, by its region subtag; a locale without a region (`"en"`) or an unreadable one gets A4.
 * @example reportPageSizeFor('en-US'); // 'Letter'
 * @example reportPageSizeFor('de-DE'); // 'A4'
 */
export function reportPageSizeFor(locale: string): ReportPageSize {
  const region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i.exec(locale.trim())?.[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
