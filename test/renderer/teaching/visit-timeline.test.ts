import { describe, expect, it } from 'vitest';
import { visitTimeText, visitTimeline } from '../../../renderer/teaching/visit-timeline';

describe('the visit timeline', () => {
  it('lists thresholds, what the patient said and safety overrides in the order they happened', () => {
    const timeline = visitTimeline({
      thresholds: [{ kind: 'comfort', amplitudeMa: 3.3, configuration: 'Tonic · 4− 5+', posture: 'supine', atS: 65 }],
      sensations: [
        {
          amplitudeMa: 2,
          configuration: 'Tonic · 4− 5+',
          posture: 'supine',
          patientSaid: 'I feel a faint tingling.',
          painCoveredPct: 40,
          atS: 12,
        },
      ],
      safetyOverrides: [
        {
          at: '2026-12-04T23:00:00.000Z',
          atS: 130.5,
          clinician: 'Dr K',
          reason: 'trial',
          findings: [{ code: 'chargeDensity', message: 'too dense' }],
        },
      ],
    });
    expect(timeline.map((e) => [visitTimeText(e.atS), e.kind])).toEqual([
      ['0:12', 'sensation'],
      ['1:05', 'threshold'],
      ['2:10', 'override'],
    ]);
    expect(timeline[0]!.text).toBe('At 2.0 mA: “I feel a faint tingling.” — 40 % of the pain covered');
    expect(timeline[1]!.text).toBe('Comfort threshold recorded at 3.3 mA (Tonic · 4− 5+, supine)');
    expect(timeline[2]!.text).toBe('Safety override by Dr K: trial (too dense)');
  });
});
