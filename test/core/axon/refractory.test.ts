import { describe, expect, it } from 'vitest';
import { createMrgFibre } from '../../../src-core/axon/mrg-fibre';
import { REFRACTORY_DISTANCE_MM, REFRACTORY_NODE_COUNT, refractoryPeriodMs } from '../../../src-core/axon/refractory';
import { REFRACTORY_PERIOD_TABLE } from '../../../src-core/axon/refractory-table';
import { sPerM, um } from '../../../src-core/units';

describe('the MRG refractory period', () => {
  it('matches the generated table (re-run tools/axon/measure-refractory.ts when the solver changes)', () => {
    for (const diameter of [5.7, 12.8]) {
      const fibre = createMrgFibre(um(diameter), { nodeCount: REFRACTORY_NODE_COUNT });
      const measured = refractoryPeriodMs(fibre, REFRACTORY_DISTANCE_MM, sPerM(0.2));
      const tabled = REFRACTORY_PERIOD_TABLE.find(([d]) => d === diameter)![1];
      expect(measured).toBeCloseTo(tabled, 3);
    }
  }, 60_000);

  it('is of the order of 1 ms, as for mammalian myelinated axons at body temperature (textbook order, e.g. Paintal 1966)', () => {
    for (const [, periodMs] of REFRACTORY_PERIOD_TABLE) {
      expect(periodMs).toBeGreaterThan(0.5);
      expect(periodMs).toBeLessThan(2);
    }
  });
});
