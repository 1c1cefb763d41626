import { describe, expect, it } from 'vitest';
import {
  alphaH,
  alphaM,
  alphaMp,
  alphaS,
  betaH,
  betaM,
  betaMp,
  betaS,
  nodeIonicCurrentMaPerCm2,
  nodeSteadyStateGates,
} from '../../../src-core/axon/mrg-channels';

const rates = [alphaMp, betaMp, alphaM, betaM, alphaH, betaH, alphaS, betaS];

describe('MRG nodal channel kinetics (AXNODE.mod at 37 °C)', () => {
  it('has finite, non-negative rates from −300 to +300 mV, including the removable singularities', () => {
    const singular = [-27, -34, -21.4, -25.7, -114];
    const voltages = [...singular, ...Array.from({ length: 601 }, (_, i) => -300 + i)];
    for (const v of voltages) {
      for (const rate of rates) {
        const r = rate(v);
        expect(Number.isFinite(r)).toBe(true);
        expect(r).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('is continuous across the removable singularities (limit value = A·C)', () => {
    const eps = 1e-3;
    const midpoint = (f: (v: number) => number, v: number): number => (f(v - eps) + f(v + eps)) / 2;
    expect(alphaM(-21.4)).toBeCloseTo(midpoint(alphaM, -21.4), 6);
    expect(betaM(-25.7)).toBeCloseTo(midpoint(betaM, -25.7), 6);
    expect(alphaH(-114)).toBeCloseTo(midpoint(alphaH, -114), 6);
    expect(alphaMp(-27)).toBeCloseTo(midpoint(alphaMp, -27), 6);
    expect(betaMp(-34)).toBeCloseTo(midpoint(betaMp, -34), 6);
  });

  it('activates Na with depolarisation and inactivates it (m∞ rises, h∞ falls)', () => {
    const rest = nodeSteadyStateGates(-80);
    const depolarised = nodeSteadyStateGates(-40);
    expect(depolarised.m).toBeGreaterThan(rest.m);
    expect(depolarised.mp).toBeGreaterThan(rest.mp);
    expect(depolarised.h).toBeLessThan(rest.h);
    expect(depolarised.s).toBeGreaterThan(rest.s);
    for (const g of [rest, depolarised]) for (const x of Object.values(g)) expect(x).toBeGreaterThan(0);
  });

  it('carries almost no net current at −80 mV with steady-state gates (the MRG resting potential)', () => {
    const i = nodeIonicCurrentMaPerCm2(-80, nodeSteadyStateGates(-80));
    // Leak alone at −80 mV would carry 0.007 S/cm² × 10 mV = 0.07 mA/cm²; the net is two orders smaller.
    expect(Math.abs(i)).toBeLessThan(0.005);
    // Just above rest the steady-state current is inward (regenerative window of the persistent and
    // fast Na currents); just below rest it is outward.
    expect(nodeIonicCurrentMaPerCm2(-70, nodeSteadyStateGates(-70))).toBeLessThan(0);
    expect(nodeIonicCurrentMaPerCm2(-85, nodeSteadyStateGates(-85))).toBeGreaterThan(0);
  });
});
