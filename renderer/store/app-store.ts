import { createStore, type StoreApi } from 'zustand/vanilla';
import { createClockSlice, restartClockOnProgramChange, type ClockSlice } from './clock-slice';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createFileSlice, type FileSlice } from './file-slice';
import { createHintSlice, type HintSlice } from './hint-slice';
import { createPhysiologySlice, type PhysiologySlice } from './physiology-slice';
import { createReplaySlice, type ReplaySlice } from './replay-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createTeachingSlice, type TeachingSlice } from './teaching-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createVisitRecordSlice, type VisitRecordSlice } from './visit-record-slice';

/** The whole renderer state: one store made of typed slices, with the actions beside the state they change. */
export type AppState = SessionSlice &
  FileSlice &
  UiSlice &
  PhysiologySlice &
  ReplaySlice &
  VisitRecordSlice &
  ClockSlice &
  TeachingSlice &
  HintSlice &
  CompareSlice &
  ScenarioSlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store. The app makes one; tests make their own. No React here: components bind with useAppStore. */
export function createAppStore(): AppStore {
  return createStore<AppState>()(
    restartClockOnProgramChange((...args) => ({
      ...createSessionSlice(...args),
      ...createFileSlice(...args),
      ...createUiSlice(...args),
      ...createPhysiologySlice(...args),
      ...createReplaySlice(...args),
      ...createVisitRecordSlice(...args),
      ...createClockSlice(...args),
      ...createTeachingSlice(...args),
      ...createHintSlice(...args),
      ...createCompareSlice(...args),
      ...createScenarioSlice(...args),
    })),
  );
}
