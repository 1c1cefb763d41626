import type { StateCreator } from 'zustand/vanilla';
import {
  EMPTY_VISIT_RECORD,
  describeConfiguration,
  noteSensation,
  recordSafetyOverride,
  recordThreshold,
  type SafetyOverrideEntry,
  type SensationNote,
  type ThresholdKind,
  type VisitRecord,
} from '../../src-core';
import type { AppState } from './app-store';
import { selectActiveArea, selectActiveProgram, selectDeliveredAmplitudeMa } from './selectors';

/**
 * The programming visit's record: thresholds the trainee found and what the patient said, kept outside the
 * programs' undo history and saved with the session.
 */
export interface VisitRecordSlice {
  readonly visitRecord: VisitRecord;
  /** Clock reading (ms, the renderer's performance clock) when the visit started; record times are relative to it. */
  readonly visitStartedAtMs: number;
  /** Records the current delivered amplitude as a threshold of the active configuration. */
  recordThreshold(kind: ThresholdKind, nowMs: number): void;
  noteSensation(note: Omit<SensationNote, 'atS'>, nowMs: number): void;
  /** Logs a save to the device that overrode safety findings (who, what, why); `nowMs` gives its time in the visit. */
  recordSafetyOverride(entry: Omit<SafetyOverrideEntry, 'atS'>, nowMs: number): void;
  /** Starts a fresh record (a new or opened session), with the one saved in the file if any. */
  resetVisitRecord(record: VisitRecord, nowMs: number): void;
}

/** The active configuration in the record's words. */
export const selectConfigurationLabel = (s: AppState): string =>
  describeConfiguration(selectActiveProgram(s), selectActiveArea(s));

const secondsSince = (startMs: number, nowMs: number) => Math.max(0, Math.round((nowMs - startMs) / 100) / 10);

export const createVisitRecordSlice: StateCreator<AppState, [], [], VisitRecordSlice> = (set, get) => ({
  visitRecord: EMPTY_VISIT_RECORD,
  visitStartedAtMs: 0,
  recordThreshold: (kind, nowMs) => {
    const state = get();
    const amplitudeMa = selectDeliveredAmplitudeMa(state);
    if (amplitudeMa === undefined) return;
    const entry = {
      kind,
      amplitudeMa,
      configuration: selectConfigurationLabel(state),
      posture: state.posture,
      atS: secondsSince(state.visitStartedAtMs, nowMs),
    };
    set({ visitRecord: recordThreshold(state.visitRecord, entry), dirty: true });
  },
  noteSensation: (note, nowMs) => {
    const state = get();
    const visitRecord = noteSensation(state.visitRecord, { ...note, atS: secondsSince(state.visitStartedAtMs, nowMs) });
    if (visitRecord !== state.visitRecord) set({ visitRecord });
  },
  recordSafetyOverride: (entry, nowMs) => {
    const state = get();
    const atS = secondsSince(state.visitStartedAtMs, nowMs);
    set({ visitRecord: recordSafetyOverride(state.visitRecord, { ...entry, atS }), dirty: true });
  },
  resetVisitRecord: (visitRecord, visitStartedAtMs) => set({ visitRecord, visitStartedAtMs }),
});
