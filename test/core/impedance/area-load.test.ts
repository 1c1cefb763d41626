import { describe, expect, it } from 'vitest';
import { buildImpedanceModel, pairImpedanceOhm, solveAreaLoad } from '../../../src-core/impedance';
import { makeImplant } from '../helpers/device-builders';

describe('solveAreaLoad', () => {
  const model = buildImpedanceModel(makeImplant());
  const bipole = [
    { electrode: 3, currentMa: -5 },
    { electrode: 4, currentMa: 5 },
  ] as const;

  it('needs I·Z across a bipole and dissipates I²·Z in the tissue', () => {
    const load = solveAreaLoad(model, bipole, 'independent');
    const z = pairImpedanceOhm(model, 3, 4);
    expect(load.requiredVoltageV).toBeCloseTo((5 * z) / 1000, 9);
    expect(load.tissuePowerMw).toBeCloseTo((25 * z) / 1000, 9);
    expect(load.tissueCurrents).toEqual(bipole);
  });

  it('needs I·Z for a monopole against the case too', () => {
    const load = solveAreaLoad(
      model,
      [
        { electrode: 3, currentMa: -4 },
        { electrode: 'case', currentMa: 4 },
      ],
      'independent',
    );
    expect(load.requiredVoltageV).toBeCloseTo((4 * pairImpedanceOhm(model, 3, 'case')) / 1000, 9);
  });

  it('reports an open driven electrode as infinite voltage and power, naming it', () => {
    const load = solveAreaLoad(
      buildImpedanceModel(makeImplant(), [{ kind: 'open', contact: 3 }]),
      bipole,
      'independent',
    );
    expect(load.requiredVoltageV).toBe(Number.POSITIVE_INFINITY);
    expect(load.tissuePowerMw).toBe(Number.POSITIVE_INFINITY);
    expect(load.openElectrodes).toEqual([3]);
  });

  it('spreads a driven contact’s current over a contact shorted to it, by conductance', () => {
    const load = solveAreaLoad(
      buildImpedanceModel(makeImplant(), [{ kind: 'short', contacts: [3, 2] }]),
      bipole,
      'independent',
    );
    expect(load.tissueCurrents).toEqual([
      { electrode: 2, currentMa: -2.5 },
      { electrode: 3, currentMa: -2.5 },
      { electrode: 4, currentMa: 5 },
    ]);
  });

  it('flags a cathode shorted to an anode: the current bypasses the tissue', () => {
    const load = solveAreaLoad(
      buildImpedanceModel(makeImplant(), [{ kind: 'short', contacts: [3, 4] }]),
      bipole,
      'independent',
    );
    expect(load.shortAcrossPolarity).toBe(true);
    expect(load.tissueCurrents).toEqual([]);
    expect(load.requiredVoltageV).toBe(0);
  });

  it('on a single source divides same-polarity current by conductance, whatever was asked', () => {
    const implant = makeImplant({
      ipg: { currentSources: 'single' },
      leads: [{}, { modelId: 'paddle-2x8', lateralMm: 15 }],
    });
    const single = buildImpedanceModel(implant);
    const ring = single.healthyAccessOhm[3]!;
    const paddle = single.healthyAccessOhm[8]!;
    const load = solveAreaLoad(
      single,
      [
        { electrode: 3, currentMa: -2.5 },
        { electrode: 8, currentMa: -2.5 },
        { electrode: 'case', currentMa: 5 },
      ],
      'single',
    );
    const ringShare = paddle / (ring + paddle);
    expect(load.tissueCurrents[0]).toEqual({ electrode: 3, currentMa: expect.closeTo(-5 * ringShare, 9) as number });
    expect(load.tissueCurrents[1]).toEqual({
      electrode: 8,
      currentMa: expect.closeTo(-5 * (1 - ringShare), 9) as number,
    });
    expect(ringShare).toBeGreaterThan(0.6); // the ring (≈ 690 Ω) takes about two-thirds against the paddle contact (≈ 1420 Ω)
  });

  it('on a single source sends all the current through the healthy cathode when the other is open', () => {
    const implant = makeImplant({ ipg: { currentSources: 'single' } });
    const load = solveAreaLoad(
      buildImpedanceModel(implant, [{ kind: 'open', contact: 2 }]),
      [
        { electrode: 2, currentMa: -2 },
        { electrode: 3, currentMa: -2 },
        { electrode: 4, currentMa: 4 },
      ],
      'single',
    );
    expect(load.openElectrodes).toEqual([]);
    expect(load.tissueCurrents).toEqual([
      { electrode: 3, currentMa: -4 },
      { electrode: 4, currentMa: 4 },
    ]);
  });

  it('needs no voltage and no power at zero current', () => {
    const load = solveAreaLoad(
      model,
      [
        { electrode: 3, currentMa: 0 },
        { electrode: 4, currentMa: 0 },
      ],
      'independent',
    );
    expect(load).toMatchObject({ requiredVoltageV: 0, tissuePowerMw: 0, tissueCurrents: [] });
  });
});
