import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ENCAPSULATION_CONDUCTIVITY_S_PER_M,
  MAX_MUTUAL_FRACTION_OF_SELF,
  buildImpedanceModel,
  discOnInsulatorResistanceOhm,
  equalAreaSphereResistanceOhm,
  pairImpedanceFromPartsOhm,
  pairImpedanceOhm,
  pointMutualResistanceOhm,
  rectangleOnInsulatorResistanceOhm,
  ringAccessResistanceOhm,
} from '../../../src-core/impedance';
import { mm, mm2, sPerM } from '../../../src-core/units';
import { makeImplant } from '../helpers/device-builders';

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('ring contact access resistance (finite cylinder, average-potential method)', () => {
  it('gives ≈ 688 Ω for a 3 mm × 1.3 mm ring in encapsulation tissue (hand-computed)', () => {
    // ρ = 1/0.11 Ω·m = 9090.9 Ω·mm; a = 0.65 mm; asinh(3/0.65) − √(1 + (0.65/3)²) + 0.65/3 = 1.42746
    const expected =
      (1000 / 0.11 / (2 * Math.PI * 3)) * (Math.asinh(3 / 0.65) - Math.sqrt(1 + (0.65 / 3) ** 2) + 0.65 / 3);
    expect(ringAccessResistanceOhm(mm(3), mm(1.3), ENCAPSULATION_CONDUCTIVITY_S_PER_M)).toBeCloseTo(expected, 9);
    expect(expected).toBeCloseTo(688.5, 0);
  });

  it("tends to Dwight's long-rod formula ρ/(2πL)·(ln(2L/a) − 1) when the ring is long and thin", () => {
    const sigma = sPerM(0.2);
    const dwight = (1000 / 0.2 / (2 * Math.PI * 200)) * (Math.log((2 * 200) / 0.05) - 1);
    expect(relative(ringAccessResistanceOhm(mm(200), mm(0.1), sigma), dwight)).toBeLessThan(1e-4);
  });

  it('falls as the ring gets longer or wider', () => {
    const sigma = ENCAPSULATION_CONDUCTIVITY_S_PER_M;
    expect(ringAccessResistanceOhm(mm(4), mm(1.3), sigma)).toBeLessThan(ringAccessResistanceOhm(mm(3), mm(1.3), sigma));
    expect(ringAccessResistanceOhm(mm(3), mm(1.4), sigma)).toBeLessThan(ringAccessResistanceOhm(mm(3), mm(1.3), sigma));
  });
});

describe('paddle contact and case', () => {
  it('uses Newman’s ρ/(4a) for a disc on an insulating plane: 1 mm disc at 0.1 S/m is 2500 Ω', () => {
    expect(discOnInsulatorResistanceOhm(mm(1), sPerM(0.1))).toBeCloseTo(2500, 9);
  });

  it('treats a 4 × 2 mm paddle contact as the equal-area disc: ρ/(4·√(8/π)) ≈ 1424 Ω', () => {
    expect(rectangleOnInsulatorResistanceOhm(mm(4), mm(2), sPerM(0.11))).toBeCloseTo(
      1000 / 0.11 / (4 * Math.sqrt(8 / Math.PI)),
      9,
    );
  });

  it('gives the case a small resistance: a 4000 mm² can at 0.25 S/m is ≈ 18 Ω', () => {
    expect(equalAreaSphereResistanceOhm(mm2(4000), sPerM(0.25))).toBeCloseTo(
      4000 / (4 * Math.PI * Math.sqrt(4000 / (4 * Math.PI))),
      9,
    );
    expect(equalAreaSphereResistanceOhm(mm2(4000), sPerM(0.25))).toBeLessThan(20);
  });
});

describe('pair impedance by superposition', () => {
  it('is R_a + R_b − 2ρ/(4πs): adjacent contacts 7 mm apart on perc-8-3x4 read ≈ 1170 Ω', () => {
    const model = buildImpedanceModel(makeImplant());
    const r = model.healthyAccessOhm[3]!;
    const expected = 2 * r - (2 * (1000 / 0.11)) / (4 * Math.PI * 7);
    expect(pairImpedanceOhm(model, 3, 4)).toBeCloseTo(expected, 9);
    expect(expected).toBeCloseTo(1170, 0);
  });

  it('falls as the contacts get closer (6 mm gaps > 4 mm gaps, same contacts)', () => {
    const wide = buildImpedanceModel(makeImplant({ leads: [{ modelId: 'perc-8-3x6' }] }));
    const narrow = buildImpedanceModel(makeImplant({ leads: [{ modelId: 'perc-8-3x4' }] }));
    expect(pairImpedanceOhm(narrow, 3, 4)).toBeLessThan(pairImpedanceOhm(wide, 3, 4));
    // and along one lead: nearer pairs read lower
    expect(pairImpedanceOhm(narrow, 3, 4)).toBeLessThan(pairImpedanceOhm(narrow, 3, 5));
    expect(pairImpedanceOhm(narrow, 3, 5)).toBeLessThan(pairImpedanceOhm(narrow, 3, 7));
  });

  it('rises in inverse proportion to conductivity', () => {
    const implant = makeImplant();
    const base = pairImpedanceOhm(buildImpedanceModel(implant), 3, 4);
    const half = pairImpedanceOhm(buildImpedanceModel(implant, [], { conductivitySPerM: sPerM(0.055) }), 3, 4);
    expect(half / base).toBeCloseTo(2, 9);
  });

  it('is monotone in distance and never below the larger self term, even for coincident contacts (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (r, s1, s2) => {
          const [near, far] = s1 < s2 ? [s1, s2] : [s2, s1];
          const zNear = pairImpedanceFromPartsOhm(r, r, pointMutualResistanceOhm(mm(near), false, sPerM(0.11)));
          const zFar = pairImpedanceFromPartsOhm(r, r, pointMutualResistanceOhm(mm(far), false, sPerM(0.11)));
          return (
            Number.isFinite(zNear) && zNear <= zFar + 1e-9 && zNear >= r * (2 - 2 * MAX_MUTUAL_FRACTION_OF_SELF) - 1e-9
          );
        },
      ),
      { seed: 20240611, numRuns: 300 },
    );
  });

  it('doubles the mutual term for two contacts on the same insulating paddle face (image in the face)', () => {
    expect(
      pointMutualResistanceOhm(mm(6), true, sPerM(0.11)) / pointMutualResistanceOhm(mm(6), false, sPerM(0.11)),
    ).toBeCloseTo(2, 12);
  });

  it('reads in the order of magnitude of clinical impedances for percutaneous and paddle bipoles', () => {
    // The clinical 300–1500 Ω band is [U] (no primary number): checked loosely, not tuned to.
    for (const modelId of ['perc-8-3x1', 'perc-8-3x4', 'perc-8-3x6', 'paddle-2x8', 'paddle-5-6-5']) {
      const z = pairImpedanceOhm(buildImpedanceModel(makeImplant({ leads: [{ modelId }] })), 1, 2);
      expect(z).toBeGreaterThan(300);
      expect(z).toBeLessThan(3000);
    }
  });
});
