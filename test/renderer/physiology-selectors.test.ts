import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store/app-store';
import { selectCoverage, selectShownResult } from '../../renderer/store/physiology-selectors';
import { makeSimulationResult } from './simulation-result';

const result = makeSimulationResult({
  paresthesia: [
    { dermatome: 'L5', side: 'left', intensity: 0.5, via: 'dorsalColumn' },
    { dermatome: 'S1', side: 'left', intensity: 0.2, via: 'dorsalColumn' },
    { dermatome: 'T10', side: 'left', intensity: 0, via: 'dorsalRoot' },
  ],
});

describe('physiology selectors', () => {
  it('counts coverage of the drawing as it is now by the shown answer, the same object while nothing changes', () => {
    const store = createAppStore();
    store.getState().setPhysiology({ status: 'ready', result, computeMs: 1 });
    expect(selectCoverage(store.getState())).toBeNull(); // no drawing yet
    store.getState().applyEdit({
      kind: 'setPainMap',
      painMap: [
        { dermatome: 'L5', side: 'left' },
        { dermatome: 'L4', side: 'left' },
      ],
    });
    const coverage = selectCoverage(store.getState());
    expect(coverage).toEqual({ painCoveredPct: 50, extraneousPct: 50 });
    expect(selectCoverage(store.getState())).toBe(coverage);
    store.getState().applyEdit({ kind: 'setPainMap', painMap: [{ dermatome: 'S1', side: 'left' }] });
    expect(selectCoverage(store.getState())).toEqual({ painCoveredPct: 100, extraneousPct: 50 });
  });

  it('shows the answer before a configuration while it computes, and nothing when idle', () => {
    const store = createAppStore();
    store.getState().applyEdit({ kind: 'setPainMap', painMap: [{ dermatome: 'L5', side: 'left' }] });
    store.getState().setPhysiology({ status: 'computing', previous: result });
    expect(selectShownResult(store.getState())).toBe(result);
    expect(selectCoverage(store.getState())).toEqual({ painCoveredPct: 100, extraneousPct: 50 });
    store.getState().setPhysiology({ status: 'idle' });
    expect(selectShownResult(store.getState())).toBeUndefined();
    expect(selectCoverage(store.getState())).toBeNull();
  });
});
