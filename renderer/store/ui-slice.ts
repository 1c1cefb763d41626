import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/** Colour scheme: dark for a dim clinic room, light for a bright one or print. */
export type Theme = 'dark' | 'light';

/** Dialogs and other view-only state. */
export interface UiSlice {
  readonly aboutOpen: boolean;
  readonly helpOpen: boolean;
  readonly theme: Theme;
  /** Large text for demos on a projector. */
  readonly presentation: boolean;
  setAboutOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
  setTheme(theme: Theme): void;
  setPresentation(on: boolean): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  aboutOpen: false,
  helpOpen: false,
  theme: 'dark',
  presentation: false,
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setTheme: (theme) => set({ theme }),
  setPresentation: (presentation) => set({ presentation }),
});
