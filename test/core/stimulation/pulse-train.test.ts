import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_TONIC_PARAMETERS,
  GENERIC_TONIC_LIMITS,
  Hz,
  cathodicChargePerPhaseUc,
  mA,
  ms,
  netChargeUc,
  sampleForPlot,
  segmentChargeUc,
  synthesizePulseTrain,
  us,
  validateParameters,
  type StimulationParameters,
} from '../../../src-core/stimulation';

const params = (over: Partial<StimulationParameters>): StimulationParameters => ({ ...DEFAULT_TONIC_PARAMETERS, ...over });

describe('charge per phase', () => {
  it('is amplitude times pulse width: 3.5 mA for 300 µs carries 1.05 µC', () => {
    expect(cathodicChargePerPhaseUc(params({ amplitudeMa: mA(3.5), pulseWidthUs: us(300) }))).toBeCloseTo(1.05, 12);
  });
  it('is zero at zero amplitude', () => {
    expect(cathodicChargePerPhaseUc(params({ amplitudeMa: mA(0) }))).toBe(0);
  });
});

describe('synthesizePulseTrain', () => {
  it('places one pulse per period: 50 Hz over 100 ms gives 5 pulses of two phases each', () => {
    const train = synthesizePulseTrain(params({ amplitudeMa: mA(2) }), ms(100));
    expect(train.segments).toHaveLength(10);
    expect(train.segments[2]?.startUs).toBeCloseTo(20_000, 9);
  });

  it('starts each pulse with a cathodic phase of the programmed amplitude and width, then the gap', () => {
    const train = synthesizePulseTrain(params({ amplitudeMa: mA(2), pulseWidthUs: us(210), interphaseGapUs: us(30) }), ms(20));
    const [cathodic, recharge] = train.segments;
    expect(cathodic).toMatchObject({ kind: 'flat', startUs: 0, endUs: 210, currentMa: -2 });
    expect(recharge).toMatchObject({ kind: 'flat', startUs: 240, endUs: 450, currentMa: 2 });
  });

  it('recharges passively with a decaying exponential that returns exactly the cathodic charge', () => {
    const train = synthesizePulseTrain(params({ amplitudeMa: mA(4), recharge: 'passive' }), ms(20));
    const [cathodic, recharge] = train.segments;
    expect(recharge?.kind).toBe('exponential');
    expect(recharge!.currentMa).toBeGreaterThan(0);
    expect(recharge!.currentMa).toBeLessThan(4); // slower and smaller than the stimulating phase
    expect(segmentChargeUc(recharge!) + segmentChargeUc(cathodic!)).toBeCloseTo(0, 12);
  });

  it('is exactly charge-balanced for any valid program (property)', () => {
    const valid = fc
      .record({
        amplitudeMa: fc.integer({ min: 0, max: 255 }).map((n) => mA(n / 10)),
        pulseWidthUs: fc.integer({ min: 2, max: 100 }).map((n) => us(n * 10)),
        rateHz: fc.integer({ min: 2, max: 1200 }).map(Hz),
        interphaseGapUs: fc.integer({ min: 0, max: 10 }).map((n) => us(n * 10)),
        recharge: fc.constantFrom('active' as const, 'passive' as const),
      })
      .filter((p) => validateParameters(p, GENERIC_TONIC_LIMITS).length === 0);
    fc.assert(
      fc.property(valid, (p) => {
        const train = synthesizePulseTrain(p, ms(50));
        const net = netChargeUc(train);
        expect(Number.isFinite(net)).toBe(true);
        expect(Math.abs(net)).toBeLessThan(1e-9);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('samples a plot that starts and ends at zero current and reaches the cathodic amplitude', () => {
    const samples = sampleForPlot(synthesizePulseTrain(params({ amplitudeMa: mA(3) }), ms(40)));
    expect(samples[0]).toEqual({ tUs: 0, currentMa: 0 });
    expect(samples.at(-1)).toEqual({ tUs: 40_000, currentMa: 0 });
    expect(Math.min(...samples.map((s) => s.currentMa))).toBe(-3);
  });
});

describe('validateParameters', () => {
  it('accepts the default tonic program', () => {
    expect(validateParameters(DEFAULT_TONIC_PARAMETERS, GENERIC_TONIC_LIMITS)).toEqual([]);
  });
  it('rejects an amplitude above the device maximum, naming the field and the range', () => {
    const [issue] = validateParameters(params({ amplitudeMa: mA(30) }), GENERIC_TONIC_LIMITS);
    expect(issue).toMatchObject({ field: 'amplitudeMa', code: 'out-of-range' });
    expect(issue?.message).toContain('0–25.5 mA');
  });
  it('rejects a value between device steps', () => {
    expect(validateParameters(params({ pulseWidthUs: us(305) }), GENERIC_TONIC_LIMITS)[0]?.code).toBe('off-step');
  });
  it('rejects a rate whose period cannot hold the pulse and its recharge', () => {
    const [issue] = validateParameters(params({ rateHz: Hz(1200), pulseWidthUs: us(500) }), GENERIC_TONIC_LIMITS);
    expect(issue).toMatchObject({ field: 'rateHz', code: 'period-too-short' });
  });
  it('rejects NaN rather than passing it on', () => {
    expect(validateParameters(params({ amplitudeMa: mA(Number.NaN) }), GENERIC_TONIC_LIMITS)[0]?.code).toBe('not-finite');
  });
});
