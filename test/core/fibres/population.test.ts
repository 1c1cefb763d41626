import { describe, expect, it } from 'vitest';
import { NOMINAL_ANATOMY, axialMmOf, canalSectionAt, defaultCatalogue, mm, resolveImplant } from '../../../src-core';
import { cordTopDorsalMm } from '../../../src-core/fibres/cord-surface';
import { rootletPath } from '../../../src-core/fibres/dorsal-root';
import { buildFibrePopulation } from '../../../src-core/fibres/build';
import { laminationAt } from '../../../src-core/fibres/dorsal-column';
import { seededRandom } from '../../../src-core/fibres/random';

const resolved = resolveImplant(
  {
    ipgId: 'ipg-rechargeable-32',
    leads: [
      {
        modelId: 'perc-8-3x4',
        placement: { tip: { level: 'T8', offsetMm: mm(0) }, lateralMm: mm(0), depthMm: mm(0), rotationDeg: 0 },
      },
    ],
  },
  defaultCatalogue(),
);
if (!resolved.ok) throw new Error(resolved.error);
const implant = resolved.implant;

describe('the fibre population', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 7);
    const b = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 7);
    const c = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 8);
    expect(a.diameterUm).toEqual(b.diameterUm);
    expect(a.nodeAxialMm).toEqual(b.nodeAxialMm);
    expect(a.diameterUm).not.toEqual(c.diameterUm);
  });

  it('keeps every diameter within the MRG table and every coordinate finite', () => {
    const p = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 1);
    expect(Math.min(...p.diameterUm)).toBeGreaterThanOrEqual(5.7);
    expect(Math.max(...p.diameterUm)).toBeLessThanOrEqual(16);
    expect([...p.nodeAxialMm, ...p.nodeLateralMm, ...p.nodeDorsalMm].every(Number.isFinite)).toBe(true);
  });

  it('lays caudal dermatomes medially and the segments below the lead laterally (Werner & Whitsel 1967)', () => {
    const p = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 1);
    const meanOffset = (dermatomes: string[]) => {
      const offsets: number[] = [];
      for (let f = 0; f < p.count; f++) {
        if (p.kind[f] === 'dorsalColumn' && dermatomes.includes(p.dermatome[f]!))
          offsets.push(Math.abs(p.nodeLateralMm[f * p.nodesPerFibre]!));
      }
      return offsets.reduce((a, b) => a + b, 0) / offsets.length;
    };
    expect(meanOffset(['S3', 'S4', 'S5'])).toBeLessThan(meanOffset(['L5', 'S1']));
    expect(meanOffset(['L5', 'S1'])).toBeLessThan(meanOffset(['T11', 'T12']));
  });

  it('places left-side fibres to the left of the cord midline', () => {
    const p = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 1);
    for (let f = 0; f < p.count; f++) {
      if (p.kind[f] !== 'dorsalColumn') continue;
      expect(Math.sign(p.nodeLateralMm[f * p.nodesPerFibre]!)).toBe(p.side[f] === 'left' ? 1 : -1);
    }
  });

  it('includes the dorsal roots that pass under the lead', () => {
    const p = buildFibrePopulation(implant, NOMINAL_ANATOMY, 'supine', 1);
    const roots = new Set(p.dermatome.filter((_, f) => p.kind[f] === 'dorsalRoot'));
    expect(roots.has('T10')).toBe(true); // the T10 segment lies under the T8 vertebra
    expect(roots.has('C5')).toBe(false);
  });

  it('runs every root from its entry zone through the CSF: outside the cord, inside the dural sac (Struijk 1993)', () => {
    for (const level of ['C5', 'T9', 'T11'] as const) {
      const axialMm = axialMmOf({ level, offsetMm: mm(10) });
      const section = canalSectionAt(mm(axialMm), 'supine', NOMINAL_ANATOMY);
      const [a, b] = [section.cordTransverseMm / 2, section.cordApMm / 2];
      const cordCentreDorsal = cordTopDorsalMm(section) - b;
      const path = rootletPath(axialMm, 1, axialMm + 40, section);
      const entry = path.findIndex((p) => p[0] >= axialMm); // the entry zone on the cord surface
      for (const [, lateral, dorsal] of path.slice(entry + 1)) {
        const radius = Math.hypot((lateral - section.cordLateralOffsetMm) / a, (dorsal - cordCentreDorsal) / b);
        expect(radius).toBeGreaterThanOrEqual(0.999);
        expect(Math.abs(lateral)).toBeLessThan(section.sacHalfWidthMm);
        expect(dorsal).toBeGreaterThan(-(section.duraThicknessMm + section.sacDepthMm));
      }
    }
  });

  it('puts more of the cord under the lead below it as the conus is approached', () => {
    expect(laminationAt(200, NOMINAL_ANATOMY).length).toBeGreaterThan(laminationAt(400, NOMINAL_ANATOMY).length);
    expect(laminationAt(200, NOMINAL_ANATOMY)[0]).toBe('S5');
  });

  it('uses a generator that is deterministic and uniform enough', () => {
    const next = seededRandom(99);
    const values = Array.from({ length: 10_000 }, next);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
    expect(seededRandom(99)()).toBe(values[0]);
  });
});
