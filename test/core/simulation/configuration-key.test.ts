import { describe, expect, it } from 'vitest';
import { configurationKeyOf, Hz, mA, us, type Session } from '../../../src-core';
import { type SimulationTarget } from '../../../src-core/simulation/simulation-setup';
import { sample } from '../../validation/helpers';

const target: SimulationTarget = { programIndex: 0, areaIndex: 0, posture: 'supine', stimulationOn: true };

/** The sample session with a second area on lead 2 at `amplitudeMa`. */
function twoAreas(session: Session, amplitudeMa: number): Session {
  const program = session.programs[0]!;
  const second = {
    ...program.areas[0]!,
    contacts: [
      { electrode: 11, polarity: 'cathode' as const, fractionPct: 100 },
      { electrode: 12, polarity: 'anode' as const, fractionPct: 100 },
    ],
    amplitudeMa: mA(amplitudeMa),
  };
  return { ...session, programs: [{ ...program, areas: [program.areas[0]!, second] }] };
}

describe('the configuration key', () => {
  const { session, implant } = sample('tonic-leg-pain');
  const key = (s: Session, t: SimulationTarget = target) => configurationKeyOf(s, implant, t);
  const program = session.programs[0]!;
  const withProgram = (changes: Partial<typeof program>): Session => ({
    ...session,
    programs: [{ ...program, ...changes }],
  });

  it('ignores what is queried cheaply: the queried amplitude and the pain map', () => {
    const area = program.areas[0]!;
    expect(key(withProgram({ areas: [{ ...area, amplitudeMa: mA(2) }] }))).toBe(key(session));
    expect(key({ ...session, patient: { ...session.patient, painMap: [] } })).toBe(key(session));
  });

  it('changes with the rate, which sets how the recruited fibres are felt', () => {
    expect(key(withProgram({ rateHz: Hz(60) }))).not.toBe(key(session));
  });

  it('changes with posture, polarity, pulse width, the other areas’ amplitudes and stimulation on or off', () => {
    const area = program.areas[0]!;
    const swapped = area.contacts.map((c) => ({ ...c, polarity: c.polarity === 'cathode' ? 'anode' : 'cathode' }));
    const keys = [
      key(session),
      key(session, { ...target, posture: 'prone' }),
      key(withProgram({ areas: [{ ...area, contacts: swapped as typeof area.contacts }] })),
      key(withProgram({ areas: [{ ...area, pulseWidthUs: us(area.pulseWidthUs + 60) }] })),
      key(twoAreas(session, 3)),
      key(twoAreas(session, 4)),
      key(twoAreas(session, 3), { ...target, stimulationOn: false }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
