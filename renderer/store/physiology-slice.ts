import type { StateCreator } from 'zustand/vanilla';
import type { Posture, SimulationResult } from '../../src-core';
import type { AppState } from './app-store';

/** What the virtual patient currently feels, as the physiology worker last reported it. */
export interface PhysiologySlice {
  readonly posture: Posture;
  readonly physiology:
    | { readonly status: 'idle' }
    | { readonly status: 'computing'; readonly previous: SimulationResult | undefined }
    | { readonly status: 'ready'; readonly result: SimulationResult; readonly computeMs: number }
    | { readonly status: 'unavailable'; readonly reason: string };
  setPosture(posture: Posture): void;
  setPhysiology(physiology: PhysiologySlice['physiology']): void;
}

export const createPhysiologySlice: StateCreator<AppState, [], [], PhysiologySlice> = (set) => ({
  posture: 'supine',
  physiology: { status: 'idle' },
  setPosture: (posture) => set({ posture }),
  setPhysiology: (physiology) => set({ physiology }),
});
