import { describe, expect, it } from 'vitest';
import { contactPotentialInto } from '../../../src-core/field/contact-source';
import { layerStackFor } from '../../../src-core/field/layer-stack';
import { potentialAtInto } from '../../../src-core/field/unit-field-eval';
import type { UnitSourceField } from '../../../src-core/field/unit-source-field';
import { mm, sPerM } from '../../../src-core/units';
import { contactMv, paddleContact, ringContact, tableFor } from './helpers';

const percStack = layerStackFor({ dcsfMm: mm(3) });
const paddleStack = layerStackFor({ dcsfMm: mm(3) }, { insulatingPlaneMm: 0 });

/** Brute force: the mean of many unit point sources spread evenly over the contact (midpoint rule). */
function bruteForceMv(
  field: UnitSourceField,
  along: number,
  across: number,
  points: [number, number, number][],
  lengthMm: number,
  widthMm: number,
): number[] {
  const n = points.length;
  const sum = new Float64Array(n);
  const out = new Float64Array(n);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const zs = Float64Array.from(points, (p) => p[2]);
  for (let a = 0; a < along; a += 1) {
    for (let c = 0; c < across; c += 1) {
      const sy = -lengthMm / 2 + ((a + 0.5) * lengthMm) / along;
      const sx = across === 1 ? 0 : -widthMm / 2 + ((c + 0.5) * widthMm) / across;
      points.forEach((p, i) => {
        xs[i] = p[0] - sx;
        ys[i] = p[1] - sy;
      });
      potentialAtInto(out, field, xs, ys, zs, n);
      for (let i = 0; i < n; i += 1) sum[i]! += out[i]! / (along * across);
    }
  }
  return Array.from(sum);
}

const cordPoints: [number, number, number][] = [
  [0, 0, -0.5],
  [0, 0, -3.35],
  [1.5, 0.5, -3.3],
  [0, 2, -0.31],
  [0, 4, -4.5],
  [6, -3, -5],
  [0, 20, -3.4],
  [2, 0, 0.2],
  [0, 1.6, 0.675 - 1.2],
];

describe('ring contact as a line source on the lead axis', () => {
  const field = tableFor(percStack, 0.675);
  const ring = ringContact(0.675);

  it('equals the mean of 600 point sources along the contact (≤ 1e−4) from the fat to the cord', () => {
    const brute = bruteForceMv(field, 600, 1, cordPoints, 3, 0);
    cordPoints.forEach(([x, y, z], i) =>
      expect(Math.abs(contactMv(field, ring, x, y, z) / brute[i]! - 1)).toBeLessThan(1e-4),
    );
  });

  it('stays finite inside the lead, where it takes the value on the lead surface in the same radial direction', () => {
    const onAxis = contactMv(field, ring, 0, 0, 0.675);
    const ventralSurface = contactMv(field, ring, 0, 0, 0);
    expect(Number.isFinite(onAxis)).toBe(true);
    expect(onAxis).toBeCloseTo(ventralSurface, 9);
    expect(contactMv(field, ring, 0.2, 0.5, 0.675)).toBeCloseTo(contactMv(field, ring, 0.675, 0.5, 0.675), 9);
    expect(contactMv(field, ring, 0, 0.5, 0.4)).toBeGreaterThan(contactMv(field, ring, 0, 0.5, -0.3));
  });

  it('is translated with the contact (depends only on the offset from its centre)', () => {
    const moved = ringContact(0.675, 2.5, 190);
    expect(contactMv(field, moved, 2.5 + 1, 190 + 3, -3.4)).toBeCloseTo(contactMv(field, ring, 1, 3, -3.4), 12);
  });

  it('refuses a table built at another height', () => {
    expect(() => contactMv(field, ringContact(1.0), 0, 0, -3)).toThrow(RangeError);
  });
});

describe('paddle contact as a sheet on the insulating paddle face', () => {
  const field = tableFor(paddleStack, 0);
  const pad = paddleContact(0);
  const below: [number, number, number][] = [
    [0, 0, -0.6],
    [0, 0, -3.35],
    [1, 1.5, -3.3],
    [3, 0, -1],
    [0, 5, -4],
    [-4, -7, -6],
    [0.5, 2.5, -0.31],
  ];

  it('equals the mean of a 120 × 60 grid of point sources over its face (≤ 2e−4)', () => {
    const brute = bruteForceMv(field, 120, 60, below, 4, 2);
    below.forEach(([x, y, z], i) =>
      expect(Math.abs(contactMv(field, pad, x, y, z) / brute[i]! - 1)).toBeLessThan(2e-4),
    );
  });

  it('is finite on its own face and highest there', () => {
    const face = contactMv(field, pad, 0, 0, 0);
    expect(Number.isFinite(face)).toBe(true);
    expect(face).toBeGreaterThan(contactMv(field, pad, 0, 0, -0.2));
  });

  it('rotated by 180° is unchanged, and by 90° swaps lateral and axial when the whole stack is isotropic', () => {
    const half = paddleContact(0, 0, 0, 180);
    for (const [x, y, z] of below)
      expect(contactMv(field, half, x, y, z)).toBeCloseTo(contactMv(field, pad, x, y, z), 9);
    const isoStack = layerStackFor(
      { dcsfMm: mm(3) },
      { insulatingPlaneMm: 0, conductivities: { whiteMatterAxial: sPerM(0.083) } },
    );
    const isoField = tableFor(isoStack, 0);
    const turned = paddleContact(0, 0, 0, 90);
    for (const [x, y, z] of below)
      expect(contactMv(isoField, turned, y, x, z)).toBeCloseTo(contactMv(isoField, pad, x, y, z), 9);
  });

  it('turned 90° in the real (anisotropic) stack differs from the swapped unrotated field: the cord is not isotropic', () => {
    const turned = paddleContact(0, 0, 0, 90);
    expect(Math.abs(contactMv(field, turned, 0, 3, -3.4) - contactMv(field, pad, 3, 0, -3.4))).toBeGreaterThan(1e-3);
  });
});

describe('contact kernel', () => {
  it('writes only the first n entries and is deterministic', () => {
    const field = tableFor(percStack, 0.675);
    const xs = Float64Array.of(0, 1, 2);
    const a = contactPotentialInto(
      new Float64Array(4).fill(7),
      field,
      ringContact(),
      xs,
      xs,
      Float64Array.of(-3.4, -3.4, -3.4),
      3,
    );
    const b = contactPotentialInto(
      new Float64Array(4).fill(7),
      field,
      ringContact(),
      xs,
      xs,
      Float64Array.of(-3.4, -3.4, -3.4),
      3,
    );
    expect(a[3]).toBe(7);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
