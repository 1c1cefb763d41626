import { describe, expect, it } from 'vitest';
import { DERMATOMES, type SimulationResult } from '../../../src-core';
import { feltByPlace, regionLabel, togglePain } from '../../../renderer/bodymap/body-map-model';
import { BACK_REGIONS, FRONT_REGIONS } from '../../../renderer/bodymap/dermatome-regions';
import { makeSimulationResult } from '../simulation-result';

const result = (paresthesia: SimulationResult['paresthesia']): SimulationResult =>
  makeSimulationResult({ paresthesia, patientSays: '' });

describe('body map model', () => {
  it('merges column and root sensation in one place, keeping the strongest', () => {
    const felt = feltByPlace(
      result([
        { dermatome: 'T10', side: 'left', intensity: 0.3, via: 'dorsalColumn' },
        { dermatome: 'T10', side: 'left', intensity: 0.8, via: 'dorsalRoot' },
        { dermatome: 'L5', side: 'left', intensity: 0, via: 'dorsalColumn' },
      ]),
    );
    expect(felt.get('T10:left')).toEqual({ intensity: 0.8, column: 0.3, root: 0.8 });
    expect(felt.has('L5:left')).toBe(false);
    expect(regionLabel('T10', 'left', 'front', true, felt.get('T10:left'))).toBe(
      'T10 left (front): pain, tingling 30 %, root prickling 80 %',
    );
  });

  it('adds a place to the pain map once and removes it on the second toggle', () => {
    const once = togglePain([{ dermatome: 'L4', side: 'left' }], 'L5', 'right');
    expect(once).toEqual([
      { dermatome: 'L4', side: 'left' },
      { dermatome: 'L5', side: 'right' },
    ]);
    expect(togglePain(once, 'L5', 'right')).toEqual([{ dermatome: 'L4', side: 'left' }]);
  });

  it('draws every dermatome on both sides, with finite points inside the figure, mirrored left and right', () => {
    for (const regions of [FRONT_REGIONS, BACK_REGIONS]) {
      for (const region of regions) {
        for (const piece of region.pieces) {
          const points = piece.split(' ').map((p) => p.split(',').map(Number));
          expect(points.length).toBeGreaterThanOrEqual(3);
          for (const [x, y] of points) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(200);
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(430);
          }
        }
      }
      const left = regions.filter((r) => r.side === 'left').map((r) => r.dermatome);
      const right = regions.filter((r) => r.side === 'right').map((r) => r.dermatome);
      expect(left).toEqual(right);
    }
    const drawn = new Set([...FRONT_REGIONS, ...BACK_REGIONS].map((r) => r.dermatome));
    expect([...DERMATOMES].filter((d) => !drawn.has(d))).toEqual([]);
  });

  it('shows the front with the patient’s right on the viewer’s left and the back the other way round', () => {
    const meanX = (regions: typeof FRONT_REGIONS, side: 'left' | 'right') => {
      const xs = regions
        .filter((r) => r.side === side)
        .flatMap((r) => r.pieces.flatMap((p) => p.split(' ').map((q) => Number(q.split(',')[0]))));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(meanX(FRONT_REGIONS, 'right')).toBeLessThan(100);
    expect(meanX(FRONT_REGIONS, 'left')).toBeGreaterThan(100);
    expect(meanX(BACK_REGIONS, 'left')).toBeLessThan(100);
    expect(meanX(BACK_REGIONS, 'right')).toBeGreaterThan(100);
  });
});
