import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessEnergy } from '../../../src-core/energy';
import type { ImpedanceFault } from '../../../src-core/impedance';
import { impedanceCheck } from '../../../src-core/impedance';
import type { ContactSetting, Paradigm, Program } from '../../../src-core/program/types';
import { assessSafety } from '../../../src-core/safety';
import { Hz, mA, us } from '../../../src-core/units';
import { makeArea, makeImplant, makeProgram } from '../helpers/device-builders';

const LEADS = ['perc-8-3x1', 'perc-8-3x4', 'perc-8-3x6', 'perc-16-3x1', 'paddle-2x8', 'paddle-5-6-5'] as const;

// changeFromBaselinePct: the check was given no baseline (no tissue factors at implant to compare with).
const NULLABLE_WITHOUT_OPEN =
  /\.(areaMm2|chargeDensityUcPerCm2|longevityYears|loadImpedanceOhm|changeFromBaselinePct)$/;

/** Every number in a report is finite; returns the paths of the nulls. */
function scan(value: unknown, path: string, nulls: string[]): void {
  if (value === null) nulls.push(path);
  else if (typeof value === 'number') expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => scan(v, `${path}.${i}`, nulls));
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value as object)) scan(v, `${path}.${k}`, nulls);
}

const scenario = fc
  .record({
    leads: fc.array(
      fc.record({
        modelId: fc.constantFrom(...LEADS),
        lateralMm: fc.integer({ min: -6, max: 6 }),
        offsetMm: fc.integer({ min: -10, max: 10 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    paradigm: fc.constantFrom<Paradigm>(
      { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
      { kind: 'tonic', recharge: 'passive', interphaseGapUs: us(0) },
      { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) },
      { kind: 'highFrequency' },
    ),
    amplitudeTenths: fc.integer({ min: 0, max: 125 }),
    picks: fc.array(fc.record({ contact: fc.nat(), cathode: fc.boolean(), pct: fc.integer({ min: 1, max: 100 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    useCase: fc.boolean(),
    faults: fc.array(fc.record({ open: fc.boolean(), a: fc.nat(), b: fc.nat() }), { maxLength: 2 }),
    onS: fc.integer({ min: 1, max: 60 }),
    offS: fc.integer({ min: 0, max: 60 }),
  })
  .map((s) => {
    const implant = makeImplant({
      leads: s.leads.map((l) => ({ modelId: l.modelId, lateralMm: l.lateralMm, offsetMm: l.offsetMm })),
    });
    const n = implant.contacts.length;
    const contacts: ContactSetting[] = s.picks.map((p, i) => ({
      electrode: p.contact % n,
      polarity: i === 0 ? 'cathode' : p.cathode ? 'cathode' : 'anode',
      fractionPct: p.pct,
    }));
    if (s.useCase || contacts.every((c) => c.polarity === 'cathode'))
      contacts.push({ electrode: 'case', polarity: 'anode', fractionPct: 100 });
    const timing =
      s.paradigm.kind === 'highFrequency'
        ? { rateHz: Hz(10000), pulseWidthUs: us(30) }
        : s.paradigm.kind === 'burst'
          ? { rateHz: Hz(40), pulseWidthUs: us(1000) }
          : { rateHz: Hz(50), pulseWidthUs: us(300) };
    const program: Program = makeProgram({
      paradigm: s.paradigm,
      rateHz: timing.rateHz,
      cycling: { onS: s.onS, offS: s.offS },
      areas: [makeArea({ contacts, amplitudeMa: mA(s.amplitudeTenths / 10), pulseWidthUs: timing.pulseWidthUs })],
    });
    const faults: ImpedanceFault[] = s.faults.map((f) =>
      f.open ? { kind: 'open', contact: f.a % n } : { kind: 'short', contacts: [f.a % n, f.b % n] },
    );
    return { implant, program, faults };
  });

describe('reports for any valid input (property, fixed seed)', () => {
  it('contain only finite numbers, with null only where an open contact makes a value infinite', () => {
    fc.assert(
      fc.property(scenario, ({ implant, program, faults }) => {
        const hasOpen = faults.some((f) => f.kind === 'open');
        for (const report of [
          assessSafety(implant, [program], { faults }),
          assessEnergy(implant, [program], { faults }),
          impedanceCheck(implant, faults),
        ]) {
          const nulls: string[] = [];
          scan(report, 'report', nulls);
          // Without an open contact the only nulls are values that do not exist: the case's area and density, a
          // rechargeable IPG's longevity, and the load impedance of a zero-amplitude area.
          if (!hasOpen) expect(nulls.filter((p) => !NULLABLE_WITHOUT_OPEN.test(p))).toEqual([]);
          expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        }
      }),
      { seed: 4242, numRuns: 200 },
    );
  });

  it('are deterministic: the same input gives the same report', () => {
    fc.assert(
      fc.property(scenario, ({ implant, program, faults }) => {
        expect(assessSafety(implant, [program], { faults })).toEqual(assessSafety(implant, [program], { faults }));
        expect(assessEnergy(implant, [program], { faults })).toEqual(assessEnergy(implant, [program], { faults }));
      }),
      { seed: 7, numRuns: 50 },
    );
  });

  it('never draw less from the output stage than the tissue dissipates (energy is conserved)', () => {
    fc.assert(
      fc.property(scenario, ({ implant, program }) => {
        const area = assessEnergy(implant, [program]).active!.areas[0]!;
        expect(area.outputPowerMw!).toBeGreaterThanOrEqual(area.tissuePowerMw! - 1e-12);
        expect(area.tissuePowerMw!).toBeGreaterThanOrEqual(-1e-12);
      }),
      { seed: 99, numRuns: 200 },
    );
  });

  it('require more voltage and no less charge density as amplitude rises (monotone)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 20 }), ({ implant, program }, extraTenths) => {
        const area = program.areas[0]!;
        const louder = { ...program, areas: [{ ...area, amplitudeMa: mA(area.amplitudeMa + extraTenths / 10) }] };
        const [a, b] = [assessSafety(implant, [program]), assessSafety(implant, [louder])].map(
          (r) => r.programs[0]!.areas[0]!,
        );
        expect(b!.requiredVoltageV!).toBeGreaterThanOrEqual(a!.requiredVoltageV! - 1e-12);
        a!.electrodes.forEach((e, i) =>
          expect(b!.electrodes[i]!.chargePerPhaseUc).toBeGreaterThanOrEqual(e.chargePerPhaseUc - 1e-12),
        );
      }),
      { seed: 1234, numRuns: 100 },
    );
  });
});
