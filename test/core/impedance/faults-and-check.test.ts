import { describe, expect, it } from 'vitest';
import {
  OPEN_IMPEDANCE_OHM,
  SHORT_RESISTANCE_OHM,
  buildImpedanceModel,
  contactImpedances,
  electrodeAccessOhm,
  faultTopology,
  impedanceCheck,
  impedanceStatus,
  pairImpedanceOhm,
} from '../../../src-core/impedance';
import { makeImplant } from '../helpers/device-builders';

describe('faults', () => {
  it('an open contact reads infinite impedance on its own and with every partner', () => {
    const model = buildImpedanceModel(makeImplant(), [{ kind: 'open', contact: 2 }]);
    expect(electrodeAccessOhm(model, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(pairImpedanceOhm(model, 2, 'case')).toBe(Number.POSITIVE_INFINITY);
    expect(pairImpedanceOhm(model, 1, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(pairImpedanceOhm(model, 3, 4))).toBe(true);
  });

  it('a short reads a few ohms across the pair and makes each contact the parallel of both', () => {
    const healthy = buildImpedanceModel(makeImplant());
    const model = buildImpedanceModel(makeImplant(), [{ kind: 'short', contacts: [2, 6] }]);
    expect(pairImpedanceOhm(model, 2, 6)).toBe(SHORT_RESISTANCE_OHM);
    const r = healthy.healthyAccessOhm[2]!;
    expect(electrodeAccessOhm(model, 2)).toBeCloseTo(r / 2, 9);
    expect(electrodeAccessOhm(model, 6)).toBeCloseTo(r / 2, 9);
    expect(pairImpedanceOhm(model, 2, 'case')).toBeLessThan(pairImpedanceOhm(healthy, 2, 'case'));
  });

  it('chains shorts into one group', () => {
    expect(
      faultTopology(5, [
        { kind: 'short', contacts: [1, 3] },
        { kind: 'short', contacts: [3, 4] },
      ]).group,
    ).toEqual([0, 1, 2, 1, 1]);
  });

  it('refuses a fault naming a contact the implant does not have, and names it', () => {
    expect(() => buildImpedanceModel(makeImplant(), [{ kind: 'open', contact: 8 }])).toThrow(/contact 8/);
  });

  it('lists monopolar impedances per contact with Infinity only for the open one', () => {
    const rows = contactImpedances(makeImplant(), [{ kind: 'open', contact: 0 }]);
    expect(rows).toHaveLength(8);
    expect(rows[0]!.monopolarOhm).toBe(Number.POSITIVE_INFINITY);
    expect(rows.slice(1).every((r) => r.monopolarOhm > 600 && r.monopolarOhm < 800)).toBe(true);
  });
});

describe('impedanceCheck', () => {
  it('finds nothing wrong on a healthy percutaneous lead, a paddle, or two leads', () => {
    expect(impedanceCheck(makeImplant()).problems).toEqual([]);
    expect(impedanceCheck(makeImplant({ leads: [{ modelId: 'paddle-5-6-5' }] })).problems).toEqual([]);
    expect(impedanceCheck(makeImplant({ leads: [{ lateralMm: 2 }, { lateralMm: -2 }] })).problems).toEqual([]);
  });

  it('checks every contact against the case and every neighbouring pair on each lead', () => {
    const report = impedanceCheck(makeImplant({ leads: [{}, { lateralMm: 3 }] }));
    expect(report.monopolar).toHaveLength(16);
    expect(report.bipolar.map((m) => m.contacts)).toEqual([
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => [i, i + 1]),
      ...[8, 9, 10, 11, 12, 13, 14].map((i) => [i, i + 1]),
    ]);
  });

  it('pairs paddle contacts within a column, not across the end of one column and the start of the next', () => {
    const report = impedanceCheck(makeImplant({ leads: [{ modelId: 'paddle-2x8' }] }));
    expect(report.bipolar.some((m) => m.contacts[0] === 7 && m.contacts[1] === 8)).toBe(false);
    expect(report.bipolar).toHaveLength(14);
  });

  it('flags an injected open contact as open, with null impedance and a message naming it', () => {
    const report = impedanceCheck(makeImplant(), [{ kind: 'open', contact: 5 }]);
    const statuses = report.problems.map((p) => [p.kind, p.contacts, p.status]);
    expect(statuses).toEqual([
      ['monopolar', [5], 'open'],
      ['bipolar', [4, 5], 'open'],
      ['bipolar', [5, 6], 'open'],
    ]);
    expect(report.problems[0]!.impedanceOhm).toBeNull();
    expect(report.problems[0]!.message).toMatch(/contact 5 \(lead 1\) to case: > 10 kΩ, open circuit/);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('flags a short between neighbours, and one between distant contacts too', () => {
    const near = impedanceCheck(makeImplant(), [{ kind: 'short', contacts: [3, 4] }]);
    expect(near.problems.map((p) => [p.contacts, p.status])).toEqual([[[3, 4], 'short']]);
    expect(near.problems[0]!.message).toMatch(/contact 3 \(lead 1\) to contact 4 \(lead 1\): 5 Ω, short circuit/);
    const far = impedanceCheck(makeImplant(), [{ kind: 'short', contacts: [1, 6] }]);
    expect(far.problems.map((p) => [p.contacts, p.status])).toEqual([[[1, 6], 'short']]);
  });

  it('grades impedances against the named thresholds', () => {
    expect(impedanceStatus(3)).toBe('short');
    expect(impedanceStatus(150)).toBe('low');
    expect(impedanceStatus(900)).toBe('ok');
    expect(impedanceStatus(6000)).toBe('high');
    expect(impedanceStatus(OPEN_IMPEDANCE_OHM + 1)).toBe('open');
    expect(impedanceStatus(Number.NaN)).toBe('open');
  });
});
