/**
 * The volley continued past the sampled nodes for the recording (volley-continuation.ts): real dorsal-column axons
 * run on for many segments (Smith & Deacon 1984), so the recording must not see them end at the sampled nodes.
 */
import { describe, expect, it } from 'vitest';
import { PhysiologyEngine, configureSimulation, ecapAmplitudeAt, ecapConfigurationOf } from '../../../src-core';
import { CONTINUATION_MM, continuedNodes } from '../../../src-core/sensing/volley-continuation';
import { sampleSession } from './ecap-helpers';

function configured() {
  const { session, implant } = sampleSession('tonic-leg-pain.scs.json');
  const engine = new PhysiologyEngine();
  const c = configureSimulation(engine, session, implant, {
    programIndex: session.activeProgram,
    areaIndex: 0,
    posture: 'supine',
    stimulationOn: true,
  });
  return { engine, configured: c };
}

describe('the volley continued past the sampled nodes', () => {
  it('keeps the sampled nodes and adds straight nodes at the end internodes, at least CONTINUATION_MM each way', () => {
    const { configured: c } = configured();
    const pop = c.thresholds.population;
    const nodes = continuedNodes(pop);
    const n = pop.nodesPerFibre;
    const m = nodes.nodesPerFibre;
    expect(m).toBe(n + 2 * nodes.extra);
    const at = (f: number, k: number) => [
      nodes.axialMm[f * m + k]!,
      nodes.lateralMm[f * m + k]!,
      nodes.dorsalMm[f * m + k]!,
    ];
    for (let f = 0; f < pop.count; f += 97) {
      for (let j = 0; j < n; j++) expect(nodes.axialMm[f * m + nodes.extra + j]).toBe(pop.nodeAxialMm[f * n + j]);
      for (const [a, b, c2] of [
        [0, 1, 2],
        [m - 3, m - 2, m - 1],
      ] as const) {
        const p = at(f, a);
        const q = at(f, b);
        const r = at(f, c2);
        for (let d = 0; d < 3; d++) expect(r[d]! - q[d]!).toBeCloseTo(q[d]! - p[d]!, 9);
      }
      const reach = (k0: number, k1: number) => Math.hypot(...at(f, k0).map((v, d) => v - at(f, k1)[d]!));
      expect(reach(0, nodes.extra)).toBeGreaterThanOrEqual(CONTINUATION_MM - 1e-9);
      expect(reach(m - 1, m - 1 - nodes.extra)).toBeGreaterThanOrEqual(CONTINUATION_MM - 1e-9);
    }
  }, 60_000);

  it('uses the engine’s own sensitivities on the sampled nodes and adds nothing when switched off', () => {
    const { engine, configured: c } = configured();
    const sealed = ecapConfigurationOf(engine, c, undefined, { continuationMm: 0 });
    const continued = ecapConfigurationOf(engine, c);
    const n = sealed.nodesPerFibre;
    const extra = (continued.nodesPerFibre - n) / 2;
    expect(n).toBe(c.thresholds.population.nodesPerFibre);
    for (let f = 0; f < sealed.fibreCount; f += 53) {
      expect(continued.excitationNode[f]).toBe(sealed.excitationNode[f]! + extra);
      for (let j = 0; j < n; j++)
        expect(continued.sensitivityMvPerMa[f * continued.nodesPerFibre + extra + j]).toBe(
          sealed.sensitivityMvPerMa[f * n + j],
        );
    }
  }, 60_000);

  it('gives a larger ECAP where the recording pair lies near the sampled fibre ends (tonic sample, supine)', () => {
    // The rostral recording contacts lie within a few mm of the recruited fibres' sampled ends
    // (scripts/investigate-ecap-size.ts §3): a sealed end there removes part of the volley the pair sees.
    const { engine, configured: c } = configured();
    const amplitude = 1.5 * c.perceptionThresholdMa!;
    const sealed = ecapAmplitudeAt(ecapConfigurationOf(engine, c, undefined, { continuationMm: 0 }), amplitude);
    const continued = ecapAmplitudeAt(ecapConfigurationOf(engine, c), amplitude);
    expect(continued).toBeGreaterThan(sealed);
  }, 60_000);
});
