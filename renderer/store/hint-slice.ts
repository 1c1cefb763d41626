import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/**
 * The programming assistant's hint for the active case: asked, searching (the first hint of a case searches its
 * benchmark, seconds), received or failed. Tied to the case it was asked in, so a new case shows none.
 */
export type HintState =
  | { readonly status: 'none' }
  | { readonly status: 'searching'; readonly caseId: string; readonly fraction: number }
  | { readonly status: 'ready'; readonly caseId: string; readonly text: string }
  | { readonly status: 'failed'; readonly caseId: string; readonly message: string };

export interface HintSlice {
  readonly hint: HintState;
  /** Bumped by every "Hint": the physiology client asks the worker once per value. */
  readonly hintRequest: number;
  /** Asks for a hint for the active case (ignored while one is being searched or outside a case). */
  askHint(): void;
  hintProgress(fraction: number): void;
  /** The hint came: shown, and counted in the visit log (each received hint costs points in the score). */
  hintReceived(text: string): void;
  hintFailed(message: string): void;
}

export const createHintSlice: StateCreator<AppState, [], [], HintSlice> = (set, get) => ({
  hint: { status: 'none' },
  hintRequest: 0,
  askHint: () => {
    const { activeCase, hint, hintRequest } = get();
    if (!activeCase?.implant || (hint.status === 'searching' && hint.caseId === activeCase.id)) return;
    set({ hint: { status: 'searching', caseId: activeCase.id, fraction: 0 }, hintRequest: hintRequest + 1 });
  },
  hintProgress: (fraction) => {
    const { hint } = get();
    if (hint.status === 'searching') set({ hint: { ...hint, fraction } });
  },
  hintReceived: (text) => {
    const { hint, activeCase, visitLog } = get();
    if (hint.status !== 'searching' || activeCase?.id !== hint.caseId) return;
    set({
      hint: { status: 'ready', caseId: hint.caseId, text },
      visitLog: { ...visitLog, hintsUsed: visitLog.hintsUsed + 1 },
    });
  },
  hintFailed: (message) => {
    const { hint } = get();
    if (hint.status === 'searching') set({ hint: { status: 'failed', caseId: hint.caseId, message } });
  },
});
