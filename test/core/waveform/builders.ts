import fc from 'fast-check';
import { periodUs, programOccupancyUs } from '../../../src-core/program/timing';
import type {
  ContactSetting,
  ElectrodeRef,
  Paradigm,
  Polarity,
  Program,
  StimulationArea,
} from '../../../src-core/program/types';
import { Hz, mA, ms, us } from '../../../src-core/units';
import type { ProgramWaveforms, SynthesisOptions } from '../../../src-core/waveform';
import { synthesizeProgramWaveforms } from '../../../src-core/waveform';

/** Device amplitude step used throughout these tests. */
export const STEP_MA = mA(0.1);

export const contact = (electrode: ElectrodeRef, polarity: Polarity, fractionPct = 100): ContactSetting => ({
  electrode,
  polarity,
  fractionPct,
});

/** A 3 mA, 300 µs area; a bipole 4(−) 5(+) unless `contacts` is given. */
export function makeArea(over: Partial<StimulationArea> = {}): StimulationArea {
  return {
    contacts: [contact(4, 'cathode'), contact(5, 'anode')],
    amplitudeMa: mA(3),
    pulseWidthUs: us(300),
    dosing: { mode: 'absolute' },
    ...over,
  };
}

export const bipole = (cathode: number, anode: ElectrodeRef, over: Partial<StimulationArea> = {}) =>
  makeArea({ contacts: [contact(cathode, 'cathode'), contact(anode, 'anode')], ...over });

/** Guarded cathode: the cathode carries 100 %, the two anodes 50 % each. */
export const tripole = (anodeA: number, cathode: number, anodeB: number, over: Partial<StimulationArea> = {}) =>
  makeArea({
    contacts: [contact(anodeA, 'anode', 50), contact(cathode, 'cathode'), contact(anodeB, 'anode', 50)],
    ...over,
  });

export const TONIC_ACTIVE: Paradigm = { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) };
export const TONIC_PASSIVE: Paradigm = { kind: 'tonic', recharge: 'passive', interphaseGapUs: us(20) };
/** De Ridder 2010 BurstDR: 5 pulses at 500 Hz. */
export const BURST_DR: Paradigm = { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) };
export const HIGH_FREQUENCY: Paradigm = { kind: 'highFrequency' };

/** A 50 Hz tonic (active recharge) program with one bipole area, continuous, no soft start. */
export function makeProgram(over: Partial<Program> = {}): Program {
  return {
    name: 'Test program',
    paradigm: TONIC_ACTIVE,
    rateHz: Hz(50),
    areas: [makeArea()],
    cycling: undefined,
    softStartS: 0,
    patientMaxMa: mA(25),
    ...over,
  };
}

export function synth(program: Program, windowMs: number, extra: Partial<SynthesisOptions> = {}): ProgramWaveforms {
  return synthesizeProgramWaveforms(program, { windowMs: ms(windowMs), amplitudeStepMa: STEP_MA, ...extra });
}

export function electrodeOf(waveforms: ProgramWaveforms, electrode: ElectrodeRef) {
  const found = waveforms.electrodes.find((e) => e.electrode === electrode);
  if (!found) throw new Error(`electrode ${electrode} missing`);
  return found;
}

/** Fractions from integer weights: they add up to 100 % only to rounding, as real files do. */
const fractions = (weights: readonly number[]) => {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (100 * w) / total);
};

const arbParadigm: fc.Arbitrary<Paradigm> = fc.oneof(
  fc.record({
    kind: fc.constant('tonic' as const),
    recharge: fc.constantFrom('active' as const, 'passive' as const),
    interphaseGapUs: fc.integer({ min: 0, max: 10 }).map((n) => us(n * 10)),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    pulsesPerBurst: fc.integer({ min: 2, max: 10 }),
    intraBurstRateHz: fc.integer({ min: 200, max: 1000 }).map(Hz),
  }),
  fc.constant({ kind: 'highFrequency' as const }),
);

function arbArea(paradigm: Paradigm): fc.Arbitrary<StimulationArea> {
  const maxPulseWidthUs = paradigm.kind === 'highFrequency' ? 100 : paradigm.kind === 'burst' ? 990 : 1000;
  return fc
    .record({
      electrodes: fc.shuffledSubarray(
        Array.from({ length: 16 }, (_, i) => i),
        { minLength: 6, maxLength: 6 },
      ),
      cathodeWeights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 3 }),
      anodeWeights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 3 }),
      caseAnode: fc.boolean(),
      amplitudeMa: fc.integer({ min: 0, max: 255 }).map((n) => mA(n / 10)),
      pulseWidthUs: fc.integer({ min: 2, max: maxPulseWidthUs / 10 }).map((n) => us(n * 10)),
      dosing: fc.oneof(
        fc.constant({ mode: 'absolute' as const }),
        fc.record({
          mode: fc.constant('subPerception' as const),
          percentOfPerception: fc.integer({ min: 1, max: 100 }),
          perceptionThresholdMa: fc.integer({ min: 1, max: 100 }).map((n) => mA(n / 10)),
        }),
      ),
    })
    .map(({ electrodes, cathodeWeights, anodeWeights, caseAnode, amplitudeMa, pulseWidthUs, dosing }) => {
      const cathodes = fractions(cathodeWeights).map((f, i) => contact(electrodes[i]!, 'cathode', f));
      const anodes = fractions(anodeWeights).map((f, i) =>
        contact(caseAnode && i === anodeWeights.length - 1 ? 'case' : electrodes[3 + i]!, 'anode', f),
      );
      return { contacts: [...cathodes, ...anodes], amplitudeMa, pulseWidthUs, dosing };
    });
}

/** A valid program (fits its period, fractions add up to 100 %) with a window to synthesise it over. */
export const arbScenario: fc.Arbitrary<{ program: Program; windowMs: number; startMs: number | undefined }> =
  arbParadigm
    .chain((paradigm) =>
      fc.record({
        paradigm: fc.constant(paradigm),
        areas: fc.array(arbArea(paradigm), { minLength: 1, maxLength: 4 }),
        rateHz:
          paradigm.kind === 'highFrequency'
            ? fc.integer({ min: 1000, max: 10_000 })
            : paradigm.kind === 'burst'
              ? fc.integer({ min: 2, max: 60 })
              : fc.integer({ min: 2, max: 1200 }),
        cycling: fc.option(
          fc.record({
            onS: fc.integer({ min: 1, max: 200 }).map((n) => n / 100),
            offS: fc.integer({ min: 0, max: 200 }).map((n) => n / 100),
          }),
          { nil: undefined },
        ),
        softStartS: fc.constantFrom(0, 0, 0.5, 2),
        windowMs: fc.integer({ min: 1, max: 60 }),
        startMs: fc.option(
          fc.integer({ min: 0, max: 400_000 }).map((n) => n / 100),
          { nil: undefined },
        ),
      }),
    )
    .map(({ paradigm, areas, rateHz, cycling, softStartS, windowMs, startMs }) => {
      const draft = makeProgram({ paradigm, areas, cycling, softStartS });
      const fitting = Math.max(1, Math.min(rateHz, Math.floor(1e6 / programOccupancyUs(draft))));
      const program = { ...draft, rateHz: Hz(fitting) };
      if (programOccupancyUs(program) > periodUs(program.rateHz))
        throw new Error('arbitrary built a program that does not fit');
      return { program, windowMs, startMs };
    });
