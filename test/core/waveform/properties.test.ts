import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ms } from '../../../src-core/units';
import type { ProgramWaveforms } from '../../../src-core/waveform';
import {
  electrodeNetChargeUc,
  kirchhoffResidualMa,
  pulsesReport,
  sampleProgramForPlot,
  segmentChargeUc,
  synthesizeProgramWaveforms,
} from '../../../src-core/waveform';
import { arbScenario, STEP_MA } from './builders';

const SEED = 20261128;
const RUNS = 250;
// 250 generated programs take about a second on a quiet core and several times that with both cores busy:
// a budget that only a hang exceeds, not vitest's 5 s default.
const PROPERTY_TIMEOUT_MS = 60_000;

const options = (s: { windowMs: number; startMs: number | undefined }) => ({
  windowMs: ms(s.windowMs),
  amplitudeStepMa: STEP_MA,
  startMs: s.startMs === undefined ? undefined : ms(s.startMs),
});

/** Midpoints of every segment plus an even grid: instants where some current flows and where none does. */
function probeTimes(w: ProgramWaveforms): number[] {
  const times = w.electrodes.flatMap((e) => e.segments.map((s) => (s.startUs + s.endUs) / 2));
  for (let i = 0; i <= 40; i++) times.push((w.windowUs * i) / 40);
  return times;
}

describe('synthesizeProgramWaveforms over random valid programs (fast-check, fixed seed)', () => {
  it(
    'balances the charge of every electrode to 1e-9 µC',
    () => {
      fc.assert(
        fc.property(arbScenario, (s) => {
          const w = synthesizeProgramWaveforms(s.program, options(s));
          for (const e of w.electrodes) expect(Math.abs(electrodeNetChargeUc(e))).toBeLessThan(1e-9);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'balances every electrode within each delivered pulse or burst',
    () => {
      fc.assert(
        fc.property(arbScenario, (s) => {
          const w = synthesizeProgramWaveforms(s.program, options(s));
          for (const d of w.deliveries) {
            for (const e of w.electrodes) {
              const inside = e.segments.filter((seg) => seg.startUs >= d.startUs && seg.endUs <= d.endUs);
              expect(Math.abs(inside.reduce((q, seg) => q + segmentChargeUc(seg), 0))).toBeLessThan(1e-12);
            }
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'sums to zero over the electrodes at every probed instant (Kirchhoff)',
    () => {
      fc.assert(
        fc.property(arbScenario, (s) => {
          const w = synthesizeProgramWaveforms(s.program, options(s));
          for (const t of probeTimes(w)) expect(Math.abs(kirchhoffResidualMa(w, t))).toBeLessThan(1e-12);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'produces finite, sorted, non-overlapping segments inside the window, and finite plots',
    () => {
      fc.assert(
        fc.property(arbScenario, (s) => {
          const w = synthesizeProgramWaveforms(s.program, options(s));
          for (const e of w.electrodes) {
            let previousEnd = -1e-6;
            for (const seg of e.segments) {
              const values = [
                seg.startUs,
                seg.endUs,
                seg.currentMa,
                ...(seg.kind === 'exponential' ? [seg.tauUs] : []),
              ];
              expect(values.every(Number.isFinite)).toBe(true);
              expect(seg.startUs).toBeGreaterThanOrEqual(previousEnd);
              expect(seg.endUs).toBeGreaterThan(seg.startUs);
              previousEnd = seg.endUs;
            }
            expect(previousEnd).toBeLessThanOrEqual(w.windowUs + 1e-6);
          }
          const plot = sampleProgramForPlot(w, { maxPoints: 500 });
          expect(plot.tUs.length).toBeLessThanOrEqual(500);
          expect(plot.tUs.every(Number.isFinite)).toBe(true);
          expect(plot.series.every((series) => series.currentMa.every(Number.isFinite))).toBe(true);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'is deterministic: the same program and window give the same report',
    () => {
      fc.assert(
        fc.property(arbScenario, (s) => {
          expect(JSON.stringify(pulsesReport(s.program, options(s)))).toBe(
            JSON.stringify(pulsesReport(s.program, options(s))),
          );
        }),
        { seed: SEED, numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
