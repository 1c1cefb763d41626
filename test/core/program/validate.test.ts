import { describe, expect, it } from 'vitest';
import {
  Hz,
  defaultCatalogue,
  mA,
  mm,
  resolveImplant,
  us,
  validateProgram,
  type Program,
  type ResolvedImplant,
  type StimulationArea,
} from '../../../src-core';
import { type ImplantConfiguration } from '../../../src-core/hardware/implant';

function implantOf(config: ImplantConfiguration): ResolvedImplant {
  const resolved = resolveImplant(config, defaultCatalogue());
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.implant;
}
const placement = { tip: { level: 'T8' as const, offsetMm: mm(0) }, lateralMm: mm(0), depthMm: mm(0), rotationDeg: 0 };
const implant = implantOf({ ipgId: 'ipg-rechargeable-32', leads: [{ modelId: 'perc-8-3x4', placement }] });

const bipole: StimulationArea = {
  contacts: [
    { electrode: 3, polarity: 'cathode', fractionPct: 100 },
    { electrode: 4, polarity: 'anode', fractionPct: 100 },
  ],
  amplitudeMa: mA(4),
  pulseWidthUs: us(300),
  dosing: { mode: 'absolute' },
};
const tonic: Program = {
  name: 'P1',
  paradigm: { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
  rateHz: Hz(50),
  areas: [bipole],
  cycling: undefined,
  softStartS: 0,
  patientMaxMa: mA(10),
};
const codes = (program: Program, on = implant) => validateProgram(program, on).map((i) => i.code);

describe('validateProgram', () => {
  it('accepts a tonic bipole within the device limits', () => {
    expect(validateProgram(tonic, implant)).toEqual([]);
  });

  it('rejects an area with no cathode, saying how to fix it', () => {
    const [issue] = validateProgram({ ...tonic, areas: [{ ...bipole, contacts: [bipole.contacts[1]!] }] }, implant, 0);
    expect(issue).toMatchObject({
      code: 'no-cathode',
      target: { program: 0, area: 0, field: 'contacts' },
      path: 'programs.0.areas.0.contacts',
    });
    expect(issue?.message).toMatch(/set at least one contact to −/);
  });

  it('accepts the case as the only anode (monopolar) but never as a cathode', () => {
    const monopolar = {
      ...bipole,
      contacts: [bipole.contacts[0]!, { electrode: 'case' as const, polarity: 'anode' as const, fractionPct: 100 }],
    };
    expect(codes({ ...tonic, areas: [monopolar] })).toEqual([]);
    const caseCathode = {
      ...bipole,
      contacts: [{ electrode: 'case' as const, polarity: 'cathode' as const, fractionPct: 100 }, bipole.contacts[1]!],
    };
    expect(codes({ ...tonic, areas: [caseCathode] })).toContain('case-as-cathode');
  });

  it('rejects anode fractions that do not add up to 100 %', () => {
    const area = {
      ...bipole,
      contacts: [
        ...bipole.contacts.slice(0, 1),
        { electrode: 2, polarity: 'anode' as const, fractionPct: 60 },
        { electrode: 4, polarity: 'anode' as const, fractionPct: 30 },
      ],
    };
    const [issue] = validateProgram({ ...tonic, areas: [area] }, implant);
    expect(issue?.code).toBe('fractions-sum');
    expect(issue?.message).toMatch(/\+ fractions add up to 90 %/);
  });

  it('rejects a contact the leads do not have', () => {
    const area = {
      ...bipole,
      contacts: [{ electrode: 12, polarity: 'cathode' as const, fractionPct: 100 }, bipole.contacts[1]!],
    };
    expect(validateProgram({ ...tonic, areas: [area] }, implant)[0]?.message).toMatch(
      /Contact 12 does not exist: the leads have contacts 0–7/,
    );
  });

  it('rejects a rate whose period cannot hold the pulse and its recharge', () => {
    const issues = validateProgram(
      { ...tonic, rateHz: Hz(1200), areas: [{ ...bipole, pulseWidthUs: us(500) }] },
      implant,
    );
    expect(issues.map((i) => i.code)).toEqual(['period-too-short']);
  });

  it('rejects two 10 kHz areas that cannot both fit in a 100 µs period', () => {
    const hf: Program = {
      ...tonic,
      paradigm: { kind: 'highFrequency' },
      rateHz: Hz(10000),
      areas: [{ ...bipole, amplitudeMa: mA(3), pulseWidthUs: us(30) }],
    };
    expect(codes(hf)).toEqual([]);
    expect(codes({ ...hf, areas: [hf.areas[0]!, hf.areas[0]!] })).toEqual(['period-too-short']);
  });

  it('rejects values outside the paradigm limits and off the device step', () => {
    expect(codes({ ...tonic, areas: [{ ...bipole, amplitudeMa: mA(30) }] })).toContain('out-of-range');
    expect(codes({ ...tonic, areas: [{ ...bipole, pulseWidthUs: us(305) }] })).toEqual(['off-step']);
  });

  it('rejects an amplitude above the patient maximum', () => {
    expect(codes({ ...tonic, patientMaxMa: mA(3) })).toEqual(['patient-max']);
  });

  it('rejects a paradigm the IPG cannot deliver', () => {
    const single = implantOf({ ipgId: 'ipg-primary-8-single', leads: [{ modelId: 'perc-8-3x4', placement }] });
    expect(codes({ ...tonic, paradigm: { kind: 'highFrequency' }, rateHz: Hz(10000) }, single)).toEqual([
      'paradigm-unsupported',
    ]);
  });

  it('on a single-source IPG, refuses programmed unequal fractions', () => {
    const single = implantOf({ ipgId: 'ipg-primary-8-single', leads: [{ modelId: 'perc-8-3x4', placement }] });
    const area = {
      ...bipole,
      contacts: [
        bipole.contacts[0]!,
        { electrode: 2, polarity: 'anode' as const, fractionPct: 70 },
        { electrode: 4, polarity: 'anode' as const, fractionPct: 30 },
      ],
    };
    expect(codes({ ...tonic, areas: [area] }, single)).toEqual(['single-source-fractions']);
  });

  it('accepts the published burst shape: 40 Hz bursts of 5 × 1000 µs pulses at 500 Hz', () => {
    const burst: Program = {
      ...tonic,
      paradigm: { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) },
      rateHz: Hz(40),
      areas: [{ ...bipole, amplitudeMa: mA(1), pulseWidthUs: us(1000) }],
    };
    expect(codes(burst)).toEqual([]);
  });
});
