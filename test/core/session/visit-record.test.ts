import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_VISIT_RECORD,
  describeConfiguration,
  latestThresholds,
  noteSensation,
  recordThreshold,
  restoreSession,
  serializeSession,
  type SensationNote,
} from '../../../src-core';
import { MAX_SENSATION_NOTES } from '../../../src-core/session/visit-record';

const sampleText = readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8');
const note = (patientSaid: string, atS: number, configuration = 'Tonic · 3− 4+ · 300 µs · 50 Hz'): SensationNote => ({
  amplitudeMa: 3,
  configuration,
  posture: 'supine',
  patientSaid,
  painCoveredPct: 50,
  atS,
});

describe('the visit record', () => {
  it('describes a configuration with polarity marks, split fractions, pulse width and rate', () => {
    const program = { paradigm: { kind: 'tonic' as const }, rateHz: 50 };
    const area = {
      pulseWidthUs: 300,
      contacts: [
        { electrode: 3, polarity: 'cathode' as const, fractionPct: 100 },
        { electrode: 2, polarity: 'anode' as const, fractionPct: 50 },
        { electrode: 4, polarity: 'anode' as const, fractionPct: 50 },
      ],
    };
    expect(describeConfiguration(program, area)).toBe('Tonic · 3− 2+ 50 % 4+ 50 % · 300 µs · 50 Hz');
    expect(
      describeConfiguration(
        { paradigm: { kind: 'highFrequency' }, rateHz: 10000 },
        { pulseWidthUs: 30, contacts: [{ electrode: 'case', polarity: 'anode', fractionPct: 100 }] },
      ),
    ).toBe('10 kHz · case+ · 30 µs · 10000 Hz');
  });

  it('keeps the latest threshold of each kind for a configuration and posture', () => {
    let record = recordThreshold(EMPTY_VISIT_RECORD, {
      kind: 'perception',
      amplitudeMa: 2.9,
      configuration: 'A',
      posture: 'supine',
      atS: 10,
    });
    record = recordThreshold(record, {
      kind: 'perception',
      amplitudeMa: 2.7,
      configuration: 'A',
      posture: 'supine',
      atS: 20,
    });
    record = recordThreshold(record, {
      kind: 'discomfort',
      amplitudeMa: 5.1,
      configuration: 'B',
      posture: 'supine',
      atS: 30,
    });
    expect(latestThresholds(record, 'A', 'supine')).toEqual({
      perception: expect.objectContaining({ amplitudeMa: 2.7 }),
    });
    expect(latestThresholds(record, 'B', 'supine').discomfort?.amplitudeMa).toBe(5.1);
    // Found lying down, not yet sitting.
    expect(latestThresholds(record, 'A', 'sitting')).toEqual({});
    expect(record.thresholds).toHaveLength(3);
  });

  it('does not repeat what the patient just said at the same setting, and keeps a bounded history', () => {
    let record = noteSensation(EMPTY_VISIT_RECORD, note('I feel tingling in my left leg.', 1));
    expect(noteSensation(record, note('I feel tingling in my left leg.', 2))).toBe(record);
    record = noteSensation(record, note('I feel tingling in my left leg.', 3, 'Tonic · 2− 3+ · 300 µs · 50 Hz'));
    expect(record.sensations).toHaveLength(2);
    for (let i = 0; i < MAX_SENSATION_NOTES + 5; i++) record = noteSensation(record, note(`note ${i}`, i));
    expect(record.sensations).toHaveLength(MAX_SENSATION_NOTES);
    expect(record.sensations.at(-1)!.patientSaid).toBe(`note ${MAX_SENSATION_NOTES + 4}`);
  });

  it('is saved with the session and read back; files without one open with an empty record', () => {
    const restored = restoreSession(sampleText);
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.visitRecord).toEqual(EMPTY_VISIT_RECORD);
    expect(serializeSession(restored.session)).not.toContain('visitRecord');
    const record = recordThreshold(noteSensation(EMPTY_VISIT_RECORD, note('I feel it in my foot.', 12)), {
      kind: 'comfort',
      amplitudeMa: 4.3,
      configuration: 'A',
      posture: 'prone',
      atS: 14,
    });
    const again = restoreSession(serializeSession(restored.session, record));
    if (!again.ok) throw new Error(again.error);
    expect(again.visitRecord).toEqual(record);
  });

  it('refuses a malformed record, naming the field', () => {
    const file = JSON.parse(sampleText);
    file.visitRecord = {
      thresholds: [{ kind: 'tingle', amplitudeMa: 1, configuration: 'A', posture: 'supine', atS: 0 }],
      sensations: [],
    };
    const result = restoreSession(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('visitRecord.thresholds.0.kind');
  });
});
