import { describe, expect, it } from 'vitest';
import { MeshBasicMaterial } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { mA, type SimulationResult } from '../../../src-core';
import type { ActivationView } from '../../../renderer/physiology/protocol';
import type { AppStore } from '../../../renderer/store/app-store';
import { fieldSurfaceLayer, recruitedFibresLayer } from '../../../renderer/viewport/live-layers';
import { subscribeLive } from '../../../renderer/viewport/use-live-store';
import { makeBipoleStore } from '../helpers';
import { makeFibres, makeSurface } from './live-fixtures';

/** What the worker answers to an amplitude query (a new result object each time, as over postMessage). */
const reply = (amplitudeMa: number): SimulationResult => ({
  programIndex: 0,
  posture: 'supine',
  amplitudeMa,
  perceptionThresholdMa: 1,
  comfortThresholdMa: 2,
  discomfortThresholdMa: 4,
  paresthesia: [],
  coverage: null,
  uncomfortable: false,
  quality: 'tingling',
  elapsedMin: 0,
  relief: null,
  patientSays: 'I feel a tingling.',
});

const THRESHOLDS_MA = [1.05, 2.05, 3.05, 9];

/** A configured store with the oblique view's two live layers subscribed; counts the frames they ask for. */
function liveScene(): { store: AppStore; frames: () => number; storeChanges: () => number } {
  const store = makeBipoleStore();
  const fibres = makeFibres(['T10', 'T11', 'L1', 'L4']);
  const activation: ActivationView = {
    fibresVersion: fibres.version,
    thresholdsMa: Float64Array.from(THRESHOLDS_MA),
    surface: makeSurface(),
    perceptionThresholdMa: 1,
  };
  const state = store.getState();
  state.setConfigured({
    fibres,
    activation,
    titration: { points: [], perceptionMa: 1, comfortMa: 2, discomfortMa: 4 },
  });
  state.setPhysiology({ status: 'ready', result: reply(0), computeMs: 1 });
  let invalidations = 0;
  let changes = 0;
  store.subscribe(() => changes++);
  const invalidate = () => invalidations++;
  subscribeLive(store, fieldSurfaceLayer(activation, new MeshBasicMaterial()).apply, invalidate);
  subscribeLive(store, recruitedFibresLayer(fibres, activation, new LineMaterial()).apply, invalidate);
  invalidations = 0; // the first frame of freshly built layers is not a redraw
  return { store, frames: () => invalidations, storeChanges: () => changes };
}

/** One 0.1 mA step as the app lives it: the edit, then the worker's answer for the new amplitude. */
function stepAmplitude(store: AppStore, amplitudeMa: number) {
  store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(amplitudeMa) });
  store.getState().setPhysiology({ status: 'ready', result: reply(amplitudeMa), computeMs: 1 });
}

describe('the 3D view’s live layers', () => {
  it('ask for one frame per amplitude step, plus one when a step recruits more fibres', () => {
    const { store, frames, storeChanges } = liveScene();
    const steps = Array.from({ length: 35 }, (_, i) => (i + 1) / 10); // 0.1 … 3.5 mA
    steps.forEach((amplitude) => stepAmplitude(store, amplitude));
    const crossed = THRESHOLDS_MA.filter((t) => t <= steps.at(-1)!).length;
    // The heat map recolours on every step; the fibres' draw count changes at each threshold crossed.
    expect(frames()).toBe(steps.length + crossed);
    // Before: every store change asked each layer for a frame (2 changes per step × 2 layers).
    expect(frames()).toBeLessThan(2 * storeChanges());
  });

  it('ask for no frame when the store changes nothing in the scene', () => {
    const { store, frames } = liveScene();
    const state = store.getState();
    state.setChartTab('titration');
    state.setTheme('light');
    state.setShowModelThresholds(true);
    state.setPhysiology({ status: 'ready', result: reply(0), computeMs: 2 });
    expect(frames()).toBe(0);
  });

  it('ask for a frame when the picture goes stale while the worker recomputes', () => {
    const { store, frames } = liveScene();
    store.getState().setPhysiology({ status: 'computing', previous: undefined });
    expect(frames()).toBe(2); // both layers fade
  });
});
