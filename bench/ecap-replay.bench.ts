import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  PhysiologyEngine,
  configureSimulation,
  cordStateEcap,
  ecapConfigurationOf,
  ecapTraceAt,
  parsePostureTimeline,
  replayPostureDay,
  replayProgramDay,
  restoreSession,
  type ProgramDayReport,
} from '../src-core';
import { bench, printResults, type BenchResult } from './harness';

/**
 * The posture day on the REAL ECAP model (tonic sample session): building `cordStateEcap` once per configuration
 * (one engine configuration and growth curve per dCSF knot), then a one-hour day at 50 Hz control (target ≤ 2 s),
 * each mode alone and the three together (`replayProgramDay`), and one ECAP trace after the configuration is cached
 * (target ≤ 5 ms). Run alone: `npx tsx bench/ecap-replay.bench.ts`.
 */
export function ecapReplayBenchmarks(): BenchResult[] {
  const restored = restoreSession(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  const { session, implant } = restored;
  const parsed = parsePostureTimeline(readFileSync('resources/timelines/clinic-hour.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const hour = parsed.timeline;
  const engine = new PhysiologyEngine();
  let model = cordStateEcap(engine, session, implant, session.activeProgram);
  const build = bench(
    `build cordStateEcap (${model.knotsDcsfMm.length} dCSF knots × configuration + growth curve)`,
    () => (model = cordStateEcap(engine, session, implant, session.activeProgram)),
    { runs: 2, warmup: 0, budgetMs: 60_000, note: 'once per program configuration' },
  );
  let day: ProgramDayReport = replayProgramDay(model, hour);
  const rate = (hz: number) => ({ runs: 10, warmup: 1, budgetMs: 20_000, note: `target ≤ 2000 ms (${hz} Hz)` });
  const common = {
    limits: day.limits,
    range: {
      perceptionEcapUv: day.therapeuticRange.perceptionEcapUv,
      maxComfortEcapUv: day.therapeuticRange.maxComfortEcapUv,
    },
    referenceEcapUv: day.targetUv,
    controlRateHz: 50,
    recordEverySteps: 45,
  };
  const configured = configureSimulation(engine, session, implant, {
    programIndex: session.activeProgram,
    areaIndex: 0,
    posture: 'sitting',
    stimulationOn: true,
  });
  const ecap = ecapConfigurationOf(engine, configured);
  let seed = 0;
  return [
    build,
    bench(
      'one-hour day, open loop, 50 Hz (180 000 updates), real model',
      () =>
        replayPostureDay(hour, model.ecapAt, { ...common, mode: { kind: 'open-loop', amplitudeMa: day.openLoopMa } }),
      rate(50),
    ),
    bench(
      'one-hour day, closed loop, 50 Hz, loop gain at every recorded update, real model',
      () =>
        replayPostureDay(hour, model.ecapAt, {
          ...common,
          mode: {
            kind: 'closed-loop',
            targetUv: day.targetUv,
            gainMaPerUv: day.gainMaPerUv,
            startAmplitudeMa: day.openLoopMa,
          },
        }),
      rate(50),
    ),
    bench(
      'one-hour day, all three modes (replayProgramDay), 50 Hz',
      () => (day = replayProgramDay(model, hour)),
      rate(50),
    ),
    bench('one ECAP trace at 5 mA sitting, configuration cached', () => ecapTraceAt(ecap, 5, { seed: ++seed }), {
      runs: 500,
      note: 'target ≤ 5 ms',
    }),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printResults('Posture day on the ECAP model (tonic sample)', ecapReplayBenchmarks());
