import { describe, expect, it } from 'vitest';
import { buildImpedanceModel, solveAreaLoad } from '../../../src-core/impedance';
import { makeImplant } from '../helpers/device-builders';

describe('solveAreaLoad with currents no device makes', () => {
  const model = buildImpedanceModel(makeImplant());
  const bipoleOf = (currentMa: number) => [
    { electrode: 3, currentMa: -currentMa },
    { electrode: 4, currentMa },
  ];

  it('reports an overflowing voltage as not computable (NaN), never as 0 V', () => {
    const load = solveAreaLoad(model, bipoleOf(1e308), 'independent');
    expect(load.requiredVoltageV).toBeNaN();
    expect(load.tissuePowerMw).toBeNaN();
  });

  it('still needs 0 V when nothing is driven', () => {
    expect(solveAreaLoad(model, bipoleOf(0), 'independent').requiredVoltageV).toBe(0);
  });
});
