import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/**
 * The simulated visit clock: how long (simulated minutes) the patient has had the current program at its current
 * settings. Relief builds with it (the core's relief teaching model), so the trainee lets time pass instead of
 * waiting. Not saved in the session file: it is the state of this simulated visit, like stimulation on/off.
 */
export interface ClockSlice {
  readonly programClock: {
    readonly elapsedMin: number;
    /** The program settings the clock runs for (programSettingsKeyOf): when they change, the clock restarts. */
    readonly settingsKey: string;
  };
  /** Lets `minutes` of simulated time pass with the program as it is. */
  advanceClock(minutes: number): void;
  /** Back to 0 min, the program unchanged (e.g. to watch the wash-in again). */
  restartClock(): void;
}

/** The steps of the "time passes" control (min). */
export const CLOCK_STEPS: readonly { readonly label: string; readonly minutes: number }[] = [
  { label: '+15 min', minutes: 15 },
  { label: '+1 hour', minutes: 60 },
  { label: '+1 day', minutes: 24 * 60 },
  { label: '+1 week', minutes: 7 * 24 * 60 },
];

/** A year of simulated time: far past any wash-in, and it keeps the number readable. */
export const CLOCK_MAX_MIN = 365 * 24 * 60;

type ClockInputs = Pick<AppState, 'visit' | 'stimulationOn'>;

/** The last key computed and the objects it came from: most store changes touch none of them. */
let lastKey: { program: unknown; hardware: unknown; active: number; on: boolean; key: string } | undefined;

/**
 * What the patient receives from the running program: which program, its stimulation settings (contacts, polarity,
 * fractions, amplitude, pulse width, rate, paradigm, dosing, cycling, soft start), the leads' placement and whether
 * stimulation is on. Not posture, the pain drawing, the program's name or patient maximum, nor which area tab is
 * shown: those leave the same stimulation running, so its wash-in goes on.
 */
export function programSettingsKeyOf(state: ClockInputs): string {
  const { session } = state.visit;
  const program = session.programs[session.activeProgram];
  const active = session.activeProgram;
  const on = state.stimulationOn;
  const last = lastKey;
  if (
    last &&
    last.program === program &&
    last.hardware === session.hardware &&
    last.active === active &&
    last.on === on
  )
    return last.key;
  const settings = program && {
    paradigm: program.paradigm,
    rateHz: program.rateHz,
    areas: program.areas,
    cycling: program.cycling ?? null,
    softStartS: program.softStartS,
  };
  const key = JSON.stringify([active, settings ?? null, session.hardware, on]);
  lastKey = { program, hardware: session.hardware, active, on, key };
  return key;
}

export const createClockSlice: StateCreator<AppState, [], [], ClockSlice> = (set, get) => ({
  // The real key is filled in by restartClockOnProgramChange once the whole initial state exists.
  programClock: { elapsedMin: 0, settingsKey: '' },
  advanceClock: (minutes) => {
    if (!(minutes > 0) || !Number.isFinite(minutes)) return;
    const { programClock } = get();
    set({ programClock: { ...programClock, elapsedMin: Math.min(CLOCK_MAX_MIN, programClock.elapsedMin + minutes) } });
  },
  restartClock: () => set({ programClock: { ...get().programClock, elapsedMin: 0 } }),
});

/**
 * Wraps the store's `set` so that any change of the program settings restarts the clock in the same update: the
 * physiology client then sees the new settings and 0 min together, never the new program with the old wash-in.
 */
export const restartClockOnProgramChange =
  (config: StateCreator<AppState>): StateCreator<AppState> =>
  (set, get, api) => {
    const restarting = ((partial: unknown, replace?: boolean) =>
      (set as (update: (state: AppState) => AppState | Partial<AppState>, replace?: boolean) => void)((state) => {
        const patch = (typeof partial === 'function' ? partial(state) : partial) as Partial<AppState>;
        if (patch === state) return state;
        const next = (replace ? patch : { ...state, ...patch }) as AppState;
        const key = programSettingsKeyOf(next);
        if (key === next.programClock.settingsKey) return patch;
        return { ...patch, programClock: { elapsedMin: 0, settingsKey: key } };
      }, replace)) as typeof set;
    api.setState = restarting as typeof api.setState;
    const initial = config(restarting, get, api);
    return { ...initial, programClock: { elapsedMin: 0, settingsKey: programSettingsKeyOf(initial) } };
  };
