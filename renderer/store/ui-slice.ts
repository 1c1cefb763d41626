import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/** Colour scheme: dark for a dim clinic room, light for a bright one or print. */
export type Theme = 'dark' | 'light';

/** The tabs of the charts panel. */
export type ChartTab = 'pulse' | 'titration' | 'strengthDuration' | 'energy';

/** Dialogs and other view-only state. */
export interface UiSlice {
  readonly aboutOpen: boolean;
  readonly helpOpen: boolean;
  readonly theme: Theme;
  /** Large text for demos on a projector. */
  readonly presentation: boolean;
  /** The chart shown (other panels can point to one, e.g. the body map to the titration curve). */
  readonly chartTab: ChartTab;
  setChartTab(tab: ChartTab): void;
  /**
   * Whether the model's own perception / comfort / discomfort thresholds are shown (patient panel, titration chart).
   * Off by default: finding them by asking the patient is the exercise.
   */
  readonly showModelThresholds: boolean;
  setShowModelThresholds(show: boolean): void;
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
  chartTab: 'pulse',
  setChartTab: (chartTab) => set({ chartTab }),
  showModelThresholds: false,
  setShowModelThresholds: (showModelThresholds) => set({ showModelThresholds }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setTheme: (theme) => set({ theme }),
  setPresentation: (presentation) => set({ presentation }),
});
