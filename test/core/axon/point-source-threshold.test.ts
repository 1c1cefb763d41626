import { describe, expect, it } from 'vitest';
import {
  pointSourceNodeCount,
  pointSourceProfileMv,
  pointSourceThresholdMa,
  type PointSourceThresholdInput,
} from '../../../src-core/axon/point-source-threshold';
import { createMrgFibre } from '../../../src-core/axon/mrg-fibre';
import { findThresholdScale } from '../../../src-core/axon/threshold';
import { monophasicPulse } from '../../../src-core/axon/pulse-shape';
import { mm, sPerM, um, us } from '../../../src-core/units';

const base: PointSourceThresholdInput = {
  fibreDiameterUm: um(10),
  distanceMm: mm(1),
  pulseWidthUs: us(100),
  polarity: 'cathodic',
  waveform: 'monophasic',
};

describe('point-source threshold of a straight MRG fibre (the `scs-sim threshold` command)', () => {
  it('sizes the fibre from the distance: ≥ 10 internodes and ≥ 5·r (8·r for anodic) per side', () => {
    expect(pointSourceNodeCount(um(10), mm(1), 'cathodic', 'monophasic')).toBe(21);
    expect(pointSourceNodeCount(um(10), mm(4), 'cathodic', 'monophasic')).toBe(2 * Math.ceil(20 / 1.15) + 1);
    expect(pointSourceNodeCount(um(10), mm(4), 'anodic', 'monophasic')).toBe(2 * Math.ceil(32 / 1.15) + 1);
    expect(pointSourceNodeCount(um(10), mm(4), 'anodic', 'biphasic')).toBe(2 * Math.ceil(20 / 1.15) + 1);
  });

  it('puts the electrode over the centre node', () => {
    const fibre = createMrgFibre(um(10), { nodeCount: 21 });
    const ve = pointSourceProfileMv(fibre, mm(1), sPerM(0.2));
    const centre = fibre.layout.nodeCompartment[10]!;
    expect(ve[centre]).toBeCloseTo(397.887, 3);
    expect(Math.max(...ve)).toBe(ve[centre]);
  });

  it('returns a threshold in mA that scales with the conductivity of the medium', () => {
    const t02 = pointSourceThresholdMa({ ...base, dtUs: 2 })!;
    const t04 = pointSourceThresholdMa({ ...base, dtUs: 2, conductivitySPerM: sPerM(0.4) })!;
    expect(t02).toBeGreaterThan(0.05);
    expect(t02).toBeLessThan(0.5);
    expect(Math.abs(t04 / (2 * t02) - 1)).toBeLessThan(0.011);
  });

  it('is long enough that a fibre 1.5 times longer changes an anodic threshold by < 1 %', () => {
    const input: PointSourceThresholdInput = { ...base, distanceMm: mm(2), polarity: 'anodic', dtUs: 2 };
    const auto = pointSourceThresholdMa(input)!;
    const nodes = pointSourceNodeCount(um(10), mm(2), 'anodic', 'monophasic');
    const longer = createMrgFibre(um(10), { nodeCount: 2 * Math.round(0.75 * (nodes - 1)) + 1 });
    const r = findThresholdScale(
      longer,
      pointSourceProfileMv(longer, mm(2), sPerM(0.2)),
      monophasicPulse(us(100), 'anodic'),
      {
        initialScale: auto,
      },
    );
    if (!r.fired) throw new Error(r.reason);
    expect(Math.abs(r.thresholdScale / auto - 1)).toBeLessThan(0.01);
  });

  it('rejects a non-positive distance or conductivity', () => {
    expect(() => pointSourceThresholdMa({ ...base, distanceMm: mm(0) })).toThrow(RangeError);
    expect(() => pointSourceThresholdMa({ ...base, conductivitySPerM: sPerM(-1) })).toThrow(RangeError);
    expect(() => pointSourceThresholdMa({ ...base, fibreDiameterUm: um(40) })).toThrow(RangeError);
  });
});
