import type { SimulationResult } from '../../src-core';

/**
 * A worker answer for renderer tests: program 1 supine at 3 mA, thresholds 2 / 3 / 4 mA, nothing felt, no pain
 * drawing. Each test overrides what it is about.
 */
export function makeSimulationResult(over: Partial<SimulationResult> = {}): SimulationResult {
  return {
    programIndex: 0,
    posture: 'supine',
    amplitudeMa: 3,
    perceptionThresholdMa: 2,
    comfortThresholdMa: 3,
    discomfortThresholdMa: 4,
    paresthesia: [],
    coverage: null,
    uncomfortable: false,
    quality: 'tingling',
    elapsedMin: 0,
    relief: null,
    patientSays: 'I feel tingling.',
    ...over,
  };
}
