import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactPotentialInto } from '../../../src-core/field/contact-source';
import { layerStackFor } from '../../../src-core/field/layer-stack';
import { buildUnitSourceField } from '../../../src-core/field/unit-source-field';
import { potentialAtInto } from '../../../src-core/field/unit-field-eval';
import { mm } from '../../../src-core/units';
import { paddleContact, pointMv, ringContact, tableFor } from './helpers';

const stack = layerStackFor({ dcsfMm: mm(3) });
const field = tableFor(stack, 0.675);
const paddleField = tableFor(layerStackFor({ dcsfMm: mm(3) }, { insulatingPlaneMm: 0 }), 0);
const coordinate = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });

describe('unit-source field properties (fast-check, fixed seeds)', () => {
  it('is finite and positive near, but not at, the source (1 µm to 0.5 mm away, any direction)', () => {
    fc.assert(
      fc.property(coordinate(1e-3, 0.5), coordinate(0, Math.PI), coordinate(0, 2 * Math.PI), (r, polar, azimuth) => {
        const v = pointMv(
          field,
          r * Math.sin(polar) * Math.cos(azimuth),
          r * Math.sin(polar) * Math.sin(azimuth),
          0.675 + r * Math.cos(polar),
        );
        return Number.isFinite(v) && v > 0;
      }),
      { seed: 20250101, numRuns: 300 },
    );
  });

  it('is mirror-symmetric left–right and rostro-caudally, and deterministic', () => {
    fc.assert(
      fc.property(coordinate(-60, 60), coordinate(-90, 90), coordinate(-16, 5), (x, y, z) => {
        const v = pointMv(field, x, y, z);
        return (
          Number.isFinite(v) &&
          Math.abs(pointMv(field, -x, y, z) - v) <= 1e-12 * Math.abs(v) &&
          Math.abs(pointMv(field, x, -y, z) - v) <= 1e-12 * Math.abs(v) &&
          pointMv(field, x, y, z) === v
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never gives NaN or Infinity for ring and paddle contacts, on or near the contact included', () => {
    const ring = ringContact(0.675);
    const pad = paddleContact(0);
    fc.assert(
      fc.property(coordinate(-4, 4), coordinate(-4, 4), coordinate(-7, 1.5), (x, y, z) => {
        const a = contactPotentialInto(
          new Float64Array(1),
          field,
          ring,
          Float64Array.of(x),
          Float64Array.of(y),
          Float64Array.of(z),
          1,
        )[0]!;
        const b = contactPotentialInto(
          new Float64Array(1),
          paddleField,
          pad,
          Float64Array.of(x),
          Float64Array.of(y),
          Float64Array.of(Math.min(z, 0)),
          1,
        )[0]!;
        return Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0;
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('is reciprocal across layers: V of a source in the fat at a point in the white matter = V of a source there at the fat point', () => {
    const inWhiteMatter = -4.5;
    const fromFat = tableFor(stack, 0.675, { dorsalLimitMm: 2 });
    const fromCord = tableFor(stack, inWhiteMatter, { dorsalLimitMm: 2 });
    for (const [x, y] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [2, 3],
      [5, -1],
      [0, 12],
      [9, 9],
    ] as const) {
      const a = pointMv(fromFat, x, y, inWhiteMatter);
      const b = pointMv(fromCord, x, y, 0.675);
      expect(Math.abs(a / b - 1)).toBeLessThan(2e-4);
    }
  });

  it('is identical when rebuilt from the same inputs', () => {
    const again = buildUnitSourceField(stack, 0.675);
    const xs = Float64Array.of(0, 1, 5, 20);
    const zs = Float64Array.of(-3.4, -0.2, -6, -10);
    expect(Array.from(potentialAtInto(new Float64Array(4), again, xs, xs, zs, 4))).toEqual(
      Array.from(potentialAtInto(new Float64Array(4), field, xs, xs, zs, 4)),
    );
  });
});
