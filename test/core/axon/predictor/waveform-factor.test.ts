import { describe, expect, it } from 'vitest';
import { pointSourceThresholdMa, type PointSourceWaveform } from '../../../../src-core/axon/point-source-threshold';
import {
  FACTOR_DIAMETERS_UM,
  FACTOR_DISTANCES_MM,
  TONIC_FACTOR_WIDTHS_US,
  TRAIN_FACTOR_MS,
} from '../../../../src-core/axon/predictor/waveform-factor-grid';
import {
  applyWaveformFactorsInto,
  factorRangeProblem,
  factorsAt,
  programmedPredictorPulse,
  programmedThresholdsInto,
} from '../../../../src-core/axon/predictor/waveform-factor';
import { Hz, mm, ms, um, us } from '../../../../src-core/units';
import { programmedPulseShape, type ProgrammedWaveform } from '../../../../src-core/axon/programmed-pulse';
import { findThresholdScale } from '../../../../src-core/axon/threshold';
import { bipoleCase, tripoleCase, type FieldCase } from '../../../../tools/predictor/field-cases';
import { referenceProfile } from '../../../../tools/predictor/mrg-reference';
import { predictOne } from './helpers';

const MRG_TIMEOUT_MS = 120_000;

/** MRG threshold (mA) of a cathodic point source, as tools/predictor/waveform-factors.ts measures it. */
function mrg(waveform: PointSourceWaveform, widthUs: number, diameterUm: number, distanceMm: number): number {
  return pointSourceThresholdMa({
    fibreDiameterUm: um(diameterUm),
    distanceMm: mm(distanceMm),
    pulseWidthUs: us(widthUs),
    polarity: 'cathodic',
    waveform,
    dtUs: 2,
    relativeTolerance: 0.003,
  })!;
}

const active = (gapUs: number) => ({ kind: 'tonic' as const, recharge: 'active' as const, interphaseGapUs: us(gapUs) });
const passive = (gapUs: number) => ({
  kind: 'tonic' as const,
  recharge: 'passive' as const,
  interphaseGapUs: us(gapUs),
});
const burst = (pulses: number, rateHz: number) => ({
  kind: 'burst' as const,
  pulsesPerBurst: pulses,
  intraBurstRateHz: Hz(rateHz),
});

describe('programmed-waveform factors (MRG-measured)', () => {
  it('is exactly 1 for an active pulse without a gap: that is the calibrated biphasic pulse', () => {
    for (const w of TONIC_FACTOR_WIDTHS_US) {
      expect([...factorsAt({ family: 'tonicActive', coordinates: [w, 0] })]).toEqual([1, 1, 1, 1]);
    }
  });

  it('lowers an active pulse’s threshold with the interphase gap, most at short widths', () => {
    const at = (w: number, gap: number) => factorsAt({ family: 'tonicActive', coordinates: [w, gap] });
    for (let d = 0; d < FACTOR_DIAMETERS_UM.length; d++) {
      expect(at(60, 50)[d]!).toBeLessThan(at(60, 20)[d]!);
      expect(at(60, 20)[d]!).toBeLessThan(1);
      // The recharge cancels less of a long phase, so a gap helps it less (van den Honert & Mortimer 1979).
      expect(1 - at(500, 100)[d]!).toBeLessThan(1 - at(60, 100)[d]!);
    }
  });

  it('keeps a passive recharge close to a monophasic pulse (its slow, low current barely acts)', () => {
    for (const w of [60, 300, 1000]) {
      for (const f of factorsAt({ family: 'tonicPassive', coordinates: [w, 20] })) {
        expect(f).toBeGreaterThan(0.97);
        expect(f).toBeLessThan(1.15);
      }
    }
  });

  it('never raises a burst’s threshold with more pulses, and lowers it by 10 pulses (summation, then the recharge)', () => {
    const at = (n: number, rate: number) => factorsAt({ family: 'burst', coordinates: [n, rate, 1000] });
    for (let d = 0; d < FACTOR_DIAMETERS_UM.length; d++) {
      for (const [fewer, more] of [
        [2, 3],
        [3, 5],
        [5, 7],
        [7, 10],
      ] as const) {
        expect(at(more, 500)[d]!).toBeLessThanOrEqual(at(fewer, 500)[d]! + 1e-9);
      }
      expect(at(10, 500)[d]!).toBeLessThan(0.9 * at(2, 500)[d]!);
    }
  });

  it('moves a burst’s threshold with the intra-burst rate, not monotonically (MRG’s recovery cycle)', () => {
    // Thin fibres sum five 1 ms pulses more when they come faster, yet two pulses 5 ms apart sum better than 2 ms apart:
    // the slow nodal currents of MRG (persistent Na⁺, slow K⁺; McIntyre, Richardson & Grill 2002) shape summation
    // in time, so it is not monotonic in rate. The table records what the cable does.
    const thin = (n: number, rate: number) => factorsAt({ family: 'burst', coordinates: [n, rate, 1000] })[0]!;
    expect(thin(5, 950)).toBeLessThan(thin(5, 500));
    expect(thin(2, 200)).toBeLessThan(thin(2, 500));
  });

  it('gives a kHz train a threshold that depends on its rate and width', () => {
    const at = (rate: number, w: number) => factorsAt({ family: 'train', coordinates: [rate, w] });
    for (let d = 0; d < FACTOR_DIAMETERS_UM.length; d++) {
      expect(Math.abs(at(10000, 30)[d]! / at(5000, 30)[d]! - 1)).toBeGreaterThan(0.01);
      expect(Math.abs(at(10000, 50)[d]! / at(10000, 30)[d]! - 1)).toBeGreaterThan(0.005);
    }
  });

  it('refuses points outside the measured grid instead of extrapolating', () => {
    expect(factorRangeProblem({ family: 'tonicActive', coordinates: [100, 500] })).toMatch(/interphase gap/);
    expect(factorRangeProblem({ family: 'burst', coordinates: [5, 100, 1000] })).toMatch(/intra-burst rate/);
    expect(factorRangeProblem({ family: 'train', coordinates: [10000, 30] })).toBeNull();
    expect(() => factorsAt({ family: 'train', coordinates: [500, 30] })).toThrow(RangeError);
  });

  it('scales each fibre by its diameter’s factor and leaves unexcitable fibres unexcitable', () => {
    const factors = Float64Array.of(0.5, 0.6, 0.7, 0.8);
    const out = applyWaveformFactorsInto(
      Float64Array.of(2, 2, Infinity),
      Float64Array.of(5.7, (11.5 + 16) / 2, 9),
      3,
      factors,
    );
    expect(out[0]).toBeCloseTo(1, 12);
    expect(out[1]).toBeCloseTo(2 * 0.75, 12);
    expect(out[2]).toBe(Infinity);
  });

  it(
    'is not stale: one grid point re-measured with MRG matches the table within 0.5 %',
    () => {
      const d = 8.7;
      const ratio = FACTOR_DISTANCES_MM.map((r) => Math.log(mrg(active(50), 100, d, r) / mrg('biphasic', 100, d, r)));
      const measured = Math.exp(ratio.reduce((a, b) => a + b, 0) / ratio.length);
      const table = factorsAt({ family: 'tonicActive', coordinates: [100, 50] })[FACTOR_DIAMETERS_UM.indexOf(d)]!;
      expect(Math.abs(table / measured - 1)).toBeLessThan(0.005);
    },
    MRG_TIMEOUT_MS,
  );

  it(
    'predicts the full MRG threshold off the grid (diameter, distance and parameters between its points) within 5 %',
    () => {
      const cases: { waveform: PointSourceWaveform; widthUs: number; d: number; r: number }[] = [
        { waveform: active(30), widthUs: 45, d: 7.3, r: 3 },
        { waveform: passive(30), widthUs: 130, d: 12.8, r: 3 },
        { waveform: burst(4, 400), widthUs: 1000, d: 10, r: 3 },
        { waveform: { kind: 'train', rateHz: Hz(7000), trainMs: ms(TRAIN_FACTOR_MS) }, widthUs: 40, d: 10, r: 3 },
      ];
      for (const c of cases) {
        const paradigm =
          typeof c.waveform !== 'string' && c.waveform.kind === 'train'
            ? { kind: 'highFrequency' as const }
            : (c.waveform as ReturnType<typeof active> | ReturnType<typeof burst>);
        const rateHz = typeof c.waveform !== 'string' && c.waveform.kind === 'train' ? c.waveform.rateHz : Hz(50);
        const programmed = programmedPredictorPulse(paradigm, us(c.widthUs), rateHz);
        const base = mrg(programmed.pulse.waveform as 'monophasic' | 'biphasic', c.widthUs, c.d, c.r);
        const predicted = applyWaveformFactorsInto(
          Float64Array.of(base),
          Float64Array.of(c.d),
          1,
          programmed.factorsByDiameter,
        )[0]!;
        expect(Math.abs(predicted / mrg(c.waveform, c.widthUs, c.d, c.r) - 1)).toBeLessThan(0.05);
      }
    },
    MRG_TIMEOUT_MS,
  );

  it(
    'gives the fast path (spatial predictor × factor) the full MRG threshold of the programmed train in lead-like fields within 8 %',
    () => {
      const fibres = new Map();
      const cases: { waveform: ProgrammedWaveform; widthUs: number; d: number; field: FieldCase }[] = [
        { waveform: active(20), widthUs: 210, d: 11.5, field: bipoleCase(3, 6, 0, 1) },
        { waveform: passive(20), widthUs: 450, d: 8.7, field: tripoleCase(3.5, 6, 0, 1) },
        { waveform: burst(5, 500), widthUs: 1000, d: 11.5, field: bipoleCase(3, 6, 0, 1) },
        {
          waveform: { kind: 'train', rateHz: Hz(10000), trainMs: ms(TRAIN_FACTOR_MS) },
          widthUs: 30,
          d: 11.5,
          field: bipoleCase(2.5, 6, 0, 1),
        },
      ];
      for (const c of cases) {
        const { fibre, compartmentsMv, nodesMv } = referenceProfile(fibres, c.d, c.field);
        const full = findThresholdScale(
          fibre,
          compartmentsMv,
          programmedPulseShape(c.waveform, us(c.widthUs), 'cathodic'),
          {
            initialScale: 1,
            maxScale: 1e4,
          },
        );
        expect(full.fired).toBe(true);
        const paradigm = c.waveform.kind === 'train' ? { kind: 'highFrequency' as const } : c.waveform;
        const programmed = programmedPredictorPulse(
          paradigm,
          us(c.widthUs),
          c.waveform.kind === 'train' ? c.waveform.rateHz : Hz(50),
        );
        const alone = programmed.recharge ? Float64Array.of(predictOne(c.d, programmed.recharge.pulse, nodesMv)) : null;
        const main = Float64Array.of(predictOne(c.d, programmed.pulse, nodesMv));
        const fast = programmedThresholdsInto(main, alone, Float64Array.of(c.d), 1, programmed)[0]!;
        expect(Math.abs(fast / (full.fired ? full.thresholdScale : NaN) - 1)).toBeLessThan(0.08);
      }
    },
    MRG_TIMEOUT_MS,
  );
});
