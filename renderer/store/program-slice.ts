import type { StateCreator } from 'zustand/vanilla';
import type { ParameterIssue, StimulationParameters } from '../../src-core/stimulation';
import { DEFAULT_TONIC_PARAMETERS, GENERIC_TONIC_LIMITS, validateParameters } from '../../src-core/stimulation';
import type { AppState } from './app-store';

/** The program being edited, and whether the device could deliver it. */
export interface ProgramSlice {
  readonly program: StimulationParameters;
  /** Why the program cannot be delivered as it stands; empty when valid. Derived on every edit. */
  readonly programIssues: readonly ParameterIssue[];
  /** Sets one parameter. Invalid values are kept (so the user sees what they typed) and reported. */
  setParameter<K extends keyof StimulationParameters>(key: K, value: StimulationParameters[K]): void;
  replaceProgram(program: StimulationParameters): void;
}

export const createProgramSlice: StateCreator<AppState, [], [], ProgramSlice> = (set) => ({
  program: DEFAULT_TONIC_PARAMETERS,
  programIssues: [],
  setParameter: (key, value) =>
    set((state) => {
      if (state.program[key] === value) return state;
      const program = { ...state.program, [key]: value };
      return { program, programIssues: validateParameters(program, GENERIC_TONIC_LIMITS), dirty: true };
    }),
  replaceProgram: (program) => set({ program, programIssues: validateParameters(program, GENERIC_TONIC_LIMITS) }),
});
