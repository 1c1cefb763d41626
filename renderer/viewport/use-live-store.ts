import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { AppState, AppStore } from '../store/app-store';
import { useAppServices } from '../store/context';

/**
 * A live layer's update: writes what the state means for its buffers (colours, draw counts, opacity) and says
 * whether anything drawn changed. Most store changes (a chart tab, the sensation log, the worker's reply to an
 * amplitude already drawn) change nothing in the scene.
 */
export type LiveApply = (state: AppState) => boolean;

/**
 * Runs `apply` now and on every store change, and asks for a frame only when it changed something drawn: each
 * `invalidate` queues one more software-GL frame, so a redundant one costs a whole redraw.
 * Returns the unsubscribe.
 */
export function subscribeLive(store: AppStore, apply: LiveApply, invalidate: () => void): () => void {
  apply(store.getState());
  // The layer's buffers were just (re)built: draw them once whatever `apply` says.
  invalidate();
  return store.subscribe((state) => {
    if (apply(state)) invalidate();
  });
}

/** `subscribeLive` for the lifetime of the built buffers, with the canvas's `invalidate`. */
export function useLiveStore(apply: LiveApply | undefined) {
  const { store } = useAppServices();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!apply) return;
    return subscribeLive(store, apply, () => invalidate());
  }, [apply, store, invalidate]);
}
