import { describe, expect, it } from 'vitest';
import { NOMINAL_ANATOMY, defaultCatalogue, mm, resolveImplant, type ResolvedImplant } from '../../../src-core';
import { buildFibrePopulation, DEFAULT_POPULATION_SIZE } from '../../../src-core/fibres/build';
import { cachedFibrePopulation, populationWindowKeyOf } from '../../../src-core/simulation/population-cache';

/** One 8-contact lead with its tip over T9 (+ `tipOffsetMm`), `lateralMm` off the midline. */
function lead(lateralMm: number, tipOffsetMm = 0, depthMm = 0): ResolvedImplant {
  const placement = {
    tip: { level: 'T9', offsetMm: mm(tipOffsetMm) },
    lateralMm: mm(lateralMm),
    depthMm: mm(depthMm),
    rotationDeg: 0,
  } as const;
  const resolved = resolveImplant(
    { ipgId: 'ipg-rechargeable-32', leads: [{ modelId: 'perc-8-3x4', placement }] },
    defaultCatalogue(),
  );
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.implant;
}

const keyOf = (implant: ResolvedImplant, posture: 'supine' | 'prone' = 'supine') =>
  populationWindowKeyOf(implant, NOMINAL_ANATOMY, posture, 1, DEFAULT_POPULATION_SIZE);

describe('the fibre population cache', () => {
  it('serves a lead moved sideways exactly the population a fresh build gives it, as a new object', () => {
    const before = cachedFibrePopulation(lead(0), NOMINAL_ANATOMY, 'supine', 1);
    const moved = lead(1.5);
    const served = cachedFibrePopulation(moved, NOMINAL_ANATOMY, 'supine', 1);
    const fresh = buildFibrePopulation(moved, NOMINAL_ANATOMY, 'supine', 1);
    expect(served).not.toBe(before);
    expect(served.nodeAxialMm).toBe(before.nodeAxialMm);
    expect(served.count).toBe(fresh.count);
    expect(Array.from(served.nodeLateralMm)).toEqual(Array.from(fresh.nodeLateralMm));
    expect(Array.from(served.nodeDorsalMm)).toEqual(Array.from(fresh.nodeDorsalMm));
    expect(Array.from(served.diameterUm)).toEqual(Array.from(fresh.diameterUm));
    expect(Array.from(served.nodeExcitable)).toEqual(Array.from(fresh.nodeExcitable));
  }, 60_000);

  it('keys a lead moved along the cord, a posture change or another seed apart, not a sideways or deeper lead', () => {
    const key = keyOf(lead(0));
    expect(keyOf(lead(2))).toBe(key);
    expect(keyOf(lead(0, 0, 0.5))).toBe(key);
    expect(keyOf(lead(0, 4))).not.toBe(key);
    expect(keyOf(lead(0), 'prone')).not.toBe(key);
    expect(populationWindowKeyOf(lead(0), NOMINAL_ANATOMY, 'supine', 2, DEFAULT_POPULATION_SIZE)).not.toBe(key);
  });

  it('gives a posture change its own population, not the cached one of the other posture', () => {
    const implant = lead(0);
    const supine = cachedFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 1);
    const prone = cachedFibrePopulation(implant, NOMINAL_ANATOMY, 'prone', 1);
    const fresh = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'prone', 1);
    expect(prone.nodeDorsalMm).not.toBe(supine.nodeDorsalMm);
    expect(Array.from(prone.nodeDorsalMm)).toEqual(Array.from(fresh.nodeDorsalMm));
  }, 60_000);
});
