// Properties of the replay over random short days (fixed fast-check seed, replayable): no NaN, shares that add up,
// the output never above its limits, and the same answer twice. Run on the labelled linear test growth model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../../../src-core/closed-loop/cord-state';
import { replayPostureDay } from '../../../src-core/closed-loop/replay';
import { buildPostureTimeline } from '../../../src-core/closed-loop/timeline-file';
import { commonSettings, gainForLoopGain, TARGET_UV } from './fixtures';
import { linearTestEcapAt as ecapAt } from './linear-test-growth';

const segment = fc.record({
  activity: fc.constantFrom(...ACTIVITIES),
  durationS: fc.integer({ min: 1, max: 40 }),
  coughsAtS: fc.array(fc.double({ min: 0, max: 0.99, noNaN: true }), { maxLength: 3 }),
});

describe('replay properties', () => {
  it('gives finite figures, shares adding to 100 % and output within its limits, twice the same', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.double({ min: 2, max: 8, noNaN: true }),
        (segments, loopGain, patientMaxMa) => {
          const parsed = buildPostureTimeline(
            'random',
            segments.map((s) => ({ ...s, coughsAtS: s.coughsAtS.map((f) => f * s.durationS) })),
          );
          if (!parsed.ok) throw new Error(parsed.error);
          const settings = {
            ...commonSettings(ecapAt),
            limits: { patientMaxMa, complianceLimitMa: 15 },
            mode: {
              kind: 'closed-loop' as const,
              targetUv: TARGET_UV,
              gainMaPerUv: gainForLoopGain(ecapAt, loopGain),
              startAmplitudeMa: 2,
            },
          };
          const a = replayPostureDay(parsed.timeline, ecapAt, settings);
          const b = replayPostureDay(parsed.timeline, ecapAt, settings);
          expect(a.inRangePct + a.overPct + a.underPct).toBeCloseTo(100, 9);
          expect(Number.isFinite(a.deviation.rmsUv) && Number.isFinite(a.ecapSdUv)).toBe(true);
          expect(a.amplitude.maxMa).toBeLessThanOrEqual(patientMaxMa);
          expect(a.amplitude.minMa).toBeGreaterThanOrEqual(0);
          expect(b.deviation).toEqual(a.deviation);
        },
      ),
      { seed: 12, numRuns: 60 },
    );
  }, 60_000);
});
