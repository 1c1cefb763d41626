import { describe, expect, it } from 'vitest';
import {
  REFERENCE_PATTERN,
  DERMATOMES,
  NOMINAL_ANATOMY,
  PhysiologyEngine,
  STRENGTH_DURATION_PULSE_WIDTHS_US,
  commonAmplitudeThresholds,
  recruitmentIndexFor,
  strengthDurationSweep,
  type PhysiologySetup,
} from '../../src-core';
import { patientSeed } from '../../src-core/simulation/simulation-setup';
import { fibreGeometryOf, titrationFor } from '../../renderer/physiology/configured-views';
import { sample } from '../validation/helpers';

describe('what the worker derives from a configuration', () => {
  const { session, implant } = sample('tonic-leg-pain');
  const engine = new PhysiologyEngine();
  const setup: PhysiologySetup = {
    implant,
    program: session.programs[0]!,
    patient: NOMINAL_ANATOMY,
    posture: 'supine',
    seed: patientSeed(session.patient.id),
  };
  const thresholds = engine.thresholdsFor(setup);

  it('packs the fibres with their labels and node positions for the 3D view', () => {
    const population = thresholds.population;
    const geometry = fibreGeometryOf(population, 7);
    expect(geometry).toMatchObject({ version: 7, count: population.count, nodesPerFibre: population.nodesPerFibre });
    const f = population.kind.indexOf('dorsalRoot');
    expect(geometry.kind[f]).toBe(1);
    expect(DERMATOMES[geometry.dermatomeIndex[f]!]).toBe(population.dermatome[f]);
    expect(geometry.side[f]).toBe(population.side[f] === 'right' ? 1 : 0);
    const node = f * population.nodesPerFibre + 3;
    expect(geometry.axialMm[node]).toBeCloseTo(population.nodeAxialMm[node]!, 4);
  });

  it('sweeps titration from 0 mA to past the discomfort threshold', () => {
    const index = recruitmentIndexFor(thresholds, commonAmplitudeThresholds(thresholds));
    const titration = titrationFor(index, session.patient.painMap, 25, REFERENCE_PATTERN);
    expect(titration.points[0]!.amplitudeMa).toBe(0);
    expect(titration.points.at(-1)!.amplitudeMa).toBeCloseTo(1.25 * titration.discomfortMa!, 9);
    expect(titration.perceptionMa!).toBeLessThan(titration.comfortMa!);
  });

  it('computes strength–duration one pulse width per step and refits as it goes', () => {
    const steps = [...strengthDurationSweepAll(engine, setup)];
    expect(steps).toHaveLength(STRENGTH_DURATION_PULSE_WIDTHS_US.length);
    steps.forEach((step, i) => expect(step.points).toHaveLength(i + 1));
    expect(steps.at(-1)!.complete).toBe(true);
    expect(steps.slice(0, -1).every((s) => !s.complete)).toBe(true);
    expect(steps.at(-1)!.fit!.chronaxieUs).toBeGreaterThan(0);
  }, 60_000);
});

/** Every value a generator produces, its return value included. */
function* strengthDurationSweepAll(engine: PhysiologyEngine, setup: PhysiologySetup) {
  const sweep = strengthDurationSweep(engine, setup, setup.program.areas[0]!);
  for (;;) {
    const next = sweep.next();
    yield next.value;
    if (next.done) return;
  }
}
