import { describe, expect, it } from 'vitest';
import { DEFAULT_TONIC_PARAMETERS, mA, restoreSession, serializeSession, us } from '../../../src-core';

const document = { program: { ...DEFAULT_TONIC_PARAMETERS, amplitudeMa: mA(4.2), pulseWidthUs: us(450) } };

describe('session file', () => {
  it('round-trips a program through save and open', () => {
    expect(restoreSession(serializeSession(document))).toEqual({ ok: true, document });
  });
  it('explains a file that is not JSON', () => {
    const result = restoreSession('{ not json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/not valid JSON/);
  });
  it('refuses a JSON file that is not a session', () => {
    const result = restoreSession('{"hello": 1}');
    expect(!result.ok && result.error).toMatch(/not an SCS simulator session file/);
  });
  it('refuses a file from a newer version and says to update', () => {
    const result = restoreSession(JSON.stringify({ format: 'scs-sim-session', version: 99, program: {} }));
    expect(!result.ok && result.error).toMatch(/newer version.*version 99/);
  });
  it('names the path of a malformed field', () => {
    const bad = JSON.parse(serializeSession(document));
    bad.program.rateHz = 'fast';
    const result = restoreSession(JSON.stringify(bad));
    expect(!result.ok && result.error).toMatch(/program\.rateHz/);
  });
  it('rejects a program the device cannot deliver, naming the field', () => {
    const bad = JSON.parse(serializeSession(document));
    bad.program.amplitudeMa = 40;
    const result = restoreSession(JSON.stringify(bad));
    expect(!result.ok && result.error).toMatch(/program\.amplitudeMa.*outside the device range/);
  });
});
