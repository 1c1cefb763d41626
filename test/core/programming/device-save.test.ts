import { describe, expect, it } from 'vitest';
import {
  EMPTY_VISIT_RECORD,
  PARADIGM_PRESETS,
  applyEdit,
  createNewSession,
  defaultCatalogue,
  mA,
  recordSafetyOverride,
  restoreSession,
  saveToDevice,
  serializeSession,
  startVisit,
  us,
  type Session,
} from '../../../src-core';
import { type SafetyOverrideRequest } from '../../../src-core/programming/device-save';

const at = { program: 0, area: 0 };
const catalogue = defaultCatalogue();

/** A 3− 4+ bipole on the default lead, burst preset (5 × 1000 µs at 500 Hz, 40 Hz), at `amplitudeMa`. */
function burstAt(amplitudeMa: number): Session {
  let s = createNewSession();
  s = applyEdit(s, { kind: 'cycleContact', ...at, electrode: 3 });
  s = applyEdit(s, { kind: 'setContactState', ...at, electrode: 4, state: 'anode' });
  const burst = PARADIGM_PRESETS.burst;
  s = applyEdit(s, { kind: 'setParadigm', program: 0, ...burst });
  return applyEdit(s, { kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitudeMa) });
}

const overrideFor = (messages: readonly string[], reason = 'Trial agreed with the patient'): SafetyOverrideRequest => ({
  clinician: 'Dr Lee',
  reason,
  acknowledged: messages,
});

describe('saving to the device', () => {
  it('refuses a burst at 8 mA (65 µC/cm² against 30), naming the program, the area and the limit', () => {
    const result = saveToDevice(startVisit(burstAt(8)), catalogue);
    expect(result.ok).toBe(false);
    if (result.ok || result.refusal !== 'unsafe') throw new Error('expected an unsafe refusal');
    expect(result.findings.map((f) => f.code)).toEqual(['charge-density', 'charge-density']);
    expect(result.findings[0]).toMatchObject({ programIndex: 0, areaIndex: 0 });
    expect(result.message).toMatch(/^Program 1 “Program 1”, area 1: contact 3 carries 65\.3 µC\/cm².*30 µC\/cm² limit/);
  });

  it('saves the same burst at 3 mA, within the limit', () => {
    const result = saveToDevice(startVisit(burstAt(3)), catalogue);
    expect(result.ok && result.overridden).toEqual([]);
  });

  it('refuses a program whose output voltage exceeds the compliance of the IPG', () => {
    let s = burstAt(0);
    s = applyEdit(s, { kind: 'setParadigm', program: 0, ...PARADIGM_PRESETS.tonic });
    s = applyEdit(s, { kind: 'setPulseWidth', ...at, pulseWidthUs: us(60) });
    s = applyEdit(s, { kind: 'setAmplitude', ...at, amplitudeMa: mA(25) });
    const result = saveToDevice(startVisit(s), catalogue);
    expect(!result.ok && result.refusal).toBe('unsafe');
    expect(!result.ok && result.refusal === 'unsafe' && result.findings.map((f) => f.code)).toContain('compliance');
  });

  it('refuses a program the device cannot deliver, and no override can change that', () => {
    const visit = startVisit(createNewSession());
    const result = saveToDevice(visit, catalogue, overrideFor(['anything']));
    expect(!result.ok && result.refusal).toBe('undeliverable');
    expect(!result.ok && result.message).toMatch(/^Program 1, area 1: The area has no cathode/);
  });

  it('saves despite the findings on an override that acknowledges each one, and reports what it overrode', () => {
    const visit = startVisit(burstAt(8));
    const refused = saveToDevice(visit, catalogue);
    if (refused.ok || refused.refusal !== 'unsafe') throw new Error('expected an unsafe refusal');
    const saved = saveToDevice(visit, catalogue, overrideFor(refused.findings.map((f) => f.message)));
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.visit.session.devicePrograms).toBe(visit.session.programs);
    expect(saved.overridden).toEqual(refused.findings);
  });

  it('refuses an override without a reason or a name, or one that does not cover every finding', () => {
    const visit = startVisit(burstAt(8));
    const refused = saveToDevice(visit, catalogue);
    if (refused.ok || refused.refusal !== 'unsafe') throw new Error('expected an unsafe refusal');
    const messages = refused.findings.map((f) => f.message);
    const noReason = saveToDevice(visit, catalogue, overrideFor(messages, '  '));
    expect(!noReason.ok && noReason.message).toBe('An override needs a reason.');
    const noName = saveToDevice(visit, catalogue, { ...overrideFor(messages), clinician: '' });
    expect(!noName.ok && noName.message).toMatch(/name of the clinician/);
    // Shown the findings at 8 mA, then raised to 9 mA: the override does not stretch to the new numbers.
    const raised = startVisit(burstAt(9));
    const stale = saveToDevice(raised, catalogue, overrideFor(messages));
    expect(!stale.ok && stale.message).toMatch(/^The override does not cover: .*73\.5 µC\/cm²/);
  });
});

describe('the override in the visit record', () => {
  const entry = {
    at: '2026-12-03T09:30:00.000Z',
    atS: 310,
    clinician: 'Dr Lee',
    reason: 'Trial agreed with the patient',
    findings: [{ code: 'charge-density', message: 'Program 1 “Burst”, area 1: contact 3 carries 65.3 µC/cm² …' }],
  };

  it('is recorded with who, when, what and why, saved in the session file and read back', () => {
    const record = recordSafetyOverride(EMPTY_VISIT_RECORD, entry);
    expect(record.safetyOverrides).toEqual([entry]);
    const text = serializeSession(burstAt(8), record);
    expect(JSON.parse(text).visitRecord.safetyOverrides).toEqual([entry]);
    const restored = restoreSession(text);
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.visitRecord.safetyOverrides).toEqual([entry]);
  });

  it('is left out of files that have none, and files written before it existed open with none', () => {
    const text = serializeSession(burstAt(3), { ...EMPTY_VISIT_RECORD, thresholds: [] });
    expect(text).not.toContain('safetyOverrides');
    const file = JSON.parse(serializeSession(burstAt(3)));
    file.visitRecord = { thresholds: [], sensations: [] };
    const restored = restoreSession(JSON.stringify(file));
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.visitRecord.safetyOverrides).toEqual([]);
  });

  it('refuses a file whose override has no reason or an invalid timestamp, naming the field', () => {
    const file = JSON.parse(serializeSession(burstAt(8), recordSafetyOverride(EMPTY_VISIT_RECORD, entry)));
    file.visitRecord.safetyOverrides[0].reason = '';
    const noReason = restoreSession(JSON.stringify(file));
    expect(!noReason.ok && noReason.error).toContain('visitRecord.safetyOverrides.0.reason');
    file.visitRecord.safetyOverrides[0] = { ...entry, at: 'yesterday' };
    const badTime = restoreSession(JSON.stringify(file));
    expect(!badTime.ok && badTime.error).toContain('visitRecord.safetyOverrides.0.at');
  });
});
