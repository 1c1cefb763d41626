import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { AppState } from '../store/app-store';
import { useAppServices } from '../store/context';

/**
 * Subscribes `apply` to the store for the lifetime of the built buffers: amplitude, stimulation on/off and the
 * worker's status change colours or draw counts in place and ask for one frame — no React render per change.
 */
export function useLiveStore(apply: ((state: AppState) => void) | undefined) {
  const { store } = useAppServices();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!apply) return;
    const run = (state: AppState) => {
      apply(state);
      invalidate();
    };
    run(store.getState());
    return store.subscribe(run);
  }, [apply, store, invalidate]);
}
