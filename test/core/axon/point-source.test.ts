import { describe, expect, it } from 'vitest';
import {
  pointSourceAlongLineMvInto,
  pointSourcePotentialMv,
  pointSourcePotentialsMvInto,
} from '../../../src-core/field/point-source';
import { mA, mm, sPerM } from '../../../src-core/units';

describe('point current source in an infinite homogeneous medium', () => {
  it('gives 397.9 mV at 1 mm from 1 mA in 0.2 S/m (hand computed: 1e-3 A / (4π · 0.2 S/m · 1e-3 m))', () => {
    expect(pointSourcePotentialMv(mA(1), mm(1), sPerM(0.2))).toBeCloseTo(397.887, 3);
  });

  it('falls off as 1/r and scales linearly with current and inversely with conductivity', () => {
    const v1 = pointSourcePotentialMv(mA(1), mm(1), sPerM(0.2));
    expect(pointSourcePotentialMv(mA(1), mm(2), sPerM(0.2))).toBeCloseTo(v1 / 2, 9);
    expect(pointSourcePotentialMv(mA(1), mm(10), sPerM(0.2))).toBeCloseTo(v1 / 10, 9);
    expect(pointSourcePotentialMv(mA(-3), mm(1), sPerM(0.2))).toBeCloseTo(-3 * v1, 9);
    expect(pointSourcePotentialMv(mA(1), mm(1), sPerM(0.4))).toBeCloseTo(v1 / 2, 9);
  });

  it('fills a typed array for many 3-D points, matching the scalar formula', () => {
    const points = Float64Array.of(0, 0, 1, 3, 4, 0, 1, 2, 2, -1, -2, -2);
    const out = pointSourcePotentialsMvInto(new Float64Array(4), points, 4, 0, 0, 0, 2, 0.3);
    const distances = [1, 5, 3, 3];
    distances.forEach((r, i) => expect(out[i]).toBeCloseTo(pointSourcePotentialMv(mA(2), mm(r), sPerM(0.3)), 9));
  });

  it('gives the same values along a straight line as the general 3-D kernel', () => {
    const axial = Float64Array.of(-2, -0.5, 0, 0.7, 3);
    const line = pointSourceAlongLineMvInto(new Float64Array(5), axial, 5, 0.2, 1.5, 1, 0.2);
    const pts = new Float64Array(15);
    axial.forEach((z, i) => pts.set([0, 0, z], 3 * i));
    const general = pointSourcePotentialsMvInto(new Float64Array(5), pts, 5, 1.5, 0, 0.2, 1, 0.2);
    for (let i = 0; i < 5; i += 1) expect(line[i]).toBeCloseTo(general[i]!, 12);
  });

  it('writes only the first n entries', () => {
    const out = new Float64Array(3).fill(7);
    pointSourceAlongLineMvInto(out, Float64Array.of(0, 0, 0), 2, 0, 1, 1, 0.2);
    expect(out[2]).toBe(7);
  });
});
