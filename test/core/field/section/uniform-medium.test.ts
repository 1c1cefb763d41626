/**
 * A homogeneous isotropic medium (every tissue 0.3 S/m): the 2.5-D machinery (grid, far boundary, PCG,
 * wavenumber quadrature, 3-D table) must rebuild the point source V = I/(4πσr). The source's own field is NOT
 * subtracted here (subtractDirect: false) — with subtraction the residual of a homogeneous medium is zero and
 * the test would prove nothing — so the discrete line-current solution carries everything.
 */
import { describe, expect, it } from 'vitest';
import { buildSectionField } from '../../../../src-core/field/section/index';
import { sPerM } from '../../../../src-core/units';
import { LEAD_ON_DURA_MM, relative, sectionMv, thoracicSection } from './helpers';

const SIGMA = 0.3;
const UNIFORM = {
  epiduralFat: sPerM(SIGMA),
  dura: sPerM(SIGMA),
  csf: sPerM(SIGMA),
  whiteMatterAxial: sPerM(SIGMA),
  whiteMatterTransverse: sPerM(SIGMA),
  greyMatter: sPerM(SIGMA),
  bone: SIGMA,
};

describe('uniform medium', () => {
  it('reproduces I/(4πσr) within 1 % from 0.5 to 50 mm in directions ≥ 45° off the cord axis', () => {
    const field = buildSectionField(
      thoracicSection(),
      { sourceLateralMm: 0, sourceDorsalMm: LEAD_ON_DURA_MM, contactLengthsMm: [0] },
      {
        conductivities: UNIFORM,
        subtractDirect: false,
        maxWavenumberPerMm: 60,
        sourceGrowth: 1.04,
        canalSpacingMm: 1.5,
        regionOfInterest: { lateralMm: [-51, 51], dorsalMm: [-51, 52] },
      },
    );
    let worst = 0;
    let points = 0;
    for (const r of [0.5, 1, 2, 5, 10, 20, 50]) {
      for (const polar of [Math.PI / 4, Math.PI / 3, Math.PI / 2, (2 * Math.PI) / 3, (3 * Math.PI) / 4]) {
        for (const azimuth of [0, 0.9, 2.1, 3.6, 5]) {
          const x = r * Math.sin(polar) * Math.cos(azimuth);
          const z = LEAD_ON_DURA_MM + r * Math.sin(polar) * Math.sin(azimuth);
          const y = r * Math.cos(polar);
          const d = relative(sectionMv(field, { axialMm: 0, lengthMm: 0 }, x, y, z), 1000 / (4 * Math.PI * SIGMA * r));
          if (Math.abs(d) > Math.abs(worst)) worst = d;
          points += 1;
        }
      }
    }
    console.info(`uniform medium: ${points} points, worst relative error ${worst.toExponential(2)}`);
    expect(Math.abs(worst)).toBeLessThan(0.01);
  }, 300_000);
});
