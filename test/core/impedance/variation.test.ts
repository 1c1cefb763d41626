import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_IMPEDANCE_LOG_SD,
  ENCAPSULATION_PLATEAU_FACTOR,
  IMPEDANCE_RISE_FLAG_PCT,
  PATIENT_IMPEDANCE_LOG_SD,
  TISSUE_FACTOR_RANGE,
  buildImpedanceModel,
  contactTissueFactors,
  encapsulationImpedanceFactor,
  impedanceCheck,
  pairImpedanceOhm,
} from '../../../src-core/impedance';
import { makeImplant } from '../helpers/device-builders';
import { deviceStateOf, restoreSession } from '../../../src-core';

describe('per-contact impedance variation', () => {
  it('is the same for the same seed and differs between patients', () => {
    expect(contactTissueFactors(42, 16)).toEqual(contactTissueFactors(42, 16));
    expect(contactTissueFactors(42, 16)).not.toEqual(contactTissueFactors(43, 16));
  });

  it('gives contact k the same factor whatever the number of contacts after it', () => {
    expect(contactTissueFactors(7, 16).slice(0, 8)).toEqual(contactTissueFactors(7, 8));
  });

  it('varies between the contacts of one lead, within the bounds, around 1', () => {
    const factors = Array.from({ length: 400 }, (_, seed) => contactTissueFactors(seed, 8)).flat();
    expect(Math.min(...factors)).toBeGreaterThanOrEqual(TISSUE_FACTOR_RANGE.min);
    expect(Math.max(...factors)).toBeLessThanOrEqual(TISSUE_FACTOR_RANGE.max);
    const logs = factors.map(Math.log);
    const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / logs.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    // The clamp trims the tails a little: the spread is just under the combined log SD.
    const combined = Math.hypot(PATIENT_IMPEDANCE_LOG_SD, CONTACT_IMPEDANCE_LOG_SD);
    expect(sd).toBeGreaterThan(0.8 * combined);
    expect(sd).toBeLessThanOrEqual(combined);
    const oneLead = contactTissueFactors(11, 8);
    expect(new Set(oneLead.map((f) => f.toFixed(6))).size).toBe(8);
  });

  it('scales each contact’s access resistance by its factor', () => {
    const implant = makeImplant();
    const nominal = buildImpedanceModel(implant);
    const factors = contactTissueFactors(5, implant.contacts.length);
    const varied = buildImpedanceModel(implant, [], { tissueFactors: factors });
    varied.healthyAccessOhm.forEach((r, k) => expect(r).toBeCloseTo(nominal.healthyAccessOhm[k]! * factors[k]!, 9));
    expect(varied.caseAccessOhm).toBe(nominal.caseAccessOhm);
  });
});

describe('encapsulation rise', () => {
  it('starts at 1, rises monotonically and levels off at the plateau', () => {
    expect(encapsulationImpedanceFactor(0)).toBe(1);
    expect(encapsulationImpedanceFactor(-3)).toBe(1);
    expect(encapsulationImpedanceFactor(Number.NaN)).toBe(1);
    let last = 1;
    for (const weeks of [1, 2, 4, 8, 16, 52]) {
      const f = encapsulationImpedanceFactor(weeks);
      expect(f).toBeGreaterThan(last);
      last = f;
    }
    expect(encapsulationImpedanceFactor(520)).toBeCloseTo(ENCAPSULATION_PLATEAU_FACTOR, 6);
  });

  it('the check flags every contact that rose by more than the flag level since implant, and no other', () => {
    const implant = makeImplant();
    const baseline = contactTissueFactors(9, implant.contacts.length);
    const healthy = impedanceCheck(implant, [], { tissueFactors: baseline, baselineTissueFactors: baseline });
    expect(healthy.risen).toEqual([]);
    expect(healthy.monopolar.every((m) => m.changeFromBaselinePct === 0)).toBe(true);
    const rise = encapsulationImpedanceFactor(6);
    const risen = impedanceCheck(implant, [], {
      tissueFactors: baseline.map((f) => f * rise),
      baselineTissueFactors: baseline,
    });
    expect(risen.risen.length).toBe(implant.contacts.length);
    for (const m of risen.risen) {
      expect(m.changeFromBaselinePct!).toBeGreaterThanOrEqual(IMPEDANCE_RISE_FLAG_PCT);
      expect(m.message).toMatch(/since implant/);
    }
    expect(risen.problems).toEqual([]);
  });
});

describe('healthy sample sessions', () => {
  const files = readdirSync('resources/sessions').filter((f) => f.endsWith('.scs.json'));
  it.each(files)('%s reads no impedance problem with its patient’s variation and no fault', (file) => {
    const restored = restoreSession(readFileSync(`resources/sessions/${file}`, 'utf8'));
    if (!restored.ok) throw new Error(restored.error);
    const session = { ...restored.session, faults: [] };
    const state = deviceStateOf(session, restored.implant);
    const report = impedanceCheck(restored.implant, [], state.impedance);
    expect(report.problems).toEqual([]);
    // Not every contact reads the same: the variation shows.
    const values = report.monopolar.map((m) => Math.round(m.impedanceOhm!));
    expect(new Set(values).size).toBeGreaterThan(1);
    const model = buildImpedanceModel(restored.implant, [], state.impedance);
    expect(pairImpedanceOhm(model, 0, 'case')).toBeCloseTo(report.monopolar[0]!.impedanceOhm!, 9);
  });
});
