// The closed-loop controller: I[n+1] = clamp(I[n] + K·(target − ECAP[n])), loop gain g = K × growth slope, stable
// for 0 < g < 2 (standard discrete control, as in the shared design note; Saluda: the gain changes with lead–cord
// distance). Run on the labelled linear test growth model (linear-test-growth.ts — not physiology).
import { describe, expect, it } from 'vitest';
import { restingCordState } from '../../../src-core/closed-loop/cord-state';
import {
  closedLoopUpdate,
  complianceLimitMaOf,
  growthSlopeUvPerMa,
  limitOutput,
  loopBehaviourOf,
  loopGainAt,
} from '../../../src-core/closed-loop/controller';
import { currentForEcapMa } from '../../../src-core/closed-loop/growth-inverse';
import { closedLoopStepResponse, oscillationOf } from '../../../src-core/closed-loop/step-response';
import { gainForLoopGain, TARGET_UV } from './fixtures';
import { linearTestEcapAt as ecapAt, testGrowthCurve } from './linear-test-growth';

const sitting = restingCordState('sitting');
const supine = restingCordState('supine');
const limits = { patientMaxMa: 10, complianceLimitMa: 15 };
const operatingMa = currentForEcapMa(ecapAt, sitting, TARGET_UV, 25);

function respond(loopGain: number, updates = 400) {
  const settings = { targetUv: TARGET_UV, gainMaPerUv: gainForLoopGain(ecapAt, loopGain) };
  return closedLoopStepResponse(ecapAt, sitting, settings, limits, 0.9 * operatingMa, updates);
}

describe('the controller', () => {
  it('moves the current by the gain times the error', () => {
    const next = closedLoopUpdate(4, 40, { targetUv: 50, gainMaPerUv: 0.01 }, limits);
    expect(next.amplitudeMa).toBeCloseTo(4.1, 12);
    expect(next.limitedBy).toBe('none');
  });

  it('clamps at the patient maximum without an alert while the output can drive it', () => {
    const out = limitOutput(12, { patientMaxMa: 8, complianceLimitMa: 15 });
    expect(out.amplitudeMa).toBe(8);
    expect(out.limitedBy).toBe('patient-maximum');
    expect(out.outOfCompliance).toBe(false);
  });

  it('raises the out-of-compliance alert when the request is more than the output can drive', () => {
    const limit = complianceLimitMaOf(12, 2000); // 12 V through 2 kΩ: 6 mA
    expect(limit).toBeCloseTo(6, 12);
    const out = limitOutput(7, { patientMaxMa: 8, complianceLimitMa: limit });
    expect(out.amplitudeMa).toBeCloseTo(6, 12);
    expect(out.outOfCompliance).toBe(true);
    expect(limitOutput(5, { patientMaxMa: 8, complianceLimitMa: limit }).outOfCompliance).toBe(false);
  });

  it('never gives a negative current', () => {
    expect(closedLoopUpdate(0.1, 500, { targetUv: 50, gainMaPerUv: 0.01 }, limits)).toMatchObject({
      amplitudeMa: 0,
      limitedBy: 'zero',
    });
  });

  it('loop gain is the gain times the growth slope, and the slope is steeper supine', () => {
    const k = 0.01;
    expect(loopGainAt(ecapAt, sitting, operatingMa, k)).toBeCloseTo(k * testGrowthCurve(sitting).slopeUvPerMa, 6);
    expect(growthSlopeUvPerMa(ecapAt, supine, operatingMa)).toBeGreaterThan(
      growthSlopeUvPerMa(ecapAt, sitting, operatingMa),
    );
  });

  it('reads the slope just above threshold at the threshold, and 0 well below it', () => {
    const { thresholdMa, slopeUvPerMa } = testGrowthCurve(sitting);
    expect(growthSlopeUvPerMa(ecapAt, sitting, thresholdMa)).toBeCloseTo(slopeUvPerMa, 6);
    expect(growthSlopeUvPerMa(ecapAt, sitting, thresholdMa / 2)).toBe(0);
  });

  it('names the behaviour a loop gain implies', () => {
    expect([0, 0.5, 1.5, 2.5].map(loopBehaviourOf)).toEqual(['no-response', 'settles', 'rings', 'oscillates']);
  });
});

describe('the closed loop on a still patient', () => {
  it.each([2.2, 2.5, 3])('oscillates visibly and does not settle at loop gain %s', (g) => {
    const osc = oscillationOf(respond(g).ecapUv, TARGET_UV);
    expect(osc.sustained).toBe(true);
    expect(osc.peakToPeakUv).toBeGreaterThan(0.5 * TARGET_UV);
  });

  it.each([0.3, 0.6, 0.9])('settles on the target without overshoot at loop gain %s', (g) => {
    const { ecapUv } = respond(g);
    expect(oscillationOf(ecapUv, TARGET_UV).sustained).toBe(false);
    expect(Math.max(...ecapUv)).toBeLessThanOrEqual(TARGET_UV + 1e-9);
    expect(ecapUv[ecapUv.length - 1]).toBeCloseTo(TARGET_UV, 6);
  });

  it('overshoots and rings, then settles, between loop gains 1 and 2', () => {
    const { ecapUv } = respond(1.6);
    expect(Math.max(...ecapUv)).toBeGreaterThan(TARGET_UV + 1);
    expect(oscillationOf(ecapUv, TARGET_UV).sustained).toBe(false);
    expect(ecapUv[ecapUv.length - 1]).toBeCloseTo(TARGET_UV, 3);
  });

  it('a gain stable sitting becomes unstable lying on the back, where the curve is steeper', () => {
    const gainMaPerUv = gainForLoopGain(ecapAt, 1.6);
    const supineMa = currentForEcapMa(ecapAt, supine, TARGET_UV, 25);
    expect(loopGainAt(ecapAt, supine, supineMa, gainMaPerUv)).toBeGreaterThan(2);
    const { ecapUv } = closedLoopStepResponse(
      ecapAt,
      supine,
      { targetUv: TARGET_UV, gainMaPerUv },
      limits,
      supineMa,
      400,
    );
    expect(oscillationOf(ecapUv, TARGET_UV).sustained).toBe(true);
  });

  it('stops at the patient maximum when the target needs more', () => {
    const settings = { targetUv: TARGET_UV, gainMaPerUv: gainForLoopGain(ecapAt, 0.5) };
    const low = { patientMaxMa: 0.9 * operatingMa, complianceLimitMa: 15 };
    const { amplitudeMa, ecapUv } = closedLoopStepResponse(ecapAt, sitting, settings, low, 0, 300);
    expect(Math.max(...amplitudeMa)).toBeCloseTo(low.patientMaxMa, 12);
    expect(ecapUv[ecapUv.length - 1]).toBeLessThan(TARGET_UV);
  });
});
