import type { StateCreator } from 'zustand/vanilla';
import type { Program } from '../../src-core';
import type { AppState } from './app-store';

/** The most programs the compare dialog shows side by side (three columns fit a 1280 px window). */
export const MAX_COMPARE_PINS = 3;

/** Simulated minutes of relief the compare dialog can show (the program clock's own steps, patient/ProgramClock). */
export const COMPARE_ELAPSED_CHOICES_MIN = [15, 24 * 60, 7 * 24 * 60] as const;
export type CompareElapsedMin = (typeof COMPARE_ELAPSED_CHOICES_MIN)[number];

/**
 * A program pinned for comparison: a copy taken when it was pinned (editing the program afterwards leaves the pin as
 * it was, so "before" and "after" can be pinned side by side), with the label its column shows.
 */
export interface ComparePin {
  readonly id: number;
  readonly label: string;
  readonly program: Program;
}

/** What a pin request did, in words the status line shows. */
export type PinOutcome =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly reason: 'full' | 'duplicate'; readonly message: string };

/** Pinned programs and the compare dialog. Pins belong to the patient and implant: opening a session clears them. */
export interface CompareSlice {
  readonly comparePins: readonly ComparePin[];
  readonly compareOpen: boolean;
  /** The simulated time every column's relief is shown after (the same for all, so they compare). */
  readonly compareElapsedMin: CompareElapsedMin;
  /** Pins a copy of `program` under `label`; refused (with the reason) when three are pinned or it is pinned already. */
  pinProgram(program: Program, label: string): PinOutcome;
  /** Replaces every pin (at most MAX_COMPARE_PINS are kept), e.g. the paradigm variants of one program. */
  replacePins(pins: readonly { readonly label: string; readonly program: Program }[]): void;
  unpin(id: number): void;
  clearPins(): void;
  setCompareOpen(open: boolean): void;
  setCompareElapsedMin(elapsedMin: CompareElapsedMin): void;
}

const sameProgram = (a: Program, b: Program) => JSON.stringify(a) === JSON.stringify(b);

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => {
  let nextId = 1;
  return {
    comparePins: [],
    compareOpen: false,
    compareElapsedMin: 24 * 60,
    pinProgram: (program, label) => {
      const pins = get().comparePins;
      if (pins.length >= MAX_COMPARE_PINS)
        return {
          ok: false,
          reason: 'full',
          message: `Compare holds ${MAX_COMPARE_PINS} programs: unpin one in the Compare dialog before pinning “${label}”.`,
        };
      if (pins.some((pin) => sameProgram(pin.program, program)))
        return { ok: false, reason: 'duplicate', message: `“${label}” is pinned already, as it is now.` };
      set({ comparePins: [...pins, { id: nextId++, label, program }] });
      return { ok: true, message: `Pinned “${label}” to compare (${pins.length + 1} of ${MAX_COMPARE_PINS}).` };
    },
    replacePins: (pins) =>
      set({ comparePins: pins.slice(0, MAX_COMPARE_PINS).map((pin) => ({ id: nextId++, ...pin })) }),
    unpin: (id) => {
      const comparePins = get().comparePins.filter((pin) => pin.id !== id);
      // Nothing left to compare: the dialog closes rather than showing an empty grid.
      set(comparePins.length === 0 ? { comparePins, compareOpen: false } : { comparePins });
    },
    clearPins: () => set({ comparePins: [], compareOpen: false }),
    setCompareOpen: (compareOpen) => set({ compareOpen: compareOpen && get().comparePins.length > 0 }),
    setCompareElapsedMin: (compareElapsedMin) => set({ compareElapsedMin }),
  };
};
