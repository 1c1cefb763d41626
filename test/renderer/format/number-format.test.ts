import { afterEach, describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatNumberOrDash,
  numberLocale,
  parseNumber,
  setNumberLocale,
} from '../../../renderer/format/number-format';

const NNBSP = '\u202f';

afterEach(() => setNumberLocale(undefined));

describe('formatting numbers in the locale', () => {
  it('writes the decimal mark of the locale', () => {
    expect(formatNumber(4.2, { locale: 'de-DE' })).toBe('4,2');
    expect(formatNumber(4.2, { locale: 'en-US' })).toBe('4.2');
    expect(formatNumber(4.2, { locale: 'fr-FR' })).toBe('4,2');
  });

  it('groups thousands as the locale does: a narrow no-break space in fr-FR', () => {
    expect(formatNumber(10000, { locale: 'fr-FR' })).toBe(`10${NNBSP}000`);
    expect(formatNumber(10000, { locale: 'de-DE' })).toBe('10.000');
    expect(formatNumber(10000, { locale: 'en-US' })).toBe('10,000');
    expect(formatNumber(10000, { locale: 'de-DE', grouping: false })).toBe('10000');
  });

  it('keeps a fixed number of decimals when asked, else drops trailing zeros', () => {
    expect(formatNumber(4.2, { locale: 'de-DE', decimals: 2 })).toBe('4,20');
    expect(formatNumber(0.30000000000000004, { locale: 'en-US' })).toBe('0.3');
  });

  it('shows a dash, without its unit, where there is no number yet, else the number to fixed decimals and its unit', () => {
    setNumberLocale('de-DE');
    expect(formatNumberOrDash(4.2, 1, 'mA')).toBe('4,2 mA');
    expect(formatNumberOrDash(0.5, 2)).toBe('0,50');
    expect(formatNumberOrDash(null, 1, 'mA')).toBe('—');
    expect(formatNumberOrDash(undefined, 0, '%')).toBe('—');
  });

  it('uses the overriding locale for every later call, and the browser’s again once cleared', () => {
    const browsers = numberLocale();
    setNumberLocale('de-DE');
    expect(formatNumber(1.5)).toBe('1,5');
    expect(parseNumber('1.234,5')).toBe(1234.5);
    setNumberLocale(undefined);
    expect(numberLocale()).toBe(browsers);
  });

  it('ignores a locale tag Intl cannot use (a malformed system setting) and keeps the browser’s', () => {
    const browsers = numberLocale();
    setNumberLocale('not a locale!!');
    expect(numberLocale()).toBe(browsers);
    expect(() => formatNumber(4.2)).not.toThrow();
  });
});

describe('reading typed numbers', () => {
  it.each(['de-DE', 'en-US', 'fr-FR'])('accepts both decimal marks in %s', (locale) => {
    expect(parseNumber('4,2', locale)).toBe(4.2);
    expect(parseNumber('4.2', locale)).toBe(4.2);
    expect(parseNumber(' 12 ', locale)).toBe(12);
    expect(parseNumber(',5', locale)).toBe(0.5);
    expect(parseNumber('-3', locale)).toBe(-3);
  });

  it('reads the locale’s grouped thousands back', () => {
    expect(parseNumber('1.234,5', 'de-DE')).toBe(1234.5);
    expect(parseNumber('1,234.5', 'en-US')).toBe(1234.5);
    expect(parseNumber(`1${NNBSP}234,5`, 'fr-FR')).toBe(1234.5);
    expect(parseNumber(`10${NNBSP}000`, 'fr-FR')).toBe(10000);
    expect(parseNumber('10 000', 'fr-FR')).toBe(10000);
  });

  it('reads back what a number box shows (written without grouping)', () => {
    for (const locale of ['de-DE', 'en-US', 'fr-FR'])
      for (const value of [0, 0.1, 4.2, 12.35, 1200, 10000, -2.5])
        expect(parseNumber(formatNumber(value, { locale, grouping: false }), locale)).toBe(value);
  });

  it('reads a lone mark as the decimal mark, even the locale’s group mark: “1.200” is 1.2 in de-DE too', () => {
    expect(parseNumber('1.200', 'de-DE')).toBe(1.2);
    expect(parseNumber('1,200', 'en-US')).toBe(1.2);
  });

  it.each(['', '   ', '0x10', '1e999', '1e3', 'Infinity', 'NaN', '1,2,3', '1.2.3', '4,2 mA', '-', ',', '1 2'])(
    'rejects %j',
    (text) => {
      expect(parseNumber(text, 'de-DE')).toBeUndefined();
      expect(parseNumber(text, 'en-US')).toBeUndefined();
      expect(parseNumber(text, 'fr-FR')).toBeUndefined();
    },
  );

  it('rejects the wrong locale’s grouping with both marks', () => {
    expect(parseNumber('1,234.5', 'de-DE')).toBeUndefined();
    expect(parseNumber('1.234,5', 'en-US')).toBeUndefined();
  });
});
