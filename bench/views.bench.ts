import { readFileSync } from 'node:fs';
import {
  NOMINAL_ANATOMY,
  PhysiologyEngine,
  activationGridFor,
  activationSurfaceFromGrid,
  commonAmplitudeThresholds,
  recruitmentIndexFor,
  restoreSession,
  strengthDurationPoint,
  titrationAmplitudes,
  titrationCurve,
  type PhysiologySetup,
} from '../src-core';
import { fibreGeometryOf } from '../renderer/physiology/configured-views';
import { bench, type BenchResult } from './harness';

/**
 * What the worker adds to each configuration besides the patient's answer: the 3D view's activation surface and
 * fibres, the titration sweep (sent with the answer) and one strength–duration point (sent one per task after it).
 */
export function viewBenchmarks(): BenchResult[] {
  const restored = restoreSession(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  const program = restored.session.programs[0]!;
  const area = program.areas[0]!;
  const setup: PhysiologySetup = {
    implant: restored.implant,
    program,
    patient: NOMINAL_ANATOMY,
    posture: 'supine',
    seed: 1,
  };
  const engine = new PhysiologyEngine();
  const thresholds = engine.thresholdsFor(setup);
  const index = recruitmentIndexFor(thresholds, commonAmplitudeThresholds(thresholds));
  const painMap = restored.session.patient.painMap;
  const grid = activationGridFor(setup.implant, setup.patient, setup.posture);
  return [
    bench(
      'activation grid (per lead move / posture change, cached)',
      () => activationGridFor(setup.implant, setup.patient, setup.posture),
      { runs: 20 },
    ),
    bench(
      'activation surface on a cached grid (per configuration)',
      () => activationSurfaceFromGrid(grid, setup.implant, area),
      { runs: 200 },
    ),
    bench('titration sweep (81 amplitudes)', () => titrationCurve(index, painMap, titrationAmplitudes(5, 25, 81)), {
      runs: 200,
    }),
    bench('strength–duration point (one pulse width)', () => strengthDurationPoint(engine, setup, area, 300), {
      runs: 20,
    }),
    bench('fibre geometry for the 3D view (float32 copy)', () => fibreGeometryOf(thresholds.population, 1), {
      runs: 50,
    }),
  ];
}
