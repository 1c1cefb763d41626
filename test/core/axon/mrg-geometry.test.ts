import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompartmentKind, MRG_TABLE_RANGE_UM, mrgGeometry, mrgLayout } from '../../../src-core/axon/mrg-geometry';
import { um } from '../../../src-core/units';

describe('MRG geometry per fibre diameter', () => {
  it('matches the MRG 2002 table row for a 10 µm fibre', () => {
    const g = mrgGeometry(um(10));
    expect(g.internodeLengthUm).toBe(1150);
    expect(g.nodeDiameterUm).toBe(3.3);
    expect(g.axonDiameterUm).toBe(6.9);
    expect(g.flutLengthUm).toBe(46);
    expect(g.lamellae).toBe(120);
    expect(g.nodeLengthUm).toBe(1);
    expect(g.mysaLengthUm).toBe(3);
    // STIN length = (Δx − node − 2·MYSA − 2·FLUT) / 6
    expect(g.stinLengthUm).toBeCloseTo((1150 - 1 - 6 - 92) / 6, 12);
  });

  it('matches the MRG 2002 table row for a 12.8 µm fibre', () => {
    const g = mrgGeometry(um(12.8));
    expect(g.internodeLengthUm).toBe(1350);
    expect(g.nodeDiameterUm).toBe(4.2);
    expect(g.axonDiameterUm).toBe(9.2);
    expect(g.flutLengthUm).toBe(54);
    expect(g.lamellae).toBe(135);
    expect(g.stinLengthUm).toBeCloseTo((1350 - 1 - 6 - 108) / 6, 12);
  });

  it('interpolates between rows monotonically: every dimension grows with the fibre diameter', () => {
    fc.assert(
      fc.property(
        fc.double({ min: MRG_TABLE_RANGE_UM.min, max: MRG_TABLE_RANGE_UM.max, noNaN: true }),
        fc.double({ min: MRG_TABLE_RANGE_UM.min, max: MRG_TABLE_RANGE_UM.max, noNaN: true }),
        (a, b) => {
          const [d1, d2] = a < b ? [a, b] : [b, a];
          const g1 = mrgGeometry(um(d1));
          const g2 = mrgGeometry(um(d2));
          for (const key of [
            'internodeLengthUm',
            'nodeDiameterUm',
            'axonDiameterUm',
            'flutLengthUm',
            'lamellae',
          ] as const) {
            expect(g2[key]).toBeGreaterThanOrEqual(g1[key]);
          }
          expect(g1.stinLengthUm).toBeGreaterThan(0);
        },
      ),
      { seed: 20020301, numRuns: 200 },
    );
  });

  it('lies between the neighbouring rows for an untabulated diameter (11 µm between 10 and 11.5)', () => {
    const g = mrgGeometry(um(11));
    expect(g.internodeLengthUm).toBeGreaterThan(1150);
    expect(g.internodeLengthUm).toBeLessThan(1250);
    expect(g.internodeLengthUm).toBeCloseTo(1150 + (2 / 3) * 100, 9);
  });

  it('uses the ASCENT quadratic fits on request (Δx = −8.215·D² + 272.4·D − 780.2)', () => {
    const g = mrgGeometry(um(10), 'ascent-fit');
    expect(g.internodeLengthUm).toBeCloseTo(-821.5 + 2724 - 780.2, 9);
    expect(g.flutLengthUm).toBeCloseTo(-16.52 + 63.54 - 0.2862, 9);
  });

  it('rejects diameters outside the tabulated range', () => {
    expect(() => mrgGeometry(um(4))).toThrow(RangeError);
    expect(() => mrgGeometry(um(20))).toThrow(RangeError);
    expect(() => mrgGeometry(um(Number.NaN))).toThrow(RangeError);
  });
});

describe('MRG compartment layout', () => {
  it('has the MRGaxon.hoc topology: 21 nodes, 40 MYSA, 40 FLUT, 120 STIN', () => {
    const layout = mrgLayout(mrgGeometry(um(10)), 21);
    const count = (kind: number): number => layout.kind.filter((k) => k === kind).length;
    expect(layout.compartmentCount).toBe(221);
    expect(count(CompartmentKind.Node)).toBe(21);
    expect(count(CompartmentKind.Mysa)).toBe(40);
    expect(count(CompartmentKind.Flut)).toBe(40);
    expect(count(CompartmentKind.Stin)).toBe(120);
  });

  it('places node i at i × Δx (mm), node 0 at 0, compartment centres strictly increasing', () => {
    const g = mrgGeometry(um(12.8));
    const layout = mrgLayout(g, 5);
    for (let i = 0; i < 5; i += 1) {
      expect(layout.positionMm[layout.nodeCompartment[i]!]).toBeCloseTo((i * g.internodeLengthUm) / 1000, 9);
    }
    for (let k = 1; k < layout.compartmentCount; k += 1) {
      expect(layout.positionMm[k]!).toBeGreaterThan(layout.positionMm[k - 1]!);
    }
    // MYSA next to node 0: centre at 0.5 µm + 1.5 µm.
    expect(layout.positionMm[1]).toBeCloseTo(0.002, 12);
  });

  it('rejects fewer than two nodes', () => {
    expect(() => mrgLayout(mrgGeometry(um(10)), 1)).toThrow(RangeError);
  });
});
