import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/** A scenario being played: which one and the step shown (0-based). */
export interface ScenarioPlay {
  readonly id: string;
  readonly step: number;
}

/** The scenario player (View → Scenarios…): a panel beside the workstation, not a dialog, so the room sees both. */
export interface ScenarioSlice {
  readonly scenarioPanelOpen: boolean;
  readonly scenarioPlay: ScenarioPlay | undefined;
  setScenarioPanelOpen(open: boolean): void;
  setScenarioPlay(play: ScenarioPlay | undefined): void;
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set) => ({
  scenarioPanelOpen: false,
  scenarioPlay: undefined,
  setScenarioPanelOpen: (scenarioPanelOpen) => set({ scenarioPanelOpen }),
  setScenarioPlay: (scenarioPlay) => set({ scenarioPlay }),
});
