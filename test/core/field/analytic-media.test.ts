/**
 * The layered solution against closed-form solutions. Each stack keeps the real interfaces (dura, CSF,
 * white matter, grey matter) so the spectral transform, the depth segments and the interpolation all run;
 * only the conductivities are chosen so that an exact answer exists.
 */
import { describe, expect, it } from 'vitest';
import { isotropic } from '../../../src-core/field/layer-stack';
import { homogeneousMv, pointMv, stackOf, tableFor, uniformStack } from './helpers';

const H = 0.675; // source height: axis of a Ø1.35 mm lead lying on the dura

/** Points at distances r (mm) from the source in several directions, kept within [zMin, zMax]. */
function pointsAround(
  source: number,
  radii: readonly number[],
  zMin: number,
  zMax: number,
): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const r of radii) {
    for (const polar of [0, 0.4, 1.1, Math.PI / 2, 2.2, 2.8, Math.PI]) {
      for (const azimuth of [0, 0.9, 2.1]) {
        const p: [number, number, number] = [
          r * Math.sin(polar) * Math.cos(azimuth),
          r * Math.sin(polar) * Math.sin(azimuth),
          source + r * Math.cos(polar),
        ];
        if (p[2] >= zMin && p[2] <= zMax) out.push(p);
      }
    }
  }
  return out;
}

describe('homogeneous isotropic medium (all layers the same σ, no paddle)', () => {
  const sigma = 0.3;
  const field = tableFor(uniformStack(sigma), H, { dorsalLimitMm: 21, ventralLimitMm: -21 });

  it('reduces to V = I/(4πσr) within 0.01 % from 0.5 to 20 mm in every direction and layer', () => {
    const points = pointsAround(H, [0.5, 0.8, 1.3, 2, 3.5, 5, 8, 12, 20], -21, 21);
    expect(points.length).toBeGreaterThan(150);
    for (const [x, y, z] of points) {
      const r = Math.hypot(x, y, z - H);
      expect(Math.abs(pointMv(field, x, y, z) / homogeneousMv(sigma, r) - 1)).toBeLessThan(1e-4);
    }
  });

  it('continues as 1/r beyond the tabulated radius', () => {
    expect(pointMv(field, 0, 150, -3) / homogeneousMv(sigma, Math.hypot(150, 3 + H)) - 1).toBeLessThan(1e-3);
  });
});

describe('insulating planes (the paddle back)', () => {
  const sigma = 0.3;

  it('double the homogeneous potential when the plane passes through the source (half-space)', () => {
    const field = tableFor(uniformStack(sigma, { insulatingTopMm: 0.5 }), 0.5, { ventralLimitMm: -21 });
    for (const [x, y, z] of pointsAround(0.5, [0.5, 1, 2.5, 6, 15], -21, 0.5)) {
      const r = Math.hypot(x, y, z - 0.5);
      expect(Math.abs(pointMv(field, x, y, z) / (2 * homogeneousMv(sigma, r)) - 1)).toBeLessThan(1e-4);
    }
  });

  it('add the mirror image of a source recessed 0.8 mm below the plane', () => {
    const plane = 1.4;
    const field = tableFor(uniformStack(sigma, { insulatingTopMm: plane }), 0.6, { ventralLimitMm: -15 });
    for (const [x, y, z] of pointsAround(0.6, [0.5, 1, 2.5, 6, 12], -15, plane)) {
      const image = homogeneousMv(sigma, Math.hypot(x, y, z - (2 * plane - 0.6)));
      const expected = homogeneousMv(sigma, Math.hypot(x, y, z - 0.6)) + image;
      expect(Math.abs(pointMv(field, x, y, z) / expected - 1)).toBeLessThan(1e-4);
    }
  });
});

describe('contrasting isotropic media (image solutions)', () => {
  it('two half-spaces, fat over CSF: image with k = (σ1 − σ2)/(σ1 + σ2) above, 1/(2π(σ1 + σ2)r) below', () => {
    const [s1, s2] = [0.04, 1.7];
    const stack = stackOf([isotropic(s1), isotropic(s2), isotropic(s2), isotropic(s2), isotropic(s2)]);
    const field = tableFor(stack, H, { ventralLimitMm: -16 });
    const k = (s1 - s2) / (s1 + s2);
    for (const [x, y, z] of pointsAround(H, [0.5, 1, 2, 4, 9, 15], -16, H + 5)) {
      const direct = Math.hypot(x, y, z - H);
      const expected =
        z > 0
          ? homogeneousMv(s1, direct) + k * homogeneousMv(s1, Math.hypot(x, y, z + H))
          : 1000 / (2 * Math.PI * (s1 + s2) * direct);
      expect(Math.abs(pointMv(field, x, y, z) / expected - 1)).toBeLessThan(2e-4);
    }
  });

  it('fat / CSF slab / cord: matches the image series inside the slab and below it', () => {
    const [s1, s2, s3, t] = [0.04, 1.7, 0.3, 3.3];
    const stack = stackOf([isotropic(s1), isotropic(s2), isotropic(s2), isotropic(s3), isotropic(s3)]);
    const field = tableFor(stack, H, { ventralLimitMm: -16 });
    const r12 = (s1 - s2) / (s1 + s2);
    const r23 = (s2 - s3) / (s2 + s3);
    const series = (rho: number, z: number): number => {
      let v = 0;
      for (let n = 0; n < 200; n += 1) {
        const w = (-r12 * r23) ** n;
        if (z >= -t)
          v += w * (1 / Math.hypot(rho, H - z + 2 * n * t) + r23 / Math.hypot(rho, H + z + 2 * t + 2 * n * t));
        else v += (w * (1 + r23)) / Math.hypot(rho, H - z + 2 * n * t);
      }
      return (1000 * v) / (2 * Math.PI * (s1 + s2));
    };
    for (const z of [-0.1, -0.3, -1.5, -3.2, -3.4, -5, -9, -15]) {
      for (const [x, y] of [
        [0, 0],
        [1, 0],
        [0, 2.5],
        [3, 4],
        [12, 0],
        [0, 30],
      ] as const) {
        expect(Math.abs(pointMv(field, x, y, z) / series(Math.hypot(x, y), z) - 1)).toBeLessThan(2e-4);
      }
    }
  });
});

describe('homogeneous anisotropic medium (white-matter tensor everywhere)', () => {
  it('matches V = I / (4π √(σxσyσz) √(x²/σx + y²/σy + z²/σz)) at depth, along and across the axis', () => {
    const tensor = { lateralSPerM: 0.083, axialSPerM: 0.6, dorsoVentralSPerM: 0.083 };
    const field = tableFor(stackOf([0, 1, 2, 3, 4].map(() => tensor)), H, { ventralLimitMm: -16, angularSamples: 32 });
    const det = Math.sqrt(0.083 * 0.6 * 0.083);
    for (const z of [3, 1, -0.3, -2, -4, -8, -15]) {
      for (const [x, y] of [
        [0, 0],
        [0.5, 0],
        [0, 2],
        [3, 3],
        [1, 12],
        [8, 0],
        [5, 40],
      ] as const) {
        if (Math.hypot(x, y, z - H) < 0.5) continue;
        const expected =
          1000 / (4 * Math.PI * det * Math.sqrt((x * x) / 0.083 + (y * y) / 0.6 + ((z - H) * (z - H)) / 0.083));
        expect(Math.abs(pointMv(field, x, y, z) / expected - 1)).toBeLessThan(2e-4);
      }
    }
  });
});
