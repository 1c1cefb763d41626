import type { StateCreator } from 'zustand/vanilla';
import type { Edit, SimulationResult, TeachingCase, TreatmentOption, VisitScore } from '../../src-core';
import type { AppState } from './app-store';
import type { FaultEvent, FaultRestore, InstructorFaultKind, TraineeSignal } from './fault-log';
import { detectFaults, injectFault, undoFault } from './fault-log';

/** Which screen fills the window: the case chooser (the first screen), the workstation, or a case's debrief. */
export type Screen = 'chooser' | 'workstation' | 'debrief';

/**
 * What the visit's event log knows that the session file does not, as `scoreVisit` wants it (`VisitLogFacts`):
 * whether the impedance check ran, the program edits (undo steps: one slider drag is one edit) and the assistant's
 * hints received (each costs points; hint-slice.ts counts them).
 */
export interface VisitLog {
  readonly impedanceChecked: boolean;
  readonly editCount: number;
  readonly hintsUsed: number;
  /**
   * Instructor faults injected in this visit: when, when the trainee first detected each and how (fault-log.ts), so a
   * score can use detection time. Not sent to the scorer yet (its weights are unchanged).
   */
  readonly faultEvents: readonly FaultEvent[];
}

export const EMPTY_VISIT_LOG: VisitLog = { impedanceChecked: false, editCount: 0, hintsUsed: 0, faultEvents: [] };

/** Edits that change what the program delivers (a trainee reprogramming), for fault detection. */
const PROGRAM_CHANGE_EDITS: ReadonlySet<Edit['kind']> = new Set([
  'cycleContact',
  'setContactState',
  'setFraction',
  'steer',
  'setPulseWidth',
  'setParadigm',
  'setRate',
  'selectProgram',
]);

const secondsSince = (startMs: number, nowMs: number) => Math.max(0, Math.round((nowMs - startMs) / 100) / 10);

/** The benchmark's program as the debrief shows it beside the trainee's. */
export interface BenchmarkShown {
  readonly description: string;
  /** What the benchmark's device program delivers supine (the scorer's own headline); null if nothing. */
  readonly result: SimulationResult | null;
}

/** A finished case: the scored visit and what the debrief draws (the hook progress and the visit report take). */
export interface CaseResult {
  readonly caseId: string;
  readonly caseTitle: string;
  /** The candidate-selection answer, when the case asks for one (null: not decided). */
  readonly decision: { readonly chosen: TreatmentOption | null; readonly correct: TreatmentOption } | null;
  /** The scorer's verdict; null for a decision-only case (there is no programming to score). */
  readonly score: VisitScore | null;
  /** What the trainee's device program delivers supine (null: nothing on the device). */
  readonly trainee: SimulationResult | null;
  readonly benchmark: BenchmarkShown | null;
}

/** The debrief's state: the worker is scoring, the result, or why there is none. */
export type DebriefState =
  | { readonly status: 'none' }
  | { readonly status: 'scoring' }
  | { readonly status: 'ready'; readonly result: CaseResult }
  | { readonly status: 'failed'; readonly message: string };

/** The teaching layer: the active case, its decision and event log, the debrief and the guided first visit. */
export interface TeachingSlice {
  readonly screen: Screen;
  /** The case the visit belongs to; undefined in free practice. */
  readonly activeCase: TeachingCase | undefined;
  readonly visitLog: VisitLog;
  /** The trainee's answer to a candidate-selection question (undefined until decided). */
  readonly treatmentChoice: TreatmentOption | undefined;
  readonly debrief: DebriefState;
  /** Bumped by every "Finish visit": the physiology client scores once per value (in the worker). */
  readonly scoreRequest: number;
  /** The guided first visit was skipped or finished (per case opening). */
  readonly guideDismissed: boolean;
  setScreen(screen: Screen): void;
  /** The visit now belongs to `teachingCase` (or free practice): a fresh log, no decision, no debrief. */
  setActiveCase(teachingCase: TeachingCase | undefined): void;
  noteImpedanceChecked(): void;
  /** The instructor panel is open. */
  readonly instructorOpen: boolean;
  setInstructorOpen(open: boolean): void;
  /** Logs an instructor fault switched on at `nowMs` (renderer clock), with what undoing it must put back. */
  noteFaultInjected(kind: InstructorFaultKind, label: string, nowMs: number, restore?: FaultRestore): void;
  /** Logs the instructor undoing the active fault of `kind`. */
  noteFaultUndone(kind: InstructorFaultKind, nowMs: number): void;
  /** A trainee action that may detect an active fault (`DETECTED_BY`). */
  noteTraineeSignal(signal: TraineeSignal, nowMs: number): void;
  /** Called by `applyEdit` after a trainee's edit: the amplitude before and after, for the detection signals. */
  noteTraineeEdit(kind: Edit['kind'], amplitudeBeforeMa: number, amplitudeAfterMa: number, nowMs: number): void;
  chooseTreatment(option: TreatmentOption): void;
  /** Ends the visit of the active case: the debrief opens and the worker scores it. */
  finishVisit(): void;
  /**
   * The visit is scored: the debrief shows `result`. The one place a finished case passes through — progress and the
   * visit report subscribe to it (`store.subscribe` on `debrief`), nothing else computes a score.
   */
  caseFinished(result: CaseResult): void;
  scoringFailed(message: string): void;
  dismissGuide(): void;
}

export const createTeachingSlice: StateCreator<AppState, [], [], TeachingSlice> = (set, get) => ({
  screen: 'chooser',
  activeCase: undefined,
  visitLog: EMPTY_VISIT_LOG,
  treatmentChoice: undefined,
  debrief: { status: 'none' },
  scoreRequest: 0,
  guideDismissed: false,
  setScreen: (screen) => set({ screen }),
  setActiveCase: (activeCase) =>
    set({
      activeCase,
      visitLog: EMPTY_VISIT_LOG,
      treatmentChoice: undefined,
      debrief: { status: 'none' },
      guideDismissed: false,
    }),
  noteImpedanceChecked: () => {
    if (!get().visitLog.impedanceChecked) set({ visitLog: { ...get().visitLog, impedanceChecked: true } });
    get().noteTraineeSignal('impedanceCheck', performance.now());
  },
  instructorOpen: false,
  setInstructorOpen: (instructorOpen) => set({ instructorOpen }),
  noteFaultInjected: (kind, label, nowMs, restore) => {
    const { visitLog, visitStartedAtMs } = get();
    const faultEvents = injectFault(visitLog.faultEvents, kind, label, secondsSince(visitStartedAtMs, nowMs), restore);
    set({ visitLog: { ...visitLog, faultEvents } });
  },
  noteFaultUndone: (kind, nowMs) => {
    const { visitLog, visitStartedAtMs } = get();
    const faultEvents = undoFault(visitLog.faultEvents, kind, secondsSince(visitStartedAtMs, nowMs));
    set({ visitLog: { ...visitLog, faultEvents } });
  },
  noteTraineeSignal: (signal, nowMs) => {
    const { visitLog, visitStartedAtMs } = get();
    const faultEvents = detectFaults(visitLog.faultEvents, signal, secondsSince(visitStartedAtMs, nowMs));
    if (faultEvents !== visitLog.faultEvents) set({ visitLog: { ...visitLog, faultEvents } });
  },
  noteTraineeEdit: (kind, before, after, nowMs) => {
    if (kind === 'setAmplitude' && after !== before) {
      if (after < before) get().noteTraineeSignal('amplitudeDown', nowMs);
      get().noteTraineeSignal('amplitudeChange', nowMs);
    }
    if (PROGRAM_CHANGE_EDITS.has(kind)) get().noteTraineeSignal('programChange', nowMs);
  },
  chooseTreatment: (treatmentChoice) => set({ treatmentChoice }),
  finishVisit: () => {
    const { activeCase, treatmentChoice, scoreRequest } = get();
    if (!activeCase) return;
    if (!activeCase.implant) {
      // A decision-only case: nothing to simulate, the decision is the result.
      const selection = activeCase.candidateSelection;
      set({ screen: 'debrief' });
      get().caseFinished({
        caseId: activeCase.id,
        caseTitle: activeCase.title,
        decision: selection ? { chosen: treatmentChoice ?? null, correct: selection.correct } : null,
        score: null,
        trainee: null,
        benchmark: null,
      });
      return;
    }
    set({ screen: 'debrief', debrief: { status: 'scoring' }, scoreRequest: scoreRequest + 1 });
  },
  caseFinished: (result) => set({ debrief: { status: 'ready', result } }),
  scoringFailed: (message) => set({ debrief: { status: 'failed', message } }),
  dismissGuide: () => set({ guideDismissed: true }),
});
