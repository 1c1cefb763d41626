/**
 * Reduction to the planar model: when every interface of the cross-section is a flat slab near the source
 * (ellipses far wider than the domain, fat above the dura, no bone), the 2.5-D solution must agree with the
 * independent spectral solution of the planar layered stack (src-core/field, Hankel transforms).
 */
import { describe, expect, it } from 'vitest';
import { contactPotentialInto } from '../../../../src-core/field/contact-source';
import { layerStackFor } from '../../../../src-core/field/layer-stack';
import { potentialAtInto } from '../../../../src-core/field/unit-field-eval';
import { buildUnitSourceField } from '../../../../src-core/field/unit-source-field';
import type { SectionField } from '../../../../src-core/field/section/index';
import { buildSectionField } from '../../../../src-core/field/section/index';
import { mm } from '../../../../src-core/units';
import { LEAD_ON_DURA_MM, planarSection, relative, sectionMv } from './helpers';

const DCSF_MM = 3;
const CORD_TOP_MM = -(0.3 + DCSF_MM);
const RING = { kind: 'ring', lengthMm: mm(3), diameterMm: mm(1.35) } as const;

describe('a nearly planar cross-section reproduces the planar layered model', () => {
  let section: SectionField | undefined;
  const planar = buildUnitSourceField(layerStackFor({ dcsfMm: mm(DCSF_MM) }), LEAD_ON_DURA_MM);
  const build = (): SectionField =>
    (section ??= buildSectionField(
      planarSection(DCSF_MM),
      { sourceLateralMm: 0, sourceDorsalMm: LEAD_ON_DURA_MM, contactLengthsMm: [0, 3] },
      { regionOfInterest: { lateralMm: [-21, 21], dorsalMm: [CORD_TOP_MM - 2, 2] } },
    ));
  // CSF (0.2 mm under the dura to the cord surface) and the dorsal 1 mm of white matter, within ±20 mm.
  const depths = [-0.5, -1.5, -2.5, CORD_TOP_MM + 0.05, CORD_TOP_MM - 0.2, CORD_TOP_MM - 0.5, CORD_TOP_MM - 1];
  const offsets = [0, 1, 3, 6, 10, 15, 20];

  function worstDifference(planarMv: (x: number, y: number, z: number) => number, lengthMm: number): number {
    const field = build();
    let worst = 0;
    for (const z of depths)
      for (const x of offsets)
        for (const y of offsets) {
          const d = relative(sectionMv(field, { axialMm: 0, lengthMm, radiusMm: 0.675 }, x, y, z), planarMv(x, y, z));
          if (Math.abs(d) > Math.abs(worst)) worst = d;
        }
    return worst;
  }

  it('agrees within 2 % for a point source at CSF and dorsal white-matter points within ±20 mm', () => {
    const one = new Float64Array(1);
    const worst = worstDifference(
      (x, y, z) => potentialAtInto(one, planar, Float64Array.of(x), Float64Array.of(y), Float64Array.of(z), 1)[0]!,
      0,
    );
    console.info(`planar reduction, point source: worst relative difference ${worst.toFixed(4)}`);
    expect(Math.abs(worst)).toBeLessThan(0.02);
  }, 300_000);

  it('agrees within 2 % for a 3 mm ring contact at the same points', () => {
    const one = new Float64Array(1);
    const contact = { centre: { lateralMm: mm(0), axialMm: mm(0), dorsalMm: mm(LEAD_ON_DURA_MM) }, shape: RING };
    const worst = worstDifference(
      (x, y, z) =>
        contactPotentialInto(one, planar, contact, Float64Array.of(x), Float64Array.of(y), Float64Array.of(z), 1)[0]!,
      3,
    );
    console.info(`planar reduction, 3 mm ring: worst relative difference ${worst.toFixed(4)}`);
    expect(Math.abs(worst)).toBeLessThan(0.02);
  }, 300_000);
});
