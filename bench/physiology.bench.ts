import { readFileSync } from 'node:fs';
import {
  NOMINAL_ANATOMY,
  PhysiologyEngine,
  commonAmplitudeThresholds,
  configureSimulation,
  perceive,
  recruitmentIndexFor,
  restoreSession,
  simulateAt,
  type PhysiologySetup,
  type Program,
  type Session,
} from '../src-core';
import { bench, type BenchResult } from './harness';

/** The physiology pipeline's stages for the sample leg-pain patient (two 8-contact leads, ≈1600 fibres). */
export function physiologyBenchmarks(): { results: BenchResult[]; facts: string[] } {
  const restored = restoreSession(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  const program = restored.session.programs[0]!;
  const setup: PhysiologySetup = {
    implant: restored.implant,
    program,
    patient: NOMINAL_ANATOMY,
    posture: 'supine',
    seed: 1,
  };
  // Two configurations that differ only in polarity, so alternating between them misses the threshold cache but
  // keeps the unit fields: exactly what a click on a contact costs.
  const other: Program = {
    ...program,
    areas: [
      {
        ...program.areas[0]!,
        contacts: [
          { electrode: 4, polarity: 'cathode', fractionPct: 100 },
          { electrode: 3, polarity: 'anode', fractionPct: 100 },
        ],
      },
    ],
  };
  const engine = new PhysiologyEngine(() => performance.now());
  const first = engine.thresholdsFor(setup);
  const fibres = first.population.count;
  const nodes = fibres * first.population.nodesPerFibre;
  let flip = false;
  const configuration = bench(
    'configuration change (polarity): superposition + thresholds',
    () => {
      flip = !flip;
      engine.thresholdsFor({ ...setup, program: flip ? other : program });
    },
    { runs: 20 },
  );
  const index = recruitmentIndexFor(first, commonAmplitudeThresholds(first));
  let amplitude = 2;
  const amplitudeChange = bench(
    'amplitude change: recruitment + perception',
    () => perceive(index, (amplitude = amplitude > 8 ? 2 : amplitude + 0.1)),
    { runs: 2000 },
  );
  // The same two through the path the app's worker and the CLI share: configure, then one result per amplitude.
  const session = restored.session;
  const otherSession: Session = { ...session, programs: [other] };
  const target = { programIndex: 0, areaIndex: 0, posture: 'supine', stimulationOn: true } as const;
  const configured = configureSimulation(engine, session, restored.implant, target);
  const simulatedConfiguration = bench(
    'configuration change (polarity) through configureSimulation',
    () => {
      flip = !flip;
      configureSimulation(engine, flip ? otherSession : session, restored.implant, target);
    },
    { runs: 20 },
  );
  const simulatedAmplitude = bench(
    'amplitude change through simulateAt (result, words, coverage)',
    () => simulateAt(configured, (amplitude = amplitude > 8 ? 2 : amplitude + 0.1), session.patient.painMap),
    { runs: 2000 },
  );
  // Every run moves both leads 0.05 mm sideways: the cross-section fields are built afresh, as after a real move (the
  // fibre population stays: it depends on the contacts' span along the cord, not on where the leads lie across it).
  const file = JSON.parse(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  let moves = 0;
  const placement = bench(
    'lead move sideways: unit fields (new cross-section fields) + thresholds',
    () => {
      moves += 1;
      for (const lead of file.hardware.leads) lead.placement.lateralMm += 0.05;
      const moved = restoreSession(JSON.stringify(file));
      if (!moved.ok) throw new Error(moved.error);
      new PhysiologyEngine().thresholdsFor({ ...setup, implant: moved.implant });
    },
    { runs: 5, warmup: 1, budgetMs: 60_000 },
  );
  // Every run moves both leads 0.05 mm along the cord: the population's window moves too, so it is rebuilt with the
  // fields (the cost of a posture change, which also changes the canal section).
  const alongCord = bench(
    'lead move along the cord: the same, with a new fibre population',
    () => {
      moves += 1;
      for (const lead of file.hardware.leads) lead.placement.tip.offsetMm += 0.05;
      const moved = restoreSession(JSON.stringify(file));
      if (!moved.ok) throw new Error(moved.error);
      new PhysiologyEngine().thresholdsFor({ ...setup, implant: moved.implant });
    },
    { runs: 5, warmup: 1, budgetMs: 60_000 },
  );
  const perFibreUs = (configuration.medianMs * 1000) / fibres;
  return {
    results: [configuration, amplitudeChange, simulatedConfiguration, simulatedAmplitude, placement, alongCord],
    facts: [
      `lead moves measured: ${moves} (each with new cross-section fields for both leads)`,
      `population: ${fibres} fibres, ${nodes} nodes of Ranvier, 16 contacts`,
      `cost per fibre threshold (incl. superposition): ${perFibreUs.toFixed(1)} µs; throughput ${(1000 / perFibreUs).toFixed(0)} fibres/ms`,
    ],
  };
}
