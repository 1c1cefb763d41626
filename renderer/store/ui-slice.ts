import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/** Dialogs and other view-only state. */
export interface UiSlice {
  readonly aboutOpen: boolean;
  setAboutOpen(open: boolean): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  aboutOpen: false,
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
});
