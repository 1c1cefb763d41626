import { describe, expect, it } from 'vitest';
import {
  NOMINAL_ANATOMY,
  canalSectionAt,
  defaultCatalogue,
  mm,
  resolveImplant,
  type VertebralLevel,
} from '../../../src-core';
import { segmentSpan, type CordSegment } from '../../../src-core/anatomy/cord-segments';
import { buildFibrePopulation } from '../../../src-core/fibres/build';
import { cordTopDorsalMm, surfaceDropMm } from '../../../src-core/fibres/cord-surface';
import { fractionInSimulatedRange, sampleWeightedDiameterUm } from '../../../src-core/fibres/diameters';
import { seededRandom, stratifiedUniforms } from '../../../src-core/fibres/random';
import type { FibrePopulation } from '../../../src-core/fibres/population';

function populationAt(level: VertebralLevel, seed = 1): { population: FibrePopulation; centreMm: number } {
  const resolved = resolveImplant(
    {
      ipgId: 'ipg-rechargeable-32',
      leads: [
        {
          modelId: 'perc-8-3x4',
          placement: { tip: { level, offsetMm: mm(0) }, lateralMm: mm(0), depthMm: mm(0), rotationDeg: 0 },
        },
      ],
    },
    defaultCatalogue(),
  );
  if (!resolved.ok) throw new Error(resolved.error);
  const axial = resolved.implant.contacts.map((c) => c.centre.axialMm as number);
  const centreMm = (Math.min(...axial) + Math.max(...axial)) / 2;
  return { population: buildFibrePopulation(resolved.implant, NOMINAL_ANATOMY, 'supine', seed), centreMm };
}

/** Weighted mean of a per-fibre quantity over the dorsal-column fibres carrying one of `dermatomes`. */
function weightedMean(p: FibrePopulation, dermatomes: readonly string[], value: (f: number) => number): number {
  let sum = 0;
  let weight = 0;
  for (let f = 0; f < p.count; f++) {
    if (p.kind[f] !== 'dorsalColumn' || !dermatomes.includes(p.dermatome[f]!)) continue;
    sum += p.weight[f]! * value(f);
    weight += p.weight[f]!;
  }
  return sum / weight;
}

describe('dorsal-column somatotopy by level (Smith & Deacon 1984; Feirabend 2002)', () => {
  it('puts fibres from far below the lead deeper and makes them thinner than fibres entering just below it', () => {
    const { population: p, centreMm } = populationAt('T8');
    const section = canalSectionAt(mm(centreMm), 'supine', NOMINAL_ANATOMY);
    const depthBelowSurface = (f: number) => {
      const node = f * p.nodesPerFibre;
      const offset = Math.abs(p.nodeLateralMm[node]! - section.cordLateralOffsetMm);
      return cordTopDorsalMm(section) - surfaceDropMm(section, offset) - p.nodeDorsalMm[node]!;
    };
    const near = ['T10', 'T11', 'T12']; // the segments under and just below a T8 lead
    const far = ['S1', 'S2', 'S3', 'S4', 'S5'];
    expect(weightedMean(p, far, depthBelowSurface)).toBeGreaterThan(weightedMean(p, near, depthBelowSurface) + 0.2);
    expect(weightedMean(p, far, (f) => p.diameterUm[f]!)).toBeLessThan(weightedMean(p, near, (f) => p.diameterUm[f]!));
  });

  it('makes the large fibres at a cervical level mostly cervical, not the long-ascending leg fibres', () => {
    const { population: p } = populationAt('C4');
    let cervical = 0;
    let lumbosacral = 0;
    for (let f = 0; f < p.count; f++) {
      if (p.kind[f] !== 'dorsalColumn' || p.diameterUm[f]! < 10) continue;
      const dermatome = p.dermatome[f]!;
      if (/^C/.test(dermatome)) cervical += p.weight[f]!;
      if (/^[LS]/.test(dermatome)) lumbosacral += p.weight[f]!;
    }
    expect(cervical).toBeGreaterThan(3 * lumbosacral);
  });

  it('lets a column fibre exist only rostral of where it entered: caudal of that it is still in its root', () => {
    const { population: p, centreMm } = populationAt('T10');
    let entering = 0;
    for (let f = 0; f < p.count; f++) {
      if (p.kind[f] !== 'dorsalColumn') continue;
      const first = f * p.nodesPerFibre;
      const span = segmentSpan(p.dermatome[f] as CordSegment, NOMINAL_ANATOMY);
      for (let i = 0; i < p.nodesPerFibre; i++) {
        const axial = p.nodeAxialMm[first + i]!;
        // Axial grows caudally: nodes below the segment's entry zone are never sites of excitation.
        if (axial > span.endMm) expect(p.nodeExcitable[first + i]).toBe(0);
        if (axial < Math.max(span.startMm, centreMm)) expect(p.nodeExcitable[first + i]).toBe(1);
      }
      if (span.endMm < p.nodeAxialMm[first + p.nodesPerFibre - 1]!) entering++;
    }
    expect(entering).toBeGreaterThan(0); // the lead's own segments enter within the fibres' span
  });
});

describe('sampling that makes thresholds rest on many fibres', () => {
  it('weights log-uniform diameter draws back to the log-normal population (unbiased counts)', () => {
    const next = seededRandom(5);
    const [median, sigma] = [3, 0.494];
    let above = 0;
    const draws = 40_000;
    for (let i = 0; i < draws; i++) {
      const d = sampleWeightedDiameterUm(next, median, sigma);
      if (d.diameterUm > 10.7) above += d.weightFactor;
    }
    // Exact share of in-range fibres above 10.7 µm for the log-normal (Feirabend 2002's 0.5 % of all fibres).
    const inRange = fractionInSimulatedRange(median, sigma);
    const expected = (inRange - inRangeBelow(10.7, median, sigma)) / inRange;
    expect(above / draws).toBeCloseTo(expected, 2);
    expect(expected).toBeGreaterThan(0.03);
  });

  it('draws one uniform in each stratum, in random order', () => {
    const draws = stratifiedUniforms(50, seededRandom(3));
    expect(draws.map((u) => Math.floor(u * 50)).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(draws.map((u) => Math.floor(u * 50))).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});

/** Share of all fibres between the simulated minimum and `d` (log-normal), by numerical integration. */
function inRangeBelow(d: number, median: number, sigma: number): number {
  const steps = 20_000;
  const [a, b] = [Math.log(5.7), Math.log(d)];
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const x = a + ((i + 0.5) * (b - a)) / steps;
    const z = (x - Math.log(median)) / sigma;
    sum += Math.exp(-(z * z) / 2) / (sigma * Math.sqrt(2 * Math.PI));
  }
  return (sum * (b - a)) / steps;
}
