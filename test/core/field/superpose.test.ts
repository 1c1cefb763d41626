import { describe, expect, it } from 'vitest';
import { layerStackFor } from '../../../src-core/field/layer-stack';
import { contactFieldsInto, currentsFromFractionsInto, superposeInto } from '../../../src-core/field/superpose';
import { mm } from '../../../src-core/units';
import { contactMv, lineOfPoints, ringContact, tableFor } from './helpers';

const field = tableFor(layerStackFor({ dcsfMm: mm(3.2) }), 0.675);
const contacts = [ringContact(0.675, 0, 0), ringContact(0.675, 0, 7), ringContact(0.675, 0, 14)];
const line = lineOfPoints('axial', 25, 101, -3.6);
const n = 101;
const unit = contactFieldsInto(
  new Float64Array(3 * n),
  () => field,
  contacts,
  line.lateral,
  line.axial,
  line.dorsal,
  n,
);

describe('superposition of contact unit fields', () => {
  it('fills one row per contact, equal to that contact on its own', () => {
    for (let c = 0; c < 3; c += 1) {
      for (const i of [0, 37, 100])
        expect(unit[c * n + i]).toBeCloseTo(contactMv(field, contacts[c]!, 0, line.axial[i]!, -3.6), 12);
    }
  });

  it("gives a bipole's field as the difference of the two monopoles", () => {
    const bipole = superposeInto(new Float64Array(n), unit, Float64Array.of(1, -1, 0), 3, n);
    for (let i = 0; i < n; i += 1) expect(bipole[i]).toBeCloseTo(unit[i]! - unit[n + i]!, 12);
  });

  it('scales linearly with current (2.5× the amplitude, 2.5× the potential)', () => {
    const a = superposeInto(new Float64Array(n), unit, Float64Array.of(0.5, -1, 0.5), 3, n);
    const b = superposeInto(new Float64Array(n), unit, Float64Array.of(1.25, -2.5, 1.25), 3, n);
    for (let i = 0; i < n; i += 1) expect(b[i]).toBeCloseTo(2.5 * a[i]!, 10);
  });

  it('makes the tissue potential negative next to a cathode (current < 0)', () => {
    const cathode = superposeInto(new Float64Array(n), unit, Float64Array.of(0, -1, 0), 3, n);
    const under = line.axial.findIndex((y) => Math.abs(y - 7) < 1e-9);
    expect(cathode[under]).toBeLessThan(0);
    expect(Math.min(...cathode)).toBe(cathode[under]);
  });

  it('turns signed percentage fractions into currents (guarded cathode 50 / −100 / 50 at 4 mA)', () => {
    expect(Array.from(currentsFromFractionsInto(new Float64Array(3), 4, Float64Array.of(50, -100, 50), 3))).toEqual([
      2, -4, 2,
    ]);
  });

  it('writes only the first n entries', () => {
    const out = new Float64Array(n + 1).fill(9);
    superposeInto(out, unit, Float64Array.of(1, 0, 0), 3, n);
    expect(out[n]).toBe(9);
  });
});
