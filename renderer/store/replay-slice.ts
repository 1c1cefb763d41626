import type { StateCreator } from 'zustand/vanilla';
import type { PostureTimeline, ProgramDayReport, ProgramDaySettings } from '../../src-core';
import type { AppState } from './app-store';

/** The closed-loop settings the trainee types in the ECAP tab; null = derived from the model (docs/physics-ecap.md §5). */
export interface ClosedLoopInputs {
  /** Target ECAP (µV); null = the ECAP sitting at the programmed amplitude. */
  readonly targetUv: number | null;
  /** Controller gain K (mA/µV); null = the gain giving a loop gain of 0.5 sitting. */
  readonly gainMaPerUv: number | null;
  /** Patient maximum for the loop (mA); null = the program's. */
  readonly patientMaxMa: number | null;
}

/** The posture-day replay the dialog shows. */
export type ReplayState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly request: number; readonly done: number; readonly total: number }
  | { readonly status: 'ready'; readonly request: number; readonly day: ProgramDayReport }
  | { readonly status: 'failed'; readonly request: number; readonly message: string };

/** The closed-loop inputs and the replay, asked of the physiology worker through `replayRequest`. */
export interface ReplaySlice {
  readonly closedLoop: ClosedLoopInputs;
  readonly replay: ReplayState;
  /** The latest replay asked for (the physiology client posts it once). */
  readonly replayRequest: {
    readonly id: number;
    readonly timeline: PostureTimeline;
    readonly settings: ProgramDaySettings;
  } | null;
  setClosedLoop(inputs: Partial<ClosedLoopInputs>): void;
  /** Asks for the day on `timeline` with the closed-loop inputs of the tab. */
  requestReplay(timeline: PostureTimeline): void;
  setReplay(replay: ReplayState): void;
}

export const createReplaySlice: StateCreator<AppState, [], [], ReplaySlice> = (set, get) => ({
  closedLoop: { targetUv: null, gainMaPerUv: null, patientMaxMa: null },
  replay: { status: 'idle' },
  replayRequest: null,
  setClosedLoop: (inputs) => set((s) => ({ closedLoop: { ...s.closedLoop, ...inputs } })),
  requestReplay: (timeline) => {
    const { closedLoop, replayRequest } = get();
    const id = (replayRequest?.id ?? 0) + 1;
    const settings: ProgramDaySettings = {
      ...(closedLoop.targetUv === null ? {} : { targetUv: closedLoop.targetUv }),
      ...(closedLoop.gainMaPerUv === null ? {} : { gainMaPerUv: closedLoop.gainMaPerUv }),
      ...(closedLoop.patientMaxMa === null ? {} : { patientMaxMa: closedLoop.patientMaxMa }),
      maxTracePoints: 1500,
    };
    set({ replayRequest: { id, timeline, settings }, replay: { status: 'running', request: id, done: 0, total: 0 } });
  },
  setReplay: (replay) => set({ replay }),
});
