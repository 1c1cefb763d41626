import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { NOMINAL_ANATOMY, axialMmOf } from '../../../src-core';
import {
  DRAWN_LEVELS,
  drawnLevelsAround,
  buildCanalContents,
  buildDisc,
  buildDorsalRoots,
  buildVertebra,
  cordSectionAt,
  drawnSpanMm,
  vertebraDimensions,
} from '../../../renderer/viewport/anatomy-geometry';
import { sceneX } from '../../../renderer/viewport/scene-frame';

const triangles = (g: BufferGeometry) => (g.index ? g.index.count : g.getAttribute('position').count) / 3;

/**
 * Software GL (SwiftShader in CI, machines without GPU acceleration) transforms and rasterises every triangle on the
 * CPU, with 4× multisampling. The anatomy was ≈78 000 triangles, most of them in sub-pixel detail (0.7 mm roots cut
 * into 120 rings); these tests keep it lean and keep the outlines true.
 */
describe('the anatomy’s triangle budget', () => {
  const dims = DRAWN_LEVELS.map((level) => vertebraDimensions(level, 'supine', NOMINAL_ANATOMY));

  it('stays under 40 000 triangles for T4–L3 with cord, sac and roots', () => {
    const vertebrae = dims.map(buildVertebra).flatMap((v) => [v.body, v.arch]);
    const discs = dims.map(buildDisc).filter((d): d is BufferGeometry => d !== undefined);
    const canal = Object.values(buildCanalContents('supine', NOMINAL_ANATOMY));
    const roots = buildDorsalRoots('supine', NOMINAL_ANATOMY);
    const total = [...vertebrae, ...discs, ...canal, roots].reduce((sum, g) => sum + triangles(g), 0);
    expect(total).toBeLessThan(40_000);
    // The roots are thin: they must not take most of the budget again.
    expect(triangles(roots)).toBeLessThan(0.4 * total);
  });

  it('draws the cord’s cross-section within 0.05 mm of its ellipse (a quarter pixel at the closest view)', () => {
    const { cord } = buildCanalContents('supine', NOMINAL_ANATOMY);
    const position = cord.getAttribute('position');
    const [start] = drawnSpanMm();
    const s = cordSectionAt(start, 'supine', NOMINAL_ANATOMY);
    const cx = sceneX(s.lateral);
    // The first ring: vertices on the ellipse at y = −start, up to where the next ring begins.
    const ring: [number, number][] = [];
    for (let i = 0; i < position.count && Math.abs(position.getY(i) + start) < 1e-6; i++)
      ring.push([position.getX(i), position.getZ(i)]);
    expect(ring.length).toBeGreaterThanOrEqual(16);
    let worst = 0;
    ring.forEach(([x, z], k) => {
      const [x2, z2] = ring[(k + 1) % ring.length]!;
      const mid = [(x + x2) / 2 - cx, (z + z2) / 2 - s.dorsal];
      // Radial distance of the chord's midpoint inside the ellipse, along its own direction.
      const along = Math.hypot(mid[0]! / s.halfWidth, mid[1]! / s.halfDepth);
      worst = Math.max(worst, Math.hypot(mid[0]!, mid[1]!) * (1 / along - 1));
    });
    expect(worst).toBeLessThan(0.05);
  });

  it('follows the cord’s taper to the conus with rings at most 3 mm apart', () => {
    const { cord } = buildCanalContents('supine', NOMINAL_ANATOMY);
    const ys = new Set<number>();
    const position = cord.getAttribute('position');
    for (let i = 0; i < position.count; i++) ys.add(Math.round(position.getY(i) * 1e4) / 1e4);
    const sorted = [...ys].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((y, i) => y - sorted[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3 + 1e-6);
    expect(-sorted[0]!).toBeCloseTo(axialMmOf(NOMINAL_ANATOMY.conus), 3);
  });
});

describe('the drawn spine follows the leads', () => {
  it('draws twelve vertebrae around the leads: cervical for a C5 lead, thoracolumbar for a T9 lead', () => {
    expect(drawnLevelsAround('C5')).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'T1', 'T2', 'T3', 'T4', 'T5']);
    expect(drawnLevelsAround('T9')).toContain('T9');
    expect(drawnLevelsAround('T9')).toHaveLength(12);
    expect(drawnLevelsAround('S1').at(-1)).toBe('S1');
    // Within a window a lead moved by a level keeps the same spine (no rebuild).
    expect(drawnLevelsAround('T10')).toEqual(drawnLevelsAround('T11'));
  });

  it('draws the twelve vertebrae T4 to L3 before any lead is placed', () => {
    expect(DRAWN_LEVELS).toEqual(['T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3']);
  });
});
