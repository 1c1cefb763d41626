import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predictorCalibration } from '../../../../src-core/axon/predictor/calibration';
import { PREDICTOR_TABLE } from '../../../../src-core/axon/predictor/calibration-table';
import {
  predictThresholdScalesInto,
  PREDICTOR_P_NORM,
  type PredictorCalibration,
} from '../../../../src-core/axon/predictor/kernel';
import { bipoleCase, curvedCase, pointCase, tripoleCase } from '../../../../tools/predictor/field-cases';
import {
  predictorPulseCalibration,
  predictThresholdScalesByDiameterInto,
} from '../../../../src-core/axon/predictor/mixed-diameters';
import { mrgGeometry } from '../../../../src-core/axon/mrg-geometry';
import { um, us } from '../../../../src-core/units';
import { mrgAndPredicted, nodeProfileMv, pointNodesMv, predictOne } from './helpers';

const mono = (pw: number, polarity: 'cathodic' | 'anodic' = 'cathodic') =>
  ({ waveform: 'monophasic', pulseWidthUs: us(pw), polarity }) as const;
const relativeError = (a: number, b: number): number => Math.abs(a / b - 1);

describe('fast threshold predictor against the full MRG model (held-out fields)', () => {
  // Fields, widths and diameters that are not in the training set; tolerance = the reported
  // 95th-percentile error of the held-out test set (docs/physics-predictor.md), with margin.
  it('matches MRG within 10 % (cathodic) and 20 % (anodic) for point sources between calibrated widths and diameters', () => {
    const dx10 = 1.15;
    const cases = [
      { d: 10, shape: { waveform: 'monophasic', pulseWidthUs: 210 }, field: pointCase(1.5, 0.25 * dx10, 1) },
      { d: 12, shape: { waveform: 'monophasic', pulseWidthUs: 90 }, field: pointCase(2.5, 0.3, 1) },
      { d: 8.7, shape: { waveform: 'monophasic', pulseWidthUs: 100 }, field: pointCase(2.5, 0.25, 1), anodic: true },
    ] as const;
    for (const c of cases) {
      const anodic = 'anodic' in c;
      const { mrg, predicted } = mrgAndPredicted(c.d, c.shape, c.field, anodic ? 'anodic' : 'cathodic');
      expect(relativeError(predicted, mrg)).toBeLessThan(anodic ? 0.2 : 0.1);
    }
  });

  it('matches MRG within 10 % for a bipole, a guarded cathode and a bending fibre with biphasic pulses', () => {
    const cases = [
      { d: 11.5, pw: 60, field: bipoleCase(2, 4, 0.3, 1) },
      { d: 14, pw: 210, field: tripoleCase(3, 7, 0.4, -1) },
      { d: 16, pw: 120, field: curvedCase(2, 3, 90, 1, 1) },
    ];
    for (const c of cases) {
      const { mrg, predicted } = mrgAndPredicted(c.d, { waveform: 'biphasic', pulseWidthUs: c.pw }, c.field);
      expect(relativeError(predicted, mrg)).toBeLessThan(0.1);
    }
  });
});

describe('fast threshold predictor: physics it must keep', () => {
  it('divides the threshold by k when Ve is multiplied by k', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 6, noNaN: true }),
        fc.constantFrom(mono(60), mono(400), mono(300, 'anodic')),
        (k, r, pulse) => {
          const ve = pointNodesMv(10, r);
          const base = predictOne(10, pulse, ve);
          const scaled = predictOne(
            10,
            pulse,
            ve.map((v) => v * k),
          );
          expect(scaled * k).toBeCloseTo(base, 9);
        },
      ),
      { seed: 2011, numRuns: 50 },
    );
  });

  it('predicts lower thresholds for larger fibres in the same field', () => {
    for (const pulse of [mono(60), mono(500), { waveform: 'biphasic', pulseWidthUs: us(210) } as const]) {
      const t = [5.7, 7.3, 8.7, 10, 11.5, 12.8, 14, 16].map((d) => predictOne(d, pulse, pointNodesMv(d, 2)));
      for (let i = 1; i < t.length; i += 1) expect(t[i]!).toBeLessThan(t[i - 1]!);
    }
  });

  it('predicts an anodic threshold several times the cathodic one for a point source over a node', () => {
    for (const r of [0.5, 1, 2, 4]) {
      const ve = pointNodesMv(10, r);
      const ratio = predictOne(10, mono(100, 'anodic'), ve) / predictOne(10, mono(100), ve);
      // MRG: 6.0, 5.0, 4.2, 4.0 at 0.5, 1, 2, 4 mm (docs/physics-axon.md); Ranck 1975: 3–7×.
      expect(ratio).toBeGreaterThan(3);
      expect(ratio).toBeLessThan(8);
    }
  });

  it('keeps strength–duration from MRG: thresholds fall with pulse width, biphasic at or above monophasic', () => {
    const ve = pointNodesMv(12.8, 2);
    const widths = [20, 30, 60, 100, 210, 450, 1000];
    const m = widths.map((pw) => predictOne(12.8, mono(pw), ve));
    const b = widths.map((pw) => predictOne(12.8, { waveform: 'biphasic', pulseWidthUs: us(pw) }, ve));
    for (let i = 1; i < widths.length; i += 1) expect(m[i]!).toBeLessThan(m[i - 1]!);
    for (let i = 0; i < widths.length; i += 1) expect(b[i]!).toBeGreaterThan(0.97 * m[i]!);
    expect(b[0]! / m[0]!).toBeGreaterThan(1.1); // the recovery phase cuts the shortest pulses most
  });

  it('treats an anodic-first pulse on Ve like a cathodic-first pulse on −Ve', () => {
    const ve = nodeProfileMv(10, bipoleCase(2, 7, 0.2, 1));
    const neg = ve.map((v) => -v);
    expect(predictOne(10, mono(170, 'anodic'), ve)).toBe(predictOne(10, mono(170), neg));
  });
});

/** The documented formula, written plainly (kernel.ts header), as an oracle for the fast kernel. */
function naivePrediction(ve: Float64Array, cal: PredictorCalibration): number {
  const n = ve.length;
  const k = cal.reach;
  const sigma = cal.polarity === 'cathodic' ? 1 : -1;
  const d = (m: number): number => (m <= 0 || m >= n - 1 ? 0 : -sigma * (ve[m - 1]! - 2 * ve[m]! + ve[m + 1]!));
  let total = 0;
  for (let b = 0; b < cal.branches; b += 1) {
    const s = b === 0 ? 1 : -1;
    for (let i = 0; i < n; i += 1) {
      let sum = 0;
      for (let j = -k; j <= k; j += 1) {
        const v = s * d(i + j);
        const a = Math.abs(j);
        sum +=
          Math.max(v, 0) * cal.weights[b * 2 * (k + 1) + a]! +
          Math.min(v, 0) * cal.weights[b * 2 * (k + 1) + k + 1 + a]!;
      }
      if (sum > 0) total += sum ** PREDICTOR_P_NORM;
    }
  }
  return total > 0 ? total ** (-1 / PREDICTOR_P_NORM) : Infinity;
}

describe('fast threshold predictor kernel', () => {
  it('computes the documented formula (plain oracle) for every waveform family', () => {
    const fields = [
      pointCase(0.7, 0.2, 1),
      pointCase(3, 0.5, -1),
      tripoleCase(2, 5, 0.1, -1),
      curvedCase(1.5, 3, 90, 0.5, 1),
    ];
    for (const pulse of [
      mono(35),
      mono(700, 'anodic'),
      { waveform: 'biphasic', pulseWidthUs: us(80) } as const,
      { waveform: 'train10k' } as const,
    ]) {
      const cal = predictorCalibration(um(9), pulse);
      for (const f of fields) {
        const ve = nodeProfileMv(9, f, 25);
        const fast = predictThresholdScalesInto(new Float64Array(1), ve, 1, 25, cal)[0]!;
        expect(relativeError(fast, naivePrediction(ve, cal))).toBeLessThan(1e-12);
      }
    }
  });

  it('handles a fibres × nodes batch exactly like one fibre at a time', () => {
    const cal = predictorCalibration(um(11), { waveform: 'burst' });
    const fields = [pointCase(1, 0, 1), pointCase(3, 0.4, -1), bipoleCase(2, 7, 0, 1), curvedCase(2, 4, 90, 1, 1)];
    const nodes = 31;
    const batch = new Float64Array(fields.length * nodes);
    fields.forEach((f, i) => batch.set(nodeProfileMv(11, f, nodes), i * nodes));
    const out = predictThresholdScalesInto(new Float64Array(fields.length), batch, fields.length, nodes, cal);
    fields.forEach((f, i) => {
      const one = predictThresholdScalesInto(new Float64Array(1), nodeProfileMv(11, f, nodes), 1, nodes, cal);
      expect(out[i]).toBe(one[0]);
      expect(out[i]).toBeGreaterThan(0);
    });
  });

  it('handles fibres of mixed diameters like one calibration per diameter', () => {
    const diameters = Float64Array.of(5.7, 6.4, 9.99, 12.8, 15.2, 16);
    const nodes = 21;
    const ve = new Float64Array(diameters.length * nodes);
    diameters.forEach((d, i) =>
      ve.set(nodeProfileMv(d, pointCase(1.5 + i * 0.5, 0.1 * i, i % 2 ? -1 : 1), nodes), i * nodes),
    );
    for (const pulse of [mono(75, 'anodic'), { waveform: 'biphasic', pulseWidthUs: us(500) } as const]) {
      const mixed = predictThresholdScalesByDiameterInto(
        new Float64Array(diameters.length),
        ve,
        diameters,
        diameters.length,
        nodes,
        predictorPulseCalibration(pulse),
      );
      diameters.forEach((d, i) => {
        const one = predictOne(d, pulse, ve.subarray(i * nodes, (i + 1) * nodes));
        expect(relativeError(mixed[i]!, one)).toBeLessThan(1e-12);
      });
    }
    const cal = predictorPulseCalibration(mono(100));
    expect(() =>
      predictThresholdScalesByDiameterInto(new Float64Array(1), ve, Float64Array.of(4), 1, nodes, cal),
    ).toThrow(RangeError);
  });

  it('starts excitation only at nodes marked excitable, while masked nodes still drive their neighbours', () => {
    const nodes = 21;
    const ve = pointNodesMv(12, 1.5); // the strongest drive at the middle node
    const cal = predictorPulseCalibration(mono(100));
    const scale = (excitable?: Uint8Array) =>
      predictThresholdScalesByDiameterInto(new Float64Array(1), ve, Float64Array.of(12), 1, nodes, cal, excitable)[0]!;
    const free = scale();
    expect(scale(new Uint8Array(nodes).fill(1))).toBe(free);
    const middleMasked = new Uint8Array(nodes).fill(1);
    middleMasked[10] = 0; // the node under the source may not start an action potential; its neighbours still can
    expect(scale(middleMasked)).toBeGreaterThan(free);
    expect(Number.isFinite(scale(middleMasked))).toBe(true);
    expect(scale(new Uint8Array(nodes))).toBe(Infinity);
  });

  it('is deterministic and never NaN for random multipolar fields, diameters and widths (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5.7, max: 16, noNaN: true }),
        fc.double({ min: 20, max: 1000, noNaN: true }),
        fc.constantFrom('monophasic' as const, 'biphasic' as const, 'train10k' as const, 'burst' as const),
        fc.array(
          fc.record({
            x: fc.double({ min: -10, max: 10, noNaN: true }),
            z: fc.double({ min: 0.3, max: 8, noNaN: true }),
            w: fc.double({ min: -1, max: 1, noNaN: true }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (d, pw, waveform, contacts) => {
          const field = {
            ...pointCase(1, 0, 1),
            sources: contacts.map((c) => ({ xMm: c.x, yMm: 0, zMm: c.z, weight: c.w })),
          };
          const ve = nodeProfileMv(d, field, 21);
          const pulse = { waveform, pulseWidthUs: us(pw) };
          const first = predictOne(d, pulse, ve);
          expect(Number.isNaN(first)).toBe(false);
          expect(first).toBeGreaterThan(0);
          expect(predictOne(d, pulse, ve)).toBe(first);
        },
      ),
      { seed: 1995, numRuns: 200 },
    );
  });

  it('reports Infinity for a flat or linear field and above the bound', () => {
    const cal = predictorCalibration(um(10), { waveform: 'monophasic', pulseWidthUs: us(100) });
    const linear = Float64Array.from({ length: 21 }, (_, i) => 5 + 2 * i);
    expect(predictThresholdScalesInto(new Float64Array(1), linear, 1, 21, cal)[0]).toBe(Infinity);
    const far = pointNodesMv(10, 6).map((v) => v * 1e-6);
    const bounded = predictorCalibration(um(10), { waveform: 'monophasic', pulseWidthUs: us(100) }, { maxScale: 10 });
    expect(predictThresholdScalesInto(new Float64Array(1), far, 1, 21, bounded)[0]).toBe(Infinity);
  });

  it('uses the table entry at a calibrated diameter and width, and interpolates continuously between them', () => {
    const entry = PREDICTOR_TABLE.entries.find(
      (e) => e.waveform === 'monophasic' && e.fibreDiameterUm === 10 && e.pulseWidthUs === 100,
    )!;
    const cal = predictorCalibration(um(10), { waveform: 'monophasic', pulseWidthUs: us(100) });
    expect(Array.from(cal.weights)).toEqual(entry.weights);
    const ve = pointNodesMv(10, 2);
    const below = predictOne(10, mono(100 * (1 - 1e-9)), ve);
    expect(relativeError(below, predictOne(10, mono(100), ve))).toBeLessThan(1e-6);
    expect(predictorCalibration(um(12), mono(210)).internodeLengthMm).toBe(
      mrgGeometry(um(12)).internodeLengthUm / 1000,
    );
  });

  it('rejects diameters and pulse widths outside the calibrated range', () => {
    expect(() => predictorCalibration(um(4), mono(100))).toThrow(RangeError);
    expect(() => predictorCalibration(um(10), mono(10))).toThrow(RangeError);
    expect(() => predictorCalibration(um(10), mono(2000))).toThrow(RangeError);
  });
});
