import { readFileSync } from 'node:fs';
import {
  PhysiologyEngine,
  configureSimulation,
  ecapAmplitudeAt,
  ecapConfigurationOf,
  ecapGrowthCurve,
  ecapThresholdMa,
  ecapTraceAt,
  restoreSession,
} from '../src-core';
import { bench, type BenchResult } from './harness';

/**
 * The ECAP model (target: one trace ≤ 5 ms once a configuration is cached): the per-configuration ECAP set-up, one
 * trace (3 ms at 100 kHz, artefact and noise), the amplitude a closed loop reads, the threshold search and a growth
 * curve, on the tonic sample session supine.
 */
export function sensingBenchmarks(): BenchResult[] {
  const restored = restoreSession(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  const engine = new PhysiologyEngine();
  const configured = configureSimulation(engine, restored.session, restored.implant, {
    programIndex: restored.session.activeProgram,
    areaIndex: 0,
    posture: 'supine',
    stimulationOn: true,
  });
  const ecap = ecapConfigurationOf(engine, configured);
  let seed = 0;
  return [
    bench('ECAP configuration (per configuration)', () => ecapConfigurationOf(engine, configured), { runs: 20 }),
    bench('one ECAP trace at 7 mA (target ≤ 5 ms)', () => ecapTraceAt(ecap, 7, { seed: ++seed }), { runs: 500 }),
    bench('ECAP amplitude (P2 − N1) at 7 mA', () => ecapAmplitudeAt(ecap, 7), { runs: 500 }),
    bench('ECAP threshold search', () => ecapThresholdMa(ecap), { runs: 20 }),
    bench('ECAP growth curve (41 amplitudes)', () => ecapGrowthCurve(ecap, 41), { runs: 20 }),
  ];
}
