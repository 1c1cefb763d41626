// The tabulated growth curves stand in for a slow ECAP model in the replay: they must give the same day.
import { describe, expect, it } from 'vitest';
import { POSTURES } from '../../../src-core/anatomy/patient-anatomy';
import { restingCordState } from '../../../src-core/closed-loop/cord-state';
import { tabulateEcapAmplitude } from '../../../src-core/closed-loop/ecap-table';
import { replayPostureDay } from '../../../src-core/closed-loop/replay';
import { mm } from '../../../src-core/units';
import { commonSettings, gainForLoopGain, loadTimeline, TARGET_UV } from './fixtures';
import { linearTestEcapAt as slow } from './linear-test-growth';

const fast = tabulateEcapAmplitude(slow, { maxMa: 12, stepMa: 0.05 });

describe('tabulated growth curves', () => {
  it('match the model they tabulate at rest and in a cough to within 3 µV', () => {
    for (const posture of POSTURES)
      for (const shift of [0, 0.4, 1])
        for (const amplitudeMa of [1, 2.5, 3.3, 4.1, 6.7]) {
          const state = { ...restingCordState(posture), dorsalShiftMm: mm(shift) };
          expect(Math.abs(fast(state, amplitudeMa) - slow(state, amplitudeMa))).toBeLessThan(3);
        }
  });

  it('give the same closed-loop day as the model itself', () => {
    const hour = loadTimeline('clinic-hour.json');
    const settings = {
      ...commonSettings(slow),
      mode: {
        kind: 'closed-loop' as const,
        targetUv: TARGET_UV,
        gainMaPerUv: gainForLoopGain(slow, 0.5),
        startAmplitudeMa: 3,
      },
    };
    const a = replayPostureDay(hour, slow, settings);
    const b = replayPostureDay(hour, fast, settings);
    expect(Math.abs(a.inRangePct - b.inRangePct)).toBeLessThan(0.5);
    expect(Math.abs(a.deviation.rmsUv - b.deviation.rmsUv)).toBeLessThan(1);
  }, 60_000);
});
