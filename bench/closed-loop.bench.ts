import { readFileSync } from 'node:fs';
import {
  currentForEcapMa,
  growthSlopeUvPerMa,
  parsePostureTimeline,
  replayPostureDay,
  restingCordState,
  tabulateEcapAmplitude,
  type ReplaySettings,
} from '../src-core';
// A labelled stand-in (zero below a threshold, linear above; not physiology) until the ECAP model is wired in: the
// timing is the controller's and the replay's, with growth curves read from a table as the real model's would be.
import { linearTestEcapAt } from '../test/core/closed-loop/linear-test-growth';
import { bench, type BenchResult } from './harness';

/** The posture-day replay: a one-hour day at 50 Hz control (target ≤ 2 s), open and closed loop. */
export function closedLoopBenchmarks(): BenchResult[] {
  const parsed = parsePostureTimeline(readFileSync('resources/timelines/clinic-hour.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const hour = parsed.timeline;
  const sitting = restingCordState('sitting');
  const tabulated = tabulateEcapAmplitude(linearTestEcapAt, { maxMa: 12, stepMa: 0.05 });
  const operatingMa = currentForEcapMa(tabulated, sitting, 50, 12);
  const common: Omit<ReplaySettings, 'mode'> = {
    limits: { patientMaxMa: 10, complianceLimitMa: 15 },
    range: { perceptionEcapUv: 10, maxComfortEcapUv: 100 },
    referenceEcapUv: 50,
    controlRateHz: 50,
  };
  const closed: ReplaySettings = {
    ...common,
    mode: {
      kind: 'closed-loop',
      targetUv: 50,
      gainMaPerUv: 0.5 / growthSlopeUvPerMa(tabulated, sitting, operatingMa),
      startAmplitudeMa: 3,
    },
  };
  const open: ReplaySettings = { ...common, mode: { kind: 'open-loop', amplitudeMa: operatingMa } };
  const options = { runs: 10, warmup: 1, budgetMs: 20_000 };
  return [
    bench(
      'tabulate growth curves (4 postures × 11 shifts × 241 currents, stand-in model)',
      () => tabulateEcapAmplitude(linearTestEcapAt, { maxMa: 12, stepMa: 0.05 }),
      options,
    ),
    bench('one-hour posture day, open loop, 50 Hz (180 000 updates)', () => replayPostureDay(hour, tabulated, open), {
      ...options,
      note: 'target ≤ 2000 ms',
    }),
    bench(
      'one-hour posture day, closed loop, 50 Hz, loop gain at every update',
      () => replayPostureDay(hour, tabulated, closed),
      { ...options, note: 'target ≤ 2000 ms' },
    ),
  ];
}
