/**
 * Grid convergence at fibre-like points of the thoracic canal: the potential and the axial second difference
 * (the activating function's driving term) 0.1–0.5 mm inside the cord surface, under and 3 mm lateral to a
 * midline lead, for grids refined ×1, ×1.5, ×2 in every cell size.
 */
import { describe, expect, it } from 'vitest';
import { buildSectionField, cordSurfaceDorsalMm } from '../../../../src-core/field/section/index';
import { axialSecondDifference, LEAD_ON_DURA_MM, MIDLINE_CONTACT, sectionMv, thoracicSection } from './helpers';

describe('grid convergence', () => {
  it('changes V and ∂²V/∂y² at fibre points by < 1.5 % between the two finest grids', () => {
    const section = thoracicSection();
    const contact = MIDLINE_CONTACT;
    const points: [number, number][] = [];
    for (const x of [0, 3]) for (const depth of [0.1, 0.5]) points.push([x, cordSurfaceDorsalMm(section, x) - depth]);
    const results = [1, 1.5, 2].map((gridScale) => {
      const field = buildSectionField(
        section,
        { sourceLateralMm: 0, sourceDorsalMm: LEAD_ON_DURA_MM, contactLengthsMm: [3] },
        { gridScale },
      );
      const v = (x: number, y: number, z: number) => sectionMv(field, contact, x, y, z);
      return points.map(([x, z]) => ({
        potential: v(x, 0, z),
        secondDifference: axialSecondDifference(v, x, 0, z, 0.5),
      }));
    });
    const change = (a: number, b: number) => Math.abs(a / b - 1);
    const report = points.map(([x, z], p) => {
      const [coarse, medium, fine] = [results[0]![p]!, results[1]![p]!, results[2]![p]!];
      return {
        x,
        z: Number(z.toFixed(2)),
        vChanges: [change(coarse.potential, fine.potential), change(medium.potential, fine.potential)],
        d2Changes: [
          change(coarse.secondDifference, fine.secondDifference),
          change(medium.secondDifference, fine.secondDifference),
        ],
      };
    });
    console.info(`grid convergence (×1 vs ×2, ×1.5 vs ×2): ${JSON.stringify(report)}`);
    for (const r of report) {
      expect(r.vChanges[1]).toBeLessThan(0.015);
      expect(r.d2Changes[1]).toBeLessThan(0.015);
    }
  }, 600_000);
});
