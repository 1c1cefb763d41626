/**
 * TEST MODEL — NOT PHYSIOLOGY. A stand-in for the ECAP model so the closed loop can be tested (and timed) on its
 * own: no ECAP below a threshold, then linear growth (the shape Gmel 2021 and Parker 2012 report), with the threshold
 * and slope set by the dorsal CSF under the lead in the direction the physics gives (thinner CSF → lower
 * threshold, steeper slope; He 1994, Holsheimer 1994). The dCSF comes from the anatomy (posture, transitions,
 * coughs) through `dcsfMmOfCordState`; the numbers below are round test choices, not fits to anything.
 */
import { dcsfMmOfCordState, type CordState, type EcapAmplitudeAt } from '../../../src-core/closed-loop/cord-state';
import { NOMINAL_ANATOMY } from '../../../src-core/anatomy/patient-anatomy';
import { axialMmOf } from '../../../src-core/anatomy/vertebral-column';
import { mm } from '../../../src-core/units';
import { restingCordState } from '../../../src-core/closed-loop/cord-state';

/** The lead's cathode in the test: mid-T9, where low-back and leg leads sit. */
export const TEST_LEAD_AXIAL_MM = axialMmOf({ level: 'T9', offsetMm: mm(12) });

/** Test choices: sitting, ECAP threshold 3 mA and slope 60 µV/mA (round numbers, not fitted). */
export const TEST_SITTING_THRESHOLD_MA = 3;
export const TEST_SITTING_SLOPE_UV_PER_MA = 60;

const sittingDcsfMm = dcsfMmOfCordState(restingCordState('sitting'), TEST_LEAD_AXIAL_MM, NOMINAL_ANATOMY);

/** Threshold and slope of the test growth curve for the cord in `state`: both scale with (dCSF / sitting dCSF)². */
export function testGrowthCurve(state: CordState): { thresholdMa: number; slopeUvPerMa: number } {
  const ratio = dcsfMmOfCordState(state, TEST_LEAD_AXIAL_MM, NOMINAL_ANATOMY) / sittingDcsfMm;
  return {
    thresholdMa: TEST_SITTING_THRESHOLD_MA * ratio * ratio,
    slopeUvPerMa: TEST_SITTING_SLOPE_UV_PER_MA / (ratio * ratio),
  };
}

/** The test model as the replay takes it. */
export const linearTestEcapAt: EcapAmplitudeAt = (state, amplitudeMa) => {
  const { thresholdMa, slopeUvPerMa } = testGrowthCurve(state);
  return amplitudeMa <= thresholdMa ? 0 : (amplitudeMa - thresholdMa) * slopeUvPerMa;
};
