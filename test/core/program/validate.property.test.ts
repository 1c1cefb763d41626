import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Hz,
  PARADIGM_PRESETS,
  assessEnergy,
  assessSafety,
  defaultCatalogue,
  mA,
  mm,
  ms,
  resolveImplant,
  synthesizeProgramWaveforms,
  us,
  validateProgram,
  type Program,
} from '../../../src-core';

const resolved = resolveImplant(
  {
    ipgId: 'ipg-rechargeable-32',
    leads: [
      {
        modelId: 'perc-8-3x4',
        placement: { tip: { level: 'T8', offsetMm: mm(0) }, lateralMm: mm(1), depthMm: mm(0), rotationDeg: 0 },
      },
      {
        modelId: 'perc-8-3x4',
        placement: { tip: { level: 'T8', offsetMm: mm(5) }, lateralMm: mm(-1), depthMm: mm(0), rotationDeg: 0 },
      },
    ],
  },
  defaultCatalogue(),
);
if (!resolved.ok) throw new Error(resolved.error);
const implant = resolved.implant;

/** Programs of any shape, most of them invalid: wild numbers, missing polarities, unknown contacts. */
const anyProgram: fc.Arbitrary<Program> = fc.record({
  name: fc.constant('P'),
  paradigm: fc.oneof(
    fc.record({
      kind: fc.constant('tonic' as const),
      recharge: fc.constantFrom('active' as const, 'passive' as const),
      interphaseGapUs: fc.integer({ min: 0, max: 10 }).map((n) => us(n * 10)),
    }),
    fc.record({
      kind: fc.constant('burst' as const),
      pulsesPerBurst: fc.integer({ min: 1, max: 12 }),
      intraBurstRateHz: fc.constantFrom(Hz(250), Hz(500), Hz(1000)),
    }),
    fc.constant({ kind: 'highFrequency' as const }),
  ),
  rateHz: fc.oneof(fc.integer({ min: 1, max: 12000 }), fc.double({ min: -10, max: 20000 })).map(Hz),
  areas: fc.array(
    fc.record({
      contacts: fc.uniqueArray(
        fc.record({
          electrode: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant('case' as const)),
          polarity: fc.constantFrom('cathode' as const, 'anode' as const),
          fractionPct: fc.oneof(fc.constant(100), fc.constant(50), fc.double({ min: -5, max: 120, noNaN: true })),
        }),
        { selector: (c) => c.electrode, maxLength: 5 },
      ),
      amplitudeMa: fc
        .oneof(
          fc.integer({ min: 0, max: 255 }).map((n) => n / 10),
          fc.double({ min: -1, max: 40 }),
        )
        .map(mA),
      pulseWidthUs: fc
        .oneof(
          fc.integer({ min: 2, max: 100 }).map((n) => n * 10),
          fc.double({ min: 0, max: 2000 }),
        )
        .map(us),
      dosing: fc.constant({ mode: 'absolute' as const }),
    }),
    { minLength: 0, maxLength: 5 },
  ),
  cycling: fc.option(fc.record({ onS: fc.integer({ min: 0, max: 120 }), offS: fc.integer({ min: 0, max: 120 }) }), {
    nil: undefined,
  }),
  softStartS: fc.integer({ min: -1, max: 90 }),
  patientMaxMa: fc.integer({ min: 0, max: 255 }).map((n) => mA(n / 10)),
});

/** Programs built from the published presets with random contacts and amplitudes: mostly valid. */
const plausibleProgram: fc.Arbitrary<Program> = fc
  .record({
    kind: fc.constantFrom('tonic' as const, 'burst' as const, 'highFrequency' as const),
    cathode: fc.integer({ min: 0, max: 15 }),
    anodes: fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 15 }), fc.constant('case' as const)), {
      minLength: 1,
      maxLength: 3,
    }),
    tenths: fc.integer({ min: 0, max: 60 }),
  })
  .filter(({ cathode, anodes }) => !anodes.includes(cathode))
  .map(({ kind, cathode, anodes, tenths }) => {
    const preset = PARADIGM_PRESETS[kind];
    const shares = anodes.map((_, i) =>
      i === anodes.length - 1
        ? 100 - Math.floor(100 / anodes.length) * (anodes.length - 1)
        : Math.floor(100 / anodes.length),
    );
    return {
      name: 'P',
      paradigm: preset.paradigm,
      rateHz: preset.rateHz,
      areas: [
        {
          contacts: [
            { electrode: cathode, polarity: 'cathode' as const, fractionPct: 100 },
            ...anodes.map((electrode, i) => ({ electrode, polarity: 'anode' as const, fractionPct: shares[i]! })),
          ],
          amplitudeMa: mA(tenths / 10),
          pulseWidthUs: preset.pulseWidthUs,
          dosing: { mode: 'absolute' as const },
        },
      ],
      cycling: undefined,
      softStartS: 0,
      patientMaxMa: mA(25.5),
    };
  });

describe('programs of any shape', () => {
  it('are either rejected with messages or delivered with finite, balanced numbers — never an exception (property)', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(anyProgram, plausibleProgram), (program) => {
        const issues = validateProgram(program, implant);
        expect(issues.every((i) => i.message.length > 0 && i.path.length > 0)).toBe(true);
        if (issues.length > 0) return;
        valid++;
        const safety = assessSafety(implant, [program]);
        for (const area of safety.programs[0]!.areas) {
          expect(Number.isFinite(area.chargePerPhaseUc)).toBe(true);
          for (const e of area.electrodes)
            expect(e.chargeDensityUcPerCm2 === null || Number.isFinite(e.chargeDensityUcPerCm2)).toBe(true);
        }
        const energy = assessEnergy(implant, [program]).active;
        expect(Number.isFinite(energy?.chargePerSecondUc)).toBe(true);
        const waveforms = synthesizeProgramWaveforms(program, {
          windowMs: ms(Math.min(50, 2000 / program.rateHz)),
          amplitudeStepMa: mA(0.1),
        });
        expect(waveforms.electrodes.every((e) => e.segments.every((s) => Number.isFinite(s.currentMa)))).toBe(true);
      }),
      { seed: 3, numRuns: 600 },
    );
    expect(valid).toBeGreaterThan(5); // the generator reaches valid programs too, so the second half is exercised
  });
});
