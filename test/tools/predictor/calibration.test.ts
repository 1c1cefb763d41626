import { describe, expect, it } from 'vitest';
import { fitPredictorWeights, type FitSample } from '../../../tools/predictor/fit';
import { predictThresholdScalesInto, type PredictorCalibration } from '../../../src-core/axon/predictor/kernel';
import { pointCase, bipoleCase, tripoleCase } from '../../../tools/predictor/field-cases';
import { testFieldCases, trainingFieldCases } from '../../../tools/predictor/calibration-sets';
import {
  burstDr,
  calibrationShapes,
  pulseOfShape,
  tenKilohertzTrain,
} from '../../../tools/predictor/calibration-shapes';
import { interpolationTasks, referenceTasks } from '../../../tools/predictor/reference-tasks';
import { errorReport, percentile } from '../../../tools/predictor/error-report';
import { netChargeUs } from '../../../src-core/axon/pulse-shape';
import { nodeProfileMv } from '../../core/axon/predictor/helpers';

/** A kernel calibration with given weights (1 branch, K = 2). */
function synthetic(weights: number[], branches = 1): PredictorCalibration {
  return {
    fibreDiameterUm: 10,
    internodeLengthMm: 1.15,
    waveform: 'monophasic',
    pulseWidthUs: 100,
    polarity: 'cathodic',
    reach: 2,
    branches,
    weights: Float64Array.from(weights),
    maxScale: Infinity,
  };
}

describe('predictor calibration (fit, sets, shapes)', () => {
  it('recovers the thresholds of a known predictor from its own outputs (least-squares fit)', () => {
    const truth = synthetic([0.01, 0.004, 0.001, 0.006, 0.002, 0.0005]);
    const fields = [0.5, 1, 2, 3, 5].flatMap((r) => [0, 0.4].flatMap((o) => [pointCase(r, o, 1), pointCase(r, o, -1)]));
    fields.push(bipoleCase(2, 5, 0, 1), tripoleCase(2, 5, 0.3, -1));
    const samples: FitSample[] = fields.map((f) => {
      const nodesMv = nodeProfileMv(10, f, 31);
      return { nodesMv, thresholdScale: predictThresholdScalesInto(new Float64Array(1), nodesMv, 1, 31, truth)[0]! };
    });
    const { weights, cost } = fitPredictorWeights(samples, { reach: 2, branches: 1, ridge: 0 });
    expect(cost).toBeLessThan(1e-10);
    const fitted = synthetic(Array.from(weights));
    for (const s of samples) {
      const p = predictThresholdScalesInto(new Float64Array(1), s.nodesMv, 1, 31, fitted)[0]!;
      expect(Math.abs(p / s.thresholdScale - 1)).toBeLessThan(1e-5);
    }
    // Deterministic: the same data give the same weights.
    expect(fitPredictorWeights(samples, { reach: 2, branches: 1, ridge: 0 }).weights).toEqual(weights);
  });

  it('keeps training and held-out fields apart', () => {
    for (const dx of [0.5, 1.15, 1.5]) {
      const train = new Set(trainingFieldCases(dx).map((f) => f.id));
      const test = testFieldCases(dx);
      expect(train.size).toBe(84);
      expect(test).toHaveLength(40);
      for (const f of test) expect(train.has(f.id)).toBe(false);
    }
    expect(referenceTasks()).toHaveLength(8 * 18 * 124);
    expect(interpolationTasks()).toHaveLength(640);
  });

  it('calibrates a charge-balanced 2 ms 10 kHz train, a 9 ms burst and cathodic-first single pulses', () => {
    const train = tenKilohertzTrain();
    expect(train.durationUs).toBe(2000);
    expect(netChargeUs(train)).toBeCloseTo(0, 9);
    expect(burstDr().durationUs).toBe(9000);
    expect(netChargeUs(burstDr())).toBe(-5000);
    for (const shape of calibrationShapes()) expect(pulseOfShape(shape).values[0]).toBe(-1);
  });

  it('reports nearest-rank percentiles and counts Infinity disagreements', () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95)).toBe(19);
    const [task] = referenceTasks([10], [{ waveform: 'monophasic', pulseWidthUs: 100 }]).filter(
      (t) => t.set === 'test',
    );
    const table = {
      version: 1,
      reach: 2,
      entries: [
        {
          fibreDiameterUm: 10,
          waveform: 'monophasic' as const,
          pulseWidthUs: 100,
          branches: 1,
          weights: [0, 0, 0, 0, 0, 0],
        },
      ],
    };
    const report = errorReport(table, [{ task: task!, thresholdScale: 0.5 }]);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]!.mismatched).toBe(1); // all-zero weights never fire
  });
});
