import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreSession } from '../../../src-core';
import { PROGRAM_FILE_BOUNDS } from '../../../src-core/session/bounds';
import { unsafeCodePoints } from './printable';

const tonic = () => JSON.parse(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
const burst = () => JSON.parse(readFileSync('resources/sessions/burst-t9.scs.json', 'utf8'));
const v1 = (program: Record<string, unknown> = {}) => ({
  format: 'scs-sim-session',
  version: 1,
  program: { amplitudeMa: 3, pulseWidthUs: 300, rateHz: 50, interphaseGapUs: 20, recharge: 'active', ...program },
});
const errorOf = (file: unknown) => {
  const result = restoreSession(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
};
/** A message that reaches a terminal must be one line with no control or bidi characters. */
const expectPrintable = (text: string) => expect(unsafeCodePoints(text)).toEqual([]);

type Json = Record<string, unknown> | unknown[];
/** Sets `value` at `path` in a parsed file (test data, so the path is trusted). */
function setAt(file: Json, path: readonly (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, file);
  (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
}

describe('numeric bounds of a session file', () => {
  const area = ['programs', 0, 'areas', 0];
  const subPerception = (percentOfPerception: number, perceptionThresholdMa: number) => ({
    mode: 'subPerception',
    percentOfPerception,
    perceptionThresholdMa,
  });
  it.each([
    ['amplitude 1e308 mA', [...area, 'amplitudeMa'], 1e308, ''],
    ['amplitude below 0 mA', [...area, 'amplitudeMa'], -1, ''],
    ['pulse width 1e9 µs', [...area, 'pulseWidthUs'], 1e9, ''],
    ['rate 1e12 Hz', ['programs', 0, 'rateHz'], 1e12, ''],
    ['a fraction of 1e300 %', [...area, 'contacts', 0, 'fractionPct'], 1e300, ''],
    ['patient maximum 1e308 mA', ['programs', 0, 'patientMaxMa'], 1e308, ''],
    ['soft start 1e9 s', ['programs', 0, 'softStartS'], 1e9, ''],
    ['cycling on 1e30 s', ['programs', 0, 'cycling'], { onS: 1e30, offS: 1 }, 'onS'],
    ['contact 1e15', [...area, 'contacts', 0, 'electrode'], 1e15, ''],
    ['a sub-perception threshold of 1e308 mA', [...area, 'dosing'], subPerception(60, 1e308), 'perceptionThresholdMa'],
    ['sub-perception at 1e6 %', [...area, 'dosing'], subPerception(1e6, 3), 'percentOfPerception'],
  ] as const)('refuses %s, naming the field and the allowed range', (_, at, value, inside) => {
    const file = tonic();
    setAt(file, at, value);
    const expected = [...at, ...(inside ? [inside] : [])].join('.');
    const { error, path } = errorOf(file);
    expect(path).toBe(expected);
    expect(error).toContain(`field "${expected}"`);
    expect(error).toMatch(/must be (a|a whole) number from -?[\d.]+ to [\d.]+/);
  });

  it.each([
    ['pulses per burst 1e9', 'pulsesPerBurst', 1e9],
    ['intra-burst rate 1e300 Hz', 'intraBurstRateHz', 1e300],
  ] as const)('refuses a burst with %s', (_, field, value) => {
    const file = burst();
    setAt(file, ['programs', 0, 'paradigm', field], value);
    expect(errorOf(file).path).toBe(`programs.0.paradigm.${field}`);
  });

  it('refuses a number that overflows to Infinity in the JSON text', () => {
    const text = JSON.stringify(tonic()).replace('"amplitudeMa":5', '"amplitudeMa":1e999');
    expect(errorOf(text).path).toBe('programs.0.areas.0.amplitudeMa');
  });

  it('takes the amplitude bound from the device catalogue (the largest area current)', () => {
    expect(PROGRAM_FILE_BOUNDS.amplitudeMa).toEqual({ min: 0, max: 25.5, unit: 'mA' });
    const file = tonic();
    file.programs[0].areas[0].amplitudeMa = 25.5;
    file.programs[0].patientMaxMa = 25.5;
    expect(restoreSession(JSON.stringify(file)).ok).toBe(true);
  });

  it('still opens a working program its IPG cannot deliver, if no device bound is broken', () => {
    const file = tonic();
    file.devicePrograms = [structuredClone(file.programs[0])];
    file.programs[0].rateHz = 5000; // within the catalogue, above what tonic allows on this IPG
    const result = restoreSession(JSON.stringify(file));
    expect(result.ok && result.programIssues.map((i) => i.path)).toContain('programs.0.rateHz');
  });

  it('publishes the bounds in the JSON Schema', async () => {
    const { sessionJsonSchema } = await import('../../../src-core');
    const text = JSON.stringify(sessionJsonSchema());
    expect(text).toContain('"maximum":25.5');
  });
});

describe('unknown keys', () => {
  it('are named by their own path in a program', () => {
    const file = tonic();
    file.programs[0].foo = 1;
    const { error, path } = errorOf(file);
    expect(path).toBe('programs.0.foo');
    expect(error).toContain('unknown key "foo" at programs.0');
    expect(error).not.toContain('field ""');
  });

  it('are named at the top level of a version-1 file, not as field ""', () => {
    const { error, path } = errorOf({ ...v1(), extra: true });
    expect(path).toBe('extra');
    expect(error).toContain('unknown key "extra" at the top level');
    expect(error).not.toContain('""');
  });

  it('are escaped and cut when the key itself is hostile', () => {
    const file = tonic();
    file.programs[0][`k\u001b[2K\nscs-sim: valid${'x'.repeat(5000)}`] = 1;
    const { error, path } = errorOf(file);
    expectPrintable(error);
    expectPrintable(path);
    expect(error.length).toBeLessThan(500);
  });
});

describe('errors in version-1 files', () => {
  it('name the version-1 field of an out-of-range value', () => {
    const { error, path } = errorOf(v1({ amplitudeMa: 1e308 }));
    expect(path).toBe('program.amplitudeMa');
    expect(error).toContain('field "program.amplitudeMa"');
    expect(error).not.toContain('programs.0');
  });

  it('name the version-1 field when the migrated program cannot be delivered', () => {
    // 1000 µs at 1200 Hz fits no period: a device-program check on the migrated file.
    const { error, path } = errorOf(v1({ pulseWidthUs: 1000, rateHz: 1200 }));
    expect(path).toBe('program.rateHz');
    expect(error).not.toContain('programs.0');
  });
});

describe('file text in error messages', () => {
  it('escapes ESC and newlines in an IPG id, so no line like "scs-sim: valid" can be forged', () => {
    const file = tonic();
    file.hardware.ipgId = 'x\u001b[2K\r\nscs-sim: valid';
    const { error } = errorOf(file);
    expectPrintable(error);
    expect(error).toContain('\\u001b[2K\\r\\nscs-sim: valid');
  });

  it('escapes a right-to-left override in an IPG id', () => {
    const file = tonic();
    file.hardware.ipgId = 'ipg\u202Edilav';
    expect(errorOf(file).error).toContain('ipg\\u202edilav');
  });

  it('cuts a 5000-character IPG id with an ellipsis', () => {
    const file = tonic();
    file.hardware.ipgId = 'a'.repeat(5000);
    const { error } = errorOf(file);
    expect(error.length).toBeLessThanOrEqual(400);
    expect(error.endsWith('…')).toBe(true);
  });

  it('keeps the JSON parser’s snippet on one line', () => {
    const { error } = errorOf('{"format":\n\u001b[31m\r\n nope');
    expect(error).toMatch(/^The file is not valid JSON/);
    expectPrintable(error);
  });
});
