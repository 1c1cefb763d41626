import type { AppState, AppStore } from '../store/app-store';
import { selectCoverage } from '../store/physiology-selectors';
import { selectConfigurationLabel } from '../store/visit-record-slice';

/** How long the patient's answer must stand before it goes into the history: a drag is one entry, not fifty. */
export const SETTLE_MS = 900;

/** Timers, injectable so tests run without waiting. */
export interface LogClock {
  readonly now: () => number;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

const browserClock: LogClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Writes what the patient says into the visit's sensation history once an answer has stood for SETTLE_MS (the
 * record skips word-for-word repeats). Returns a function that stops it.
 */
export function connectSensationLog(store: AppStore, clock: LogClock = browserClock): () => void {
  let pending: unknown;
  let lastResult: unknown;
  const write = () => {
    pending = undefined;
    const state = store.getState();
    if (state.physiology.status !== 'ready') return;
    const { result } = state.physiology;
    const coverage = selectCoverage(state);
    state.noteSensation(
      {
        amplitudeMa: result.amplitudeMa,
        configuration: selectConfigurationLabel(state),
        posture: state.posture,
        patientSaid: result.patientSays,
        painCoveredPct: coverage ? Math.round(coverage.painCoveredPct) : null,
      },
      clock.now(),
    );
  };
  const onChange = (state: AppState) => {
    const result = state.physiology.status === 'ready' ? state.physiology.result : undefined;
    if (result === lastResult) return;
    lastResult = result;
    if (pending !== undefined) clock.clearTimeout(pending);
    pending = result ? clock.setTimeout(write, SETTLE_MS) : undefined;
  };
  const unsubscribe = store.subscribe(onChange);
  return () => {
    unsubscribe();
    if (pending !== undefined) clock.clearTimeout(pending);
  };
}
